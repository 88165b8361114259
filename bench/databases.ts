/** Opening the benchmark databases: PGlite in memory, or a throw-away database on a PostgreSQL server. */
import { randomBytes } from 'node:crypto';
import { type DatabaseHandle, openDatabase } from '@wangge/db';
import pg from 'pg';

export type DatabaseKind = 'pglite' | 'postgres';

export const adminUrl = (): string =>
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** The URL without a password, for reports. */
export function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl(), connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** null when the server answers; otherwise why not (the PostgreSQL runs are then skipped). */
export async function postgresUnreachable(): Promise<string | null> {
  try {
    await admin((c) => c.query('SELECT 1'));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  }
}

/** Databases created by this process, dropped on close or by `dropAll` (watchdog, Ctrl-C). */
const created = new Set<string>();

async function drop(name: string): Promise<void> {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  created.delete(name);
}

export async function dropAll(): Promise<void> {
  for (const name of [...created]) await drop(name).catch(() => {});
}

export interface BenchDatabase {
  handle: DatabaseHandle;
  /** Milliseconds to create and open it (for PostgreSQL: CREATE DATABASE, postgis, migrations). */
  openMs: number;
  name: string;
  /** The database's URL (PostgreSQL), null for PGlite. */
  url: string | null;
  close(): Promise<void>;
}

export async function openBenchDatabase(kind: DatabaseKind, poolSize: number): Promise<BenchDatabase> {
  const t0 = performance.now();
  if (kind === 'pglite') {
    const handle = await openDatabase({ memory: true });
    return {
      handle,
      openMs: performance.now() - t0,
      name: 'PGlite in memory',
      url: null,
      close: () => handle.close(),
    };
  }
  const name = `wangge_bench_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  created.add(name);
  const url = withDatabase(adminUrl(), name);
  try {
    // postgis is not a trusted extension: the superuser creates it before the migrations run.
    const setup = new pg.Client({ connectionString: url });
    await setup.connect();
    await setup.query('CREATE EXTENSION IF NOT EXISTS postgis');
    await setup.end();
    const handle = await openDatabase({ databaseUrl: url, poolSize });
    return {
      handle,
      openMs: performance.now() - t0,
      name,
      url,
      close: async () => {
        await handle.close();
        await drop(name);
      },
    };
  } catch (error) {
    await drop(name).catch(() => {});
    throw error;
  }
}
