import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { migratePgliteClient } from './migrate.ts';
import { cacheDir, migrationsDir, repoRoot } from './paths.ts';
import { createPglite } from './pglite.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? filesUnder(full) : [full];
    });
}

/** A content hash of the given directories, so that a snapshot is rebuilt whenever they change. */
export function hashDirs(dirs: string[], extra = ''): string {
  const hash = createHash('sha256').update(extra);
  for (const file of dirs.flatMap(filesUnder))
    hash.update(relative(repoRoot, file)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

const pgliteVersion = (): string =>
  JSON.parse(readFileSync(join(repoRoot, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version;

export const baseSnapshotKey = (): string => hashDirs([migrationsDir], `pglite ${pgliteVersion()}`);

/**
 * Returns a gzip dump of a database built by `build`, cached under .cache/ by `key`. Creating a
 * PGlite database with PostGIS costs ~10 s; opening a dump costs ~2 s (STACK-NOTES §1), so tests and
 * the first start open dumps. A dump is only valid for the PGlite version that wrote it, which is
 * part of every key.
 */
export async function cachedSnapshot(name: string, key: string, build: () => Promise<PGlite>): Promise<Blob> {
  const dir = cacheDir();
  const file = join(dir, `${name}-${key}.tar.gz`);
  try {
    return new Blob([readFileSync(file)]);
  } catch {
    const client = await build();
    const dump = await client.dumpDataDir('gzip');
    await client.close();
    mkdirSync(dir, { recursive: true });
    // Written aside and renamed, so that parallel test processes never read half a file.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    renameSync(tmp, file);
    return dump;
  }
}

/** A freshly migrated, empty database. */
export function baseSnapshot(): Promise<Blob> {
  return cachedSnapshot('base', baseSnapshotKey(), async () => {
    const client = await createPglite({});
    await migratePgliteClient(client);
    return client;
  });
}
