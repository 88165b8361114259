import { type DatabaseHandle, openDatabase } from '@wangge/db';
import type { Config } from './config.ts';

/** Opens the configured database: a PostgreSQL server when DATABASE_URL is set, else embedded PGlite. */
export function openConfiguredDatabase(config: Config): Promise<DatabaseHandle> {
  return config.databaseUrl
    ? openDatabase({ databaseUrl: config.databaseUrl })
    : openDatabase({ dataDir: config.dataDir });
}
