import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DatabaseHandle } from '@wangge/db';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { BLOCK, nextCaseSequence } from '../src/modules/cases/case-numbers.ts';
import { openTestDatabase } from './test-database.ts';

let h: DatabaseHandle;
before(async () => {
  h = await openTestDatabase();
});
after(() => h.close());

describe('case number sequences', () => {
  it('counts 1, 2, 3 … per district and day, reserving blocks in the counter row', async () => {
    const got: number[] = [];
    for (let i = 0; i < BLOCK + 5; i++) got.push(await nextCaseSequence(h.db, '370102', '2026-12-01'));
    assert.deepEqual(
      got,
      Array.from({ length: BLOCK + 5 }, (_, i) => i + 1),
    );
    const [row] = await rows<{ last: number }>(
      h.db,
      sql`SELECT last FROM case_number_sequence WHERE district_code = '370102' AND day = '2026-12-01'`,
    );
    assert.equal(row!.last, 2 * BLOCK);
    assert.equal(await nextCaseSequence(h.db, '370102', '2026-12-02'), 1, 'a new day starts again');
  });

  it('never hands out a number twice, however many ask at once', async () => {
    const got = await Promise.all(
      Array.from({ length: 75 }, () => nextCaseSequence(h.db, '370103', '2026-12-01')),
    );
    assert.equal(new Set(got).size, 75);
    assert.deepEqual(
      [...got].sort((a, b) => a - b),
      Array.from({ length: 75 }, (_, i) => i + 1),
    );
  });
});
