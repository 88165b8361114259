import { type Db, rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { Config } from '../config.ts';
import type { EncryptedColumn } from './encrypted-columns.ts';
import { activePiiKeyId, decryptPii, encryptPii, PiiDecryptError } from './pii-crypto.ts';

export type { EncryptedColumn } from './encrypted-columns.ts';

export interface RotateOptions {
  /** Rows re-encrypted per transaction (default 500). */
  batchSize?: number;
  /** Called after each batch, over all the columns together. */
  onProgress?(done: number, total: number): void;
}

export interface ColumnRotation {
  table: string;
  column: string;
  /** Values re-encrypted with the active key. */
  rotated: number;
  /** Values changed by someone else between read and write: left as they are (run rotate again). */
  skipped: number;
}

const at = (c: EncryptedColumn) => ({
  table: sql.identifier(c.table),
  key: sql.identifier(c.key),
  column: sql.identifier(c.column),
});

/**
 * Re-encrypts with the active key every value of `columns` that is under another key, one transaction
 * per batch, so a long rotation holds no long locks and can be stopped and run again. Each write is
 * guarded by the value it replaces, so an edit made meanwhile is never overwritten. A value that
 * cannot be decrypted stops the rotation (batches before it stay done): it needs a person, not a retry.
 */
export async function rotatePii(
  db: Db,
  config: Config,
  columns: readonly EncryptedColumn[],
  options: RotateOptions = {},
): Promise<ColumnRotation[]> {
  const batchSize = options.batchSize ?? 500;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError('batchSize must be a positive integer');
  const notActive = `v1.${activePiiKeyId(config)}.%`;
  let total = 0;
  for (const c of columns) {
    const { table, column } = at(c);
    const [count] = await rows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM ${table} WHERE ${column} IS NOT NULL AND ${column} NOT LIKE ${notActive}`,
    );
    total += count?.n ?? 0;
  }
  let done = 0;
  const results: ColumnRotation[] = [];
  for (const c of columns) {
    const result: ColumnRotation = { table: c.table, column: c.column, rotated: 0, skipped: 0 };
    // Walks the key order so a row left behind (skipped) is never read twice in one run.
    let after: string | null = null;
    for (;;) {
      const batch = await rotateBatch(db, config, c, notActive, after, batchSize, result);
      done += batch.length;
      options.onProgress?.(done, total);
      const last = batch.at(-1);
      if (!last || batch.length < batchSize) break;
      after = last.id;
    }
    results.push(result);
  }
  return results;
}

function rotateBatch(
  db: Db,
  config: Config,
  c: EncryptedColumn,
  notActive: string,
  after: string | null,
  batchSize: number,
  result: ColumnRotation,
): Promise<{ id: string; value: string }[]> {
  const { table, key, column } = at(c);
  return db.transaction(async (tx) => {
    const found = await rows<{ id: string; value: string }>(
      tx,
      sql`SELECT ${key} AS id, ${column} AS value FROM ${table}
          WHERE ${column} IS NOT NULL AND ${column} NOT LIKE ${notActive}
            ${after === null ? sql`` : sql`AND ${key} > ${after}`}
          ORDER BY ${key} LIMIT ${batchSize}`,
    );
    for (const row of found) {
      let plaintext: string;
      try {
        plaintext = decryptPii(config, c.field, row.value);
      } catch (error) {
        if (!(error instanceof PiiDecryptError)) throw error;
        throw new PiiDecryptError(`${c.table}.${c.column}, row ${row.id}: ${error.message}`, error.reason);
      }
      const updated = await rows(
        tx,
        sql`UPDATE ${table} SET ${column} = ${encryptPii(config, c.field, plaintext)}
            WHERE ${key} = ${row.id} AND ${column} = ${row.value} RETURNING 1`,
      );
      if (updated.length) result.rotated++;
      else result.skipped++;
    }
    return found;
  });
}

export interface ColumnKeyCount {
  table: string;
  column: string;
  /** Values per key id; `null` for values not in the `v1.<key id>.<data>` form. */
  keys: { key: string | null; count: number }[];
}

/** How many values of each column are under each key: an old key may go when nothing is under it. */
export async function piiKeyCounts(db: Db, columns: readonly EncryptedColumn[]): Promise<ColumnKeyCount[]> {
  const out: ColumnKeyCount[] = [];
  for (const c of columns) {
    const { table, column } = at(c);
    const keys = await rows<{ key: string | null; count: number }>(
      db,
      sql`SELECT CASE WHEN ${column} ~ '^v1\\.[a-z0-9-]{1,16}\\.' THEN split_part(${column}, '.', 2) END AS key,
                 count(*)::int AS count
          FROM ${table} WHERE ${column} IS NOT NULL GROUP BY 1 ORDER BY 1`,
    );
    out.push({ table: c.table, column: c.column, keys });
  }
  return out;
}
