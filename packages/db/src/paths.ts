import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../../..');
export const migrationsDir = resolve(here, '../migrations');
export const demoSourceDir = join(here, 'demo');
/** Snapshots of migrated (and seeded) databases; safe to delete, rebuilt on demand. */
export const cacheDir = () => process.env.WANGGE_CACHE_DIR ?? join(repoRoot, '.cache', 'wangge');
