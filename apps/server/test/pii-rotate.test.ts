import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type DatabaseHandle, one, rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/config.ts';
import { decryptPii, encryptPii, PiiDecryptError, piiKeyIdOf } from '../src/lib/pii-crypto.ts';
import { type EncryptedColumn, piiKeyCounts, rotatePii } from '../src/lib/pii-rotate.ts';
import { openTestDatabase } from './test-database.ts';

const K1 = '1'.repeat(64);
const K2 = '2'.repeat(64);
const K3 = '3'.repeat(64);
const config = (keys: string) =>
  loadConfig({ NODE_ENV: 'test', WANGGE_DATA_DIR: '/nonexistent', WANGGE_PII_ENC_KEYS: keys });
const withK1 = config(`k1:${K1}`);
const withK2 = config(`k2:${K2},k1:${K1}`);

const probe: EncryptedColumn = { table: 'pii_rotate_probe', key: 'id', column: 'phone', field: 'phone' };
const phone = (i: number) => `138${String(i).padStart(8, '0')}`;

let handle: DatabaseHandle;
before(async () => {
  handle = await openTestDatabase();
  await rows(
    handle.db,
    sql`CREATE TABLE pii_rotate_probe (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), n int NOT NULL, phone text)`,
  );
  const values = Array.from(
    { length: 1200 },
    (_, i) => sql`(${i}, ${encryptPii(withK1, 'phone', phone(i))})`,
  );
  await rows(handle.db, sql`INSERT INTO pii_rotate_probe (n, phone) VALUES ${sql.join(values, sql`, `)}`);
  await rows(handle.db, sql`INSERT INTO pii_rotate_probe (n, phone) VALUES (-1, NULL)`);
});
after(() => handle.close());

const all = () =>
  rows<{ n: number; phone: string }>(
    handle.db,
    sql`SELECT n, phone FROM pii_rotate_probe WHERE phone IS NOT NULL ORDER BY n`,
  );

describe('rotating the personal-data key', () => {
  it('re-encrypts every value with the new key in batches, keeping the values and the empty ones', async () => {
    assert.deepEqual(await piiKeyCounts(handle.db, [probe]), [
      { table: 'pii_rotate_probe', column: 'phone', keys: [{ key: 'k1', count: 1200 }] },
    ]);
    const progress: [number, number][] = [];
    const result = await rotatePii(handle.db, withK2, [probe], {
      onProgress: (done, total) => progress.push([done, total]),
    });
    assert.deepEqual(result, [{ table: 'pii_rotate_probe', column: 'phone', rotated: 1200, skipped: 0 }]);
    assert.deepEqual(progress, [
      [500, 1200],
      [1000, 1200],
      [1200, 1200],
    ]);
    const after = await all();
    assert.equal(after.length, 1200);
    for (const row of after) {
      assert.equal(piiKeyIdOf(row.phone), 'k2');
      assert.equal(decryptPii(withK2, 'phone', row.phone), phone(row.n));
    }
    assert.equal(
      (await one<{ phone: null }>(handle.db, sql`SELECT phone FROM pii_rotate_probe WHERE n = -1`))?.phone,
      null,
    );
    assert.deepEqual(await piiKeyCounts(handle.db, [probe]), [
      { table: 'pii_rotate_probe', column: 'phone', keys: [{ key: 'k2', count: 1200 }] },
    ]);

    const again = await rotatePii(handle.db, withK2, [probe], { batchSize: 100 });
    assert.deepEqual(again, [{ table: 'pii_rotate_probe', column: 'phone', rotated: 0, skipped: 0 }]);
    assert.deepEqual(await all(), after);
  });

  it('stops at a value it cannot decrypt, naming the row, with the batches before it done', async () => {
    const withK3 = config(`k3:${K3},k2:${K2}`);
    const first = await one<{ id: string }>(
      handle.db,
      sql`SELECT id FROM pii_rotate_probe ORDER BY id OFFSET 250 LIMIT 1`,
    );
    const copied = encryptPii(withK2, 'id_number', '110101199003071234');
    await rows(handle.db, sql`UPDATE pii_rotate_probe SET phone = ${copied} WHERE id = ${first?.id}`);
    await assert.rejects(
      rotatePii(handle.db, withK3, [probe], { batchSize: 100 }),
      (e: unknown) =>
        e instanceof PiiDecryptError &&
        e.reason === 'unauthenticated' &&
        e.message.startsWith(`pii_rotate_probe.phone, row ${first?.id}: `),
    );
    const counts = await piiKeyCounts(handle.db, [probe]);
    assert.deepEqual(counts[0]?.keys, [
      { key: 'k2', count: 1000 },
      { key: 'k3', count: 200 },
    ]);
    await rows(handle.db, sql`UPDATE pii_rotate_probe SET phone = 'not encrypted' WHERE id = ${first?.id}`);
    assert.deepEqual((await piiKeyCounts(handle.db, [probe]))[0]?.keys, [
      { key: 'k2', count: 999 },
      { key: 'k3', count: 200 },
      { key: null, count: 1 },
    ]);
  });
});
