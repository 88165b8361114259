import { randomBytes } from 'node:crypto';
import {
  baseSnapshot,
  baseSnapshotKey,
  cachedSnapshot,
  createPglite,
  type DatabaseHandle,
  demoSourceDir,
  hashDirs,
  openDatabase,
  seedDemo,
} from '@wangge/db';
import { drizzle } from 'drizzle-orm/pglite';
import pg from 'pg';

/**
 * Test databases, one per test file, already migrated and seeded with the demo subdistrict:
 * - PGlite: opened in memory from a cached dump (~2 s instead of ~12 s).
 * - PostgreSQL (DATABASE_URL set): a new database copied from a template database that is built
 *   once per schema/seed version (CREATE DATABASE … TEMPLATE is a file copy, well under a second).
 */
export const demoKey = () => `${baseSnapshotKey()}-${hashDirs([demoSourceDir])}`;

export function demoSnapshot(): Promise<Blob> {
  return cachedSnapshot('demo', demoKey(), async () => {
    const client = await createPglite({ snapshot: await baseSnapshot() });
    await seedDemo(drizzle(client) as never);
    return client;
  });
}

const templateName = () => `wangge_tpl_${demoKey().replace(/[^a-z0-9]/g, '_')}`;

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Builds the template database unless it exists; safe to run from several processes at once. */
export async function ensureTemplate(adminUrl: string): Promise<string> {
  const name = templateName();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock(727274)');
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount) return name;
    const building = `${name}_build`;
    await admin.query(`DROP DATABASE IF EXISTS ${building}`);
    await admin.query(`CREATE DATABASE ${building}`);
    const setup = new pg.Client({ connectionString: withDatabase(adminUrl, building) });
    await setup.connect();
    await setup.query('CREATE EXTENSION IF NOT EXISTS postgis');
    await setup.end();
    const handle = await openDatabase({ databaseUrl: withDatabase(adminUrl, building), poolSize: 2 });
    await seedDemo(handle.db);
    await handle.close();
    // Renamed only when complete, so no test ever copies a half-built template.
    await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    return name;
  } finally {
    await admin.query('SELECT pg_advisory_unlock(727274)').catch(() => {});
    await admin.end();
  }
}

export async function openTestDatabase(): Promise<DatabaseHandle> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) return openDatabase({ memory: true, snapshot: await demoSnapshot() });
  const template = await ensureTemplate(adminUrl);
  const name = `wangge_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  const handle = await openDatabase({ databaseUrl: withDatabase(adminUrl, name), poolSize: 5 });
  return {
    ...handle,
    description: `PostgreSQL test database ${name}`,
    close: async () => {
      await handle.close();
      const drop = new pg.Client({ connectionString: adminUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}
