import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type pg from 'pg';
import { migrationsDir } from './paths.ts';

/** Applies the checked-in SQL migrations (drizzle's journal); a no-op when up to date. */
export async function migratePgliteClient(client: PGlite): Promise<void> {
  await migratePglite(drizzlePglite(client), { migrationsFolder: migrationsDir });
}

export async function migratePool(pool: pg.Pool): Promise<void> {
  await migratePg(drizzlePg(pool), { migrationsFolder: migrationsDir });
}
