import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { ENCRYPTED_COLUMNS } from '../src/lib/encrypted-columns.ts';
import { openTestDatabase } from './test-database.ts';

test('every *_enc column of the schema is listed for key rotation, and every listed one exists', async () => {
  const handle = await openTestDatabase();
  try {
    const found = await rows<{ table_name: string; column_name: string }>(
      handle.db,
      sql`SELECT table_name, column_name FROM information_schema.columns
           WHERE table_schema = 'public' AND column_name LIKE '%\_enc' ORDER BY 1, 2`,
    );
    const listed = ENCRYPTED_COLUMNS.map((c) => `${c.table}.${c.column}`).sort();
    assert.deepEqual(found.map((c) => `${c.table_name}.${c.column_name}`).sort(), listed);
  } finally {
    await handle.close();
  }
});
