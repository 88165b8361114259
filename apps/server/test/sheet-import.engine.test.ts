// The import engine on its own (no database): a fake entity whose rows are numbers, and a fake
// transaction, so that the order of reading and writing can be watched.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import type { Deps } from '../src/http/types.ts';
import { type ImportSpec, runSheetImport } from '../src/modules/registry/import/sheet-import.ts';
import { tempDir } from './sheets.fixtures.ts';

const tmp = tempDir();
after(() => tmp.remove());

/** A CSV with a header and rows 1…n in column 编号 (row n+1 in Excel's numbering). */
function numbersFile(name: string, n: number, bad: number[] = []): string {
  const path = tmp.path(name);
  const lines = ['编号'];
  for (let i = 1; i <= n; i++) lines.push(bad.includes(i) ? 'x' : String(i));
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

interface Prepared {
  row: number;
  value: number;
}

/** A spec that logs every prepare and write; `writeFails` makes the given write (1-based) throw. */
function numbersSpec(options: { writeFails?: number; writeDelayMs?: number } = {}) {
  const log: string[] = [];
  const written: number[] = [];
  let writes = 0;
  const spec: ImportSpec<null, Prepared> = {
    header: (cells) =>
      cells[0] === '编号' ? { ok: true, header: null } : { ok: false, problem: { code: 'HEADER_MISSING' } },
    prepare(_h, row) {
      log.push(`prepare ${row.rowNumber}`);
      const value = Number(row.cells[0]);
      if (!Number.isInteger(value))
        return {
          ok: false,
          problems: [{ row: row.rowNumber, column: '编号', value: '', code: 'NUMBER_INVALID' }],
        };
      return { ok: true, prepared: { row: row.rowNumber, value } };
    },
    key: (p) => String(p.value),
    duplicate: () => ({ column: '编号', value: '', code: 'DUPLICATE_IN_FILE' }),
    async write(_tx, _h, chunk) {
      writes++;
      log.push(`write ${writes} start`);
      await new Promise((resolve) => setTimeout(resolve, options.writeDelayMs ?? 20));
      if (writes === options.writeFails) throw new Error(`write ${writes} failed`);
      written.push(...chunk.map((p) => p.value));
      log.push(`write ${writes} end`);
      return { inserted: chunk.length, updated: 0, unchanged: 0, problems: [] };
    },
  };
  return { spec, log, written };
}

/** Deps whose only use here is `db.transaction`, run without a database. */
const fakeDeps = { db: { transaction: (fn: (tx: unknown) => unknown) => fn({}) } } as unknown as Deps;

describe('the import engine', () => {
  it('writes every good row in file order and counts the refused ones', async () => {
    const { spec, written } = numbersSpec();
    const out = await runSheetImport(fakeDeps, spec, {
      path: numbersFile('good.csv', 1200, [7, 800]),
      format: 'csv',
      mode: 'valid_only',
    });
    assert.equal(out.status, 'done');
    assert.equal(out.rowsRead, 1200);
    assert.equal(out.inserted, 1198);
    assert.equal(out.failed, 2);
    assert.deepEqual(
      out.problems.map((p) => p.row),
      [8, 801],
    );
    assert.deepEqual(
      written,
      Array.from({ length: 1200 }, (_, i) => i + 1).filter((v) => v !== 7 && v !== 800),
    );
  });

  it('reads and checks the next chunk while the database writes this one', async () => {
    const { spec, log } = numbersSpec({ writeDelayMs: 100 });
    await runSheetImport(fakeDeps, spec, {
      path: numbersFile('ahead.csv', 1200),
      format: 'csv',
      mode: 'valid_only',
    });
    // The first chunk is rows 2–501, the second rows 502–1001.
    const firstWriteEnds = log.indexOf('write 1 end');
    const secondChunkRead = log.indexOf('prepare 1001');
    assert.ok(firstWriteEnds > 0 && secondChunkRead > 0);
    assert.ok(secondChunkRead < firstWriteEnds, 'the second chunk was checked before the first write ended');
  });

  it('stops at a failed write, without writing later chunks or leaving a rejection unhandled', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const { spec, written } = numbersSpec({ writeFails: 2 });
      await assert.rejects(
        runSheetImport(fakeDeps, spec, {
          path: numbersFile('fails.csv', 1800),
          format: 'csv',
          mode: 'valid_only',
        }),
        /write 2 failed/,
      );
      assert.equal(written.length, 500, 'only the first chunk was written');
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.deepEqual(unhandled, []);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('all or nothing: one refused row leaves the file unwritten, however far ahead it lies', async () => {
    const { spec } = numbersSpec();
    const out = await runSheetImport(fakeDeps, spec, {
      path: numbersFile('one-bad.csv', 1200, [1150]),
      format: 'csv',
      mode: 'all_or_nothing',
    });
    assert.equal(out.status, 'rejected');
    assert.equal(out.inserted, 0);
    assert.equal(out.failed, 1);
  });
});
