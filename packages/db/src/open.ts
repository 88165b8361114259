import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import type { Db } from './db.ts';
import { lockDataDir } from './lock.ts';
import { migratePgliteClient, migratePool } from './migrate.ts';
import { createPglite } from './pglite.ts';
import * as schema from './schema/index.ts';
import { baseSnapshot } from './snapshot.ts';

export interface DatabaseHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** True when this open created the database (first start): the caller may seed it. */
  fresh: boolean;
  /** Where the data lives, for logs (never includes a password). */
  description: string;
  close(): Promise<void>;
}

export type OpenOptions =
  | { databaseUrl: string; poolSize?: number }
  | { dataDir: string }
  | { memory: true; snapshot?: Blob };

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if ('databaseUrl' in options) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  if ('memory' in options) {
    const client = await createPglite({ snapshot: options.snapshot ?? (await baseSnapshot()) });
    await migratePgliteClient(client);
    return {
      db: drizzlePglite(client, { schema }) as unknown as Db,
      kind: 'pglite',
      fresh: true,
      description: 'PGlite in memory',
      close: () => client.close(),
    };
  }
  const dataDir = resolve(options.dataDir);
  const release = lockDataDir(dataDir);
  try {
    const pgDir = join(dataDir, 'pg');
    const fresh = !existsSync(join(pgDir, 'PG_VERSION'));
    const client = await createPglite({
      dataDir: pgDir,
      ...(fresh ? { snapshot: await baseSnapshot() } : {}),
    });
    await migratePgliteClient(client);
    return {
      db: drizzlePglite(client, { schema }) as unknown as Db,
      kind: 'pglite',
      fresh,
      description: `PGlite at ${pgDir}`,
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

async function openPostgres(databaseUrl: string, poolSize: number): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  // An idle client's network error would otherwise crash the process.
  pool.on('error', () => {});
  await migratePool(pool);
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  const { rows } = await pool.query<{ n: string }>('SELECT count(*)::text AS n FROM division');
  const url = new URL(databaseUrl);
  return {
    db,
    kind: 'postgres',
    fresh: rows[0]?.n === '0',
    description: `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`,
    close: () => pool.end(),
  };
}
