import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { PassThrough, Writable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import ExcelJS from 'exceljs';
import { openSheet, writeErrorReport, writeTemplate, writeWorkbook } from '../src/lib/sheets/index.ts';
import { readAll, tempDir } from './sheets.fixtures.ts';

const tmp = tempDir();
after(() => tmp.remove());

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** A row's values from column A (exceljs's row.values is 1-based, with a hole at 0). */
const cellsOf = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  assert.ok(ws, `sheet ${name}`);
  return ws;
}

/** Collects what is written to it, acknowledging each chunk only on the next turn of the event loop. */
function slowSink(): { stream: Writable; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    highWaterMark: 16 * 1024,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      setImmediate(done);
    },
  });
  return { stream, bytes: () => Buffer.concat(chunks) };
}

describe('writeWorkbook', () => {
  it('writes sheets with a bold frozen header, text columns and typed values', async () => {
    const path = tmp.path('export.xlsx');
    async function* people() {
      yield ['张三', '370102199001011234', 42, new Date(Date.UTC(2024, 0, 5, 8, 30)), true];
      yield ['李四', 370102199001011234n, null, undefined, 'x'.repeat(40_000)];
    }
    await writeWorkbook(path, [
      {
        name: '人员',
        columns: [
          { header: '姓名' },
          { header: '身份证号', text: true, width: 22 },
          { header: '年龄' },
          { header: '登记时间' },
          { header: '备注' },
        ],
        rows: people(),
      },
      { name: 'About', columns: [{ header: 'Key' }, { header: 'Value' }], rows: [['rows', 2]] },
    ]);

    const wb = await load(path);
    const ws = sheetOf(wb, '人员');
    assert.deepEqual(cellsOf(ws.getRow(1)), ['姓名', '身份证号', '年龄', '登记时间', '备注']);
    assert.equal(ws.getRow(1).getCell(1).font?.bold, true);
    assert.equal(ws.views[0]?.state, 'frozen');
    assert.equal((ws.views[0] as { ySplit?: number }).ySplit, 1);
    assert.equal(ws.getColumn(2).numFmt, '@');
    assert.equal(ws.getColumn(2).width, 22);
    assert.equal(ws.getCell('B2').value, '370102199001011234');
    assert.equal(ws.getCell('B3').value, '370102199001011234', 'a bigint in a text column is its digits');
    assert.equal(ws.getCell('C2').value, 42);
    assert.deepEqual(ws.getCell('D2').value, new Date(Date.UTC(2024, 0, 5, 8, 30)));
    assert.equal(ws.getCell('D2').numFmt, 'yyyy-mm-dd hh:mm:ss');
    assert.equal(ws.getCell('E2').value, true);
    assert.equal(ws.getCell('C3').value, null);
    assert.equal(String(ws.getCell('E3').value).length, 32_767, 'cut to what Excel accepts');
    assert.deepEqual(cellsOf(sheetOf(wb, 'About').getRow(2)), ['rows', 2]);

    // And our own reader sees the text column as text, not as a lossy number.
    const rows = await readAll(openSheet(path, 'xlsx'));
    assert.deepEqual(rows[1]?.cells.slice(0, 4), ['张三', '370102199001011234', '42', '2024-01-05']);
    assert.deepEqual(rows[1]?.lossy, []);
  });

  it('writes to a stream and resolves once the stream has finished', async () => {
    const chunks: Buffer[] = [];
    const out = new PassThrough();
    out.on('data', (c: Buffer) => chunks.push(c));
    let finished = false;
    out.on('finish', () => {
      finished = true;
    });
    await writeWorkbook(out, [{ name: 'S', columns: [{ header: 'a' }], rows: [['1'], ['2']] }]);
    assert.ok(finished);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    assert.equal(sheetOf(wb, 'S').getCell('A3').value, '2');
  });

  it('waits for a slow output instead of piling the sheet up in memory', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const memory = () => {
      gc();
      const m = process.memoryUsage();
      return m.heapUsed + m.arrayBuffers;
    };
    const ROWS = 150_000;
    const sink = slowSink();
    const baseline = memory();
    let peak = 0;
    function* rows() {
      for (let i = 0; i < ROWS; i++) {
        if (i % 25_000 === 0) peak = Math.max(peak, memory() - baseline);
        yield [i, `reason text for row ${i}, long enough to weigh something in the XML`, i * 2];
      }
    }
    await writeWorkbook(sink.stream, [
      { name: 'S', columns: [{ header: 'n' }, { header: 'reason' }, { header: 'm' }], rows: rows() },
    ]);
    // ~20 MB of sheet XML. Measured: ~8 MB held with the writer waiting, ~29 MB without.
    assert.ok(peak < 16 * 1024 * 1024, `memory grew by ${Math.round(peak / 1024 / 1024)} MB`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sink.bytes() as unknown as ArrayBuffer);
    assert.equal(sheetOf(wb, 'S').rowCount, ROWS + 1);
  });

  it('rejects when the rows throw, and when the target cannot be written', async () => {
    function* failing() {
      yield ['ok'];
      throw new Error('source broke');
    }
    const out = new PassThrough();
    out.resume();
    await assert.rejects(
      writeWorkbook(out, [{ name: 'S', columns: [{ header: 'a' }], rows: failing() }]),
      /source broke/,
    );
    assert.ok(out.destroyed, 'the half-written target is closed');

    await assert.rejects(
      writeWorkbook(tmp.path('no/such/dir/out.xlsx'), [
        { name: 'S', columns: [{ header: 'a' }], rows: [['1']] },
      ]),
      { code: 'ENOENT' },
    );
  });
});

