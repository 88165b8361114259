import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import ExcelJS from 'exceljs';
import { openSheet, SheetError } from '../src/lib/sheets/index.ts';
import { gbk, readAll, tempDir, workbookParts, writeWorkbookZip, writeZip } from './sheets.fixtures.ts';

const tmp = tempDir();
after(() => tmp.remove());

const rowsOf = (rows: Array<{ rowNumber: number; cells: string[] }>) =>
  rows.map((r) => [r.rowNumber, r.cells]);

async function rejectsUnreadable(path: string, format: 'xlsx' | 'csv') {
  await assert.rejects(readAll(openSheet(path, format)), (error: unknown) => {
    assert.ok(error instanceof SheetError, `a SheetError, not ${String(error)}`);
    assert.equal(error.code, 'SHEET_UNREADABLE');
    return true;
  });
}

describe('reading .xlsx', () => {
  const file = tmp.path('mixed.xlsx');

  before(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('人员');
    ws.addRow(['姓名', '身份证号', '数字身份证', '出生日期', '备注', '金额', '公式', '链接', '布尔']);
    ws.addRow([
      '张三',
      '370102199001011234',
      Number('370102199001011234'), // typed into a General cell: Excel keeps 3.70102199001011E+17
      new Date(Date.UTC(1990, 0, 1)),
      { richText: [{ text: '富' }, { text: '文本', font: { bold: true } }] },
      12.5,
      { formula: 'F2*2', result: 25 },
      { text: '链接文字', hyperlink: 'https://example.com' },
      true,
    ]);
    ws.getCell('D2').numFmt = 'yyyy-mm-dd';
    // Row 3 left out entirely; row 4 holds only blanks.
    ws.getRow(4).values = ['  ', '', null];
    ws.getRow(5).values = [
      '  李四 ',
      '0012',
      1234567,
      new Date(Date.UTC(2024, 0, 5, 23, 30)),
      0.1 + 0.2,
      1e-7,
      { formula: 'DATE(2024,1,5)', result: 45296 },
      1234567890123456,
      false,
    ];
    ws.getCell('D5').numFmt = 'yyyy-mm-dd hh:mm';
    ws.getCell('G5').numFmt = 'yyyy-mm-dd';
    ws.getCell('C7').value = 'only C';
    wb.addWorksheet('第二页').addRow(['not read']);
    await wb.xlsx.writeFile(file);
  });

  it('gives each non-empty row of the first sheet as trimmed text, with Excel row numbers', async () => {
    const rows = await readAll(openSheet(file, 'xlsx'));
    assert.deepEqual(rowsOf(rows), [
      [1, ['姓名', '身份证号', '数字身份证', '出生日期', '备注', '金额', '公式', '链接', '布尔']],
      [
        2,
        [
          '张三',
          '370102199001011234',
          '3.70102199001011E+17',
          '1990-01-01',
          '富文本',
          '12.5',
          '25',
          '链接文字',
          'true',
        ],
      ],
      [
        5,
        [
          '李四',
          '0012',
          '1234567',
          '2024-01-05',
          '0.3',
          '1E-7',
          '2024-01-05',
          '1.23456789012346E+15',
          'false',
        ],
      ],
      [7, ['', '', 'only C']],
    ]);
  });

  it('marks numbers Excel cannot have kept exactly as lossy, never as plausible digits', async () => {
    const rows = await readAll(openSheet(file, 'xlsx'));
    assert.deepEqual(
      rows.map((r) => r.lossy),
      [[], [2], [5, 7], []],
    );
  });

  it('reads the first tab, wherever its worksheet sits in the zip, with the shared strings after it', async () => {
    const path = tmp.path('tabs.xlsx');
    const parts = workbookParts(
      [
        { name: 'Data', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' },
        {
          name: 'Other',
          rows: '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" s="1"><v>45296</v></c></row>',
        },
      ],
      ['first tab', 'second tab'],
      [0, 14],
    );
    // Tab order is workbook.xml's: make sheet2.xml the first tab.
    parts['xl/workbook.xml'] = (parts['xl/workbook.xml'] ?? '').replace(
      /<sheets>.*<\/sheets>/,
      '<sheets><sheet name="Other" sheetId="2" r:id="rId2"/><sheet name="Data" sheetId="1" r:id="rId1"/></sheets>',
    );
    // Excel's order: worksheets before the shared strings, so exceljs spools them to temp files. Here the
    // whole file fits in one read: unpatched, exceljs drops every entry after the first worksheet.
    writeWorkbookZip(path, parts, [
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/styles.xml',
      'xl/sharedStrings.xml',
    ]);
    assert.deepEqual(rowsOf(await readAll(openSheet(path, 'xlsx'))), [[1, ['second tab', '2024-01-05']]]);
  });

  it('streams a sheet placed after the shared strings; Chinese date formats, phonetic guides', async () => {
    const path = tmp.path('streamed.xlsx');
    // Styles: 0 General, 1 numFmtId 31 (yyyy"年"m"月"d"日", zh-CN built-in), 2 numFmtId 14, 3 numFmtId 32 (time).
    const parts = workbookParts(
      [
        {
          name: 'Sheet1',
          rows: [
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>',
            '<row r="3"><c r="A3" s="1"><v>45296</v></c><c r="B3" s="2"><v>32874</v></c><c r="C3" s="3"><v>0.5</v></c>',
            '<c r="D3" t="inlineStr"><is><t> inline </t></is></c><c r="E3" t="b"><v>1</v></c><c r="F3" t="e"><v>#N/A</v></c>',
            '<c r="G3"><v>3.70102199001011E+17</v></c><c r="H3" t="str"><f>A1&amp;"x"</f><v>日期x</v></c></row>',
            '<row r="4"><c r="A4" t="s"><v>3</v></c><c r="B4" t="s"><v>4</v></c><c r="C4" t="s"><v>5</v></c></row>',
          ].join(''),
        },
      ],
      [
        '日期',
        '生日',
        '时间',
        // A phonetic guide (拼音指南), which exceljs alone reads instead of the name.
        '<si><t>张三</t><rPh sb="0" eb="2"><t>zhāng sān</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>',
        '<si><r><rPr><b/></rPr><t>富</t></r><r><t xml:space="preserve">文本 </t></r></si>',
        '<si><t>A &amp; B &lt;1&gt; &#20013;_x000D_</t></si>',
      ],
      [0, 31, 14, 32],
    );
    writeWorkbookZip(path, parts, [
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/sharedStrings.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    const rows = await readAll(openSheet(path, 'xlsx'));
    assert.deepEqual(rowsOf(rows), [
      [1, ['日期', '生日', '时间']],
      [3, ['2024-01-05', '1990-01-01', '12:00', 'inline', 'true', '#N/A', '3.70102199001011E+17', '日期x']],
      [4, ['张三', '富文本', 'A & B <1> 中']],
    ]);
    assert.deepEqual(rows[1]?.lossy, [6]);
  });

  it('rejects files that are not workbooks with SHEET_UNREADABLE, without hanging or crashing', async () => {
    const text = tmp.path('text.xlsx');
    writeFileSync(text, '姓名,身份证号\n张三,1\n');
    await rejectsUnreadable(text, 'xlsx');

    // Cut inside the worksheet while exceljs spools it to a temp file: exceljs alone waits forever.
    const big = tmp.path('big-for-truncation.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: big, useSharedStrings: true });
    const ws = wb.addWorksheet('S');
    for (let i = 0; i < 20_000; i++) ws.addRow([`name ${i}`, i, Math.sin(i)]).commit();
    await ws.commit();
    await wb.commit();
    const bytes = readFileSync(big);
    const truncated = tmp.path('truncated.xlsx');
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await rejectsUnreadable(truncated, 'xlsx');

    const noSheet = tmp.path('no-sheet.xlsx');
    writeZip(noSheet, [['readme.txt', 'not a workbook']]);
    await rejectsUnreadable(noSheet, 'xlsx');

    const noStrings = tmp.path('no-shared-strings.xlsx');
    const parts = workbookParts([{ name: 'S', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], []);
    const names = Object.keys(parts).filter((n) => n !== 'xl/sharedStrings.xml');
    writeWorkbookZip(noStrings, parts, names);
    await rejectsUnreadable(noStrings, 'xlsx');

    await rejectsUnreadable(tmp.path('missing.xlsx'), 'xlsx');
    await rejectsUnreadable(tmp.path('missing.csv'), 'csv');
  });

  it('reports progress up to the file size', async () => {
    const sheet = openSheet(file, 'xlsx');
    assert.equal(sheet.progress().bytesRead, 0);
    let last = 0;
    for await (const _ of sheet.rows()) {
      const { bytesRead, totalBytes } = sheet.progress();
      assert.ok(bytesRead >= last && bytesRead <= totalBytes);
      last = bytesRead;
    }
    const { bytesRead, totalBytes } = sheet.progress();
    assert.ok(totalBytes > 0);
    assert.equal(bytesRead, totalBytes);
  });
});

describe('reading .csv', () => {
  const header = '姓名,身份证号,备注\r\n';
  const body =
    '张三,370102199001011234,"住址, 含逗号"\r\n\r\n" 李四 ","0012","第一行\r\n第二行"\r\n王五\r\n赵六,1,2,多余\r\n';
  const expected = [
    [1, ['姓名', '身份证号', '备注']],
    [2, ['张三', '370102199001011234', '住址, 含逗号']],
    [4, ['李四', '0012', '第一行\r\n第二行']],
    [5, ['王五']],
    [6, ['赵六', '1', '2', '多余']],
  ];

  it('reads UTF-8 with a BOM, without one, and GB18030, with quotes, commas, newlines and ragged rows', async () => {
    const withBom = tmp.path('bom.csv');
    writeFileSync(withBom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(header + body)]));
    const plain = tmp.path('plain.csv');
    writeFileSync(plain, header + body);
    for (const path of [withBom, plain])
      assert.deepEqual(rowsOf(await readAll(openSheet(path, 'csv'))), expected);

    const chinese = tmp.path('gbk.csv');
    writeFileSync(chinese, gbk('姓名', ',id,', '备注', '\r\n', '张三', ',1,"', '你好', ',', '中国', '"\n'));
    assert.deepEqual(rowsOf(await readAll(openSheet(chinese, 'csv'))), [
      [1, ['姓名', 'id', '备注']],
      [2, ['张三', '1', '你好,中国']],
    ]);
  });

  it('decides the encoding on the first non-ASCII text, not on a long ASCII start', async () => {
    const path = tmp.path('late-gbk.csv');
    const ascii = Array.from({ length: 5000 }, (_, i) => `${i},abcdefghij,0123456789\n`).join('');
    writeFileSync(
      path,
      Buffer.concat([Buffer.from(`n,a,b\n${ascii}`), gbk('9999,', '张三', ',', '备注', '\n')]),
    );
    assert.ok(Buffer.byteLength(ascii) > 64 * 1024);
    const rows = await readAll(openSheet(path, 'csv'));
    assert.equal(rows.length, 5002);
    assert.deepEqual(rows.at(-1)?.cells, ['9999', '张三', '备注']);
  });

  it('rejects bytes that are neither UTF-8 nor GB18030', async () => {
    const path = tmp.path('binary.csv');
    writeFileSync(path, Buffer.from([0x61, 0x2c, 0xff, 0xff, 0xff, 0x0a]));
    await rejectsUnreadable(path, 'csv');
  });

  it('reports progress up to the file size', async () => {
    const path = tmp.path('progress.csv');
    writeFileSync(path, header + body);
    const sheet = openSheet(path, 'csv');
    await readAll(sheet);
    assert.deepEqual(sheet.progress(), {
      bytesRead: Buffer.byteLength(header + body),
      totalBytes: Buffer.byteLength(header + body),
    });
  });
});

describe('reading 100,000 rows', () => {
  const file = tmp.path('large.xlsx');
  const ROWS = 100_000;

  before(async () => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
    const ws = wb.addWorksheet('人员');
    ws.addRow(['姓名', '身份证号', '社区', '序号', '出生日期']).commit();
    for (let i = 1; i <= ROWS; i++) {
      const row = ws.addRow([
        `居民${i}`,
        `37010219900101${String(i % 10_000).padStart(4, '0')}`,
        `第${i % 50}社区`,
        i,
        new Date(Date.UTC(1950, 0, 1 + (i % 20_000))),
      ]);
      row.getCell(5).numFmt = 'yyyy-mm-dd';
      row.commit();
    }
    await ws.commit();
    await wb.commit();
  });

  it('streams them all with bounded memory', async () => {
    // Retained memory, not garbage: collect before each sample.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heap = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const sheet = openSheet(file, 'xlsx');
    const baseline = heap();
    let peak = 0;
    let count = 0;
    let last: string[] = [];
    for await (const row of sheet.rows()) {
      count++;
      last = row.cells;
      if (count % 20_000 === 0) peak = Math.max(peak, heap() - baseline);
    }
    assert.equal(count, ROWS + 1);
    assert.deepEqual(last, [`居民${ROWS}`, '370102199001010000', '第0社区', String(ROWS), '1950-01-01']);
    // Loading this workbook whole keeps ~200 MB; streaming keeps little more than its shared strings.
    assert.ok(peak < 60 * 1024 * 1024, `the heap grew by ${Math.round(peak / 1024 / 1024)} MB`);
    assert.equal(sheet.progress().bytesRead, sheet.progress().totalBytes);
  });

  it('closes the file and removes exceljs temp files when the caller stops early', async () => {
    const spoolDir = tempDir();
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = spoolDir.dir; // exceljs (tmp) spools worksheets under os.tmpdir()
    try {
      const sheet = openSheet(file, 'xlsx');
      let seen = 0;
      for await (const row of sheet.rows()) {
        if (++seen === 10) {
          assert.equal(row.rowNumber, 10);
          assert.equal(readdirSync(spoolDir.dir).length, 1, 'the worksheet is spooled to a temp file');
          const { bytesRead, totalBytes } = sheet.progress();
          assert.ok(bytesRead > 0 && bytesRead < totalBytes, `${bytesRead} of ${totalBytes}`);
          break;
        }
      }
      // tmp deletes the file asynchronously (close, then unlink).
      for (let i = 0; i < 100 && readdirSync(spoolDir.dir).length > 0; i++) await sleep(10);
      assert.deepEqual(readdirSync(spoolDir.dir), []);
    } finally {
      // Assigning undefined would store the string 'undefined'.
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
      spoolDir.remove();
    }
  });
});

describe('Chinese text across chunk boundaries', () => {
  const dir = tempDir();
  after(() => dir.remove());

  it('no character is split into U+FFFD, with inline strings (streamed writers) or shared strings', async () => {
    for (const useSharedStrings of [false, true]) {
      const file = dir.path(`chinese-${useSharedStrings}.xlsx`);
      const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings });
      const ws = writer.addWorksheet('实有人口');
      // 20,000 rows of 3-byte characters: chunk boundaries fall inside characters many times.
      for (let i = 0; i < 20_000; i++) ws.addRow([`流动人口${i}`, '户籍人口', '配偶', '王秀英']).commit();
      await writer.commit();
      const rows = await readAll(openSheet(file, 'xlsx'));
      assert.equal(rows.length, 20_000);
      const broken = rows.filter((r) => r.cells.join('').includes('\uFFFD'));
      assert.deepEqual(broken.slice(0, 3), [], `shared strings: ${useSharedStrings}`);
      assert.equal(rows[19_999]!.cells[0], '流动人口19999');
    }
  });
});
