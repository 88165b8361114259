export * from './db.ts';
export { DEMO_LOGINS, DEMO_PASSWORD, DEMO_SUBDISTRICT, seedDemo } from './demo/index.ts';
export { mulberry32 } from './demo/prng.ts';
export { DataDirLockedError, lockDataDir } from './lock.ts';
export { type DatabaseHandle, type OpenOptions, openDatabase } from './open.ts';
export { demoSourceDir, repoRoot } from './paths.ts';
export { createPglite } from './pglite.ts';
export * as schema from './schema/index.ts';
export { baseSnapshot, baseSnapshotKey, cachedSnapshot, hashDirs } from './snapshot.ts';