describe('writeTemplate', () => {
  const path = tmp.path('template.xlsx');
  const longChoices = Array.from({ length: 60 }, (_, i) => `选项${String(i).padStart(2, '0')}号`);

  it('writes headers, notes, text columns, dropdowns from the dictionary sheet and examples', async () => {
    await writeTemplate(path, {
      sheetName: '人员登记',
      columns: [
        { header: '姓名', required: true, note: '与身份证一致' },
        { header: '身份证号', required: true, text: true, width: 24 },
        { header: '性别', choices: ['男', '女'] },
        { header: '人员类别', choices: longChoices },
        { header: '备注' },
      ],
      example: [['张三', '370102199001011234', '男', '选项01号', '示例，导入前删除']],
    });
    assert.ok(longChoices.join(',').length > 255, 'too long for an inline list');

    const wb = await load(path);
    const ws = sheetOf(wb, '人员登记');
    assert.deepEqual(cellsOf(ws.getRow(1)), ['姓名', '身份证号', '性别', '人员类别', '备注']);
    assert.equal(ws.getCell('A1').font?.color?.argb, 'FFC00000', 'required: red');
    assert.equal(ws.getCell('E1').font?.color, undefined);
    assert.equal(ws.views[0]?.state, 'frozen');
    assert.equal(ws.getCell('A1').note, '必填 Required\n与身份证一致');
    assert.equal(ws.getColumn(2).numFmt, '@');
    assert.equal(ws.getColumn(2).width, 24);
    assert.equal(ws.getColumn(1).numFmt, undefined);
    assert.deepEqual(cellsOf(ws.getRow(2)), [
      '张三',
      '370102199001011234',
      '男',
      '选项01号',
      '示例，导入前删除',
    ]);

    const gender = ws.getCell('C2').dataValidation;
    assert.equal(gender?.type, 'list');
    assert.deepEqual(gender?.formulae, ["'字典'!$A$2:$A$3"]);
    assert.equal(ws.getCell('C100001').dataValidation?.type, 'list', 'down to row 100,001');
    assert.deepEqual(ws.getCell('D50').dataValidation?.formulae, ["'字典'!$B$2:$B$61"]);
    assert.equal(ws.getCell('A2').dataValidation, undefined);

    const dictionary = sheetOf(wb, '字典');
    assert.deepEqual(dictionary.getColumn(1).values.slice(1), ['性别', '男', '女']);
    assert.deepEqual(dictionary.getColumn(2).values.slice(1), ['人员类别', ...longChoices]);
  });

  it('reads back through openSheet as its header and example rows', async () => {
    const rows = await readAll(openSheet(path, 'xlsx'));
    assert.deepEqual(
      rows.map((r) => r.cells),
      [
        ['姓名', '身份证号', '性别', '人员类别', '备注'],
        ['张三', '370102199001011234', '男', '选项01号', '示例，导入前删除'],
      ],
    );
  });

  it('writes to a stream, named dictionary sheet, no dropdowns without choices', async () => {
    const chunks: Buffer[] = [];
    const out = new PassThrough();
    out.on('data', (c: Buffer) => chunks.push(c));
    await writeTemplate(out, {
      sheetName: "O'Brien",
      columns: [{ header: 'Kind', choices: ['a', 'b'] }],
      dictionarySheetName: "Mary's lists",
    });
    assert.ok(out.writableFinished);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    assert.deepEqual(sheetOf(wb, "O'Brien").getCell('A2').dataValidation?.formulae, [
      "'Mary''s lists'!$A$2:$A$3",
    ]);

    const plain = tmp.path('plain-template.xlsx');
    await writeTemplate(plain, { sheetName: 'S', columns: [{ header: 'a' }] });
    assert.equal((await load(plain)).worksheets.length, 1);
  });
});

describe('writeErrorReport', () => {
  it('writes the errors, then a summary that may count them', async () => {
    const path = tmp.path('errors.xlsx');
    let seen = 0;
    async function* errors() {
      for (const e of [
        { row: 2, column: '身份证号', value: '3.70102199001011E+17', reason: '请将此列设置为文本格式' },
        { row: 5, column: '身份证号', value: '370102199001011239', reason: '校验位错误' },
      ]) {
        seen++;
        yield e;
      }
    }
    await writeErrorReport(
      path,
      {
        errors: errors(),
        summary: () => [
          ['总行数', 100],
          ['错误数', seen],
        ],
      },
      'zh-CN',
    );
    const wb = await load(path);
    assert.deepEqual(
      wb.worksheets.map((w) => w.name),
      ['错误', '汇总'],
    );
    const errorsSheet = sheetOf(wb, '错误');
    assert.deepEqual(cellsOf(errorsSheet.getRow(1)), ['行号', '列', '值', '原因']);
    assert.deepEqual(cellsOf(errorsSheet.getRow(3)), [5, '身份证号', '370102199001011239', '校验位错误']);
    assert.equal(errorsSheet.getColumn(3).numFmt, '@');
    assert.deepEqual(cellsOf(sheetOf(wb, '汇总').getRow(3)), ['错误数', 2]);
  });

  it('speaks English when asked', async () => {
    const path = tmp.path('errors-en.xlsx');
    await writeErrorReport(path, { errors: [], summary: [['Rows', 0]] }, 'en');
    const wb = await load(path);
    assert.deepEqual(
      wb.worksheets.map((w) => w.name),
      ['Errors', 'Summary'],
    );
    assert.deepEqual(cellsOf(sheetOf(wb, 'Errors').getRow(1)), ['Row', 'Column', 'Value', 'Reason']);
    assert.equal(sheetOf(wb, 'Errors').rowCount, 1);
    assert.ok(existsSync(path));
  });
});
