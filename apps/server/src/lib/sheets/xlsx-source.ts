import { createReadStream, type ReadStream, statSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { cellText } from './cell-text.ts';
import {
  firstTabName,
  spoolOf,
  Tripwire,
  teachEastAsianDateFormats,
  worksheetName,
} from './exceljs-reader-internals.ts';
import { readSharedStringsAsText } from './shared-strings.ts';
import { SheetError } from './sheet-error.ts';
import { type RowSource, type SheetRow, sheetRow } from './sheet-row.ts';

// Shared strings are cached to resolve string cells. Styles are cached too, not ignored: a date is only
// a number with a date format, so without styles every date would come out as a serial number; and
// styles.xml is small. Hyperlinks are not needed: a link cell stores its text like any other.
const OPTIONS = {
  worksheets: 'emit',
  sharedStrings: 'cache',
  styles: 'cache',
  hyperlinks: 'ignore',
  entries: 'ignore',
} as const;

/**
 * Share of the work spent unzipping a spooled worksheet to its temp file before the first row comes
 * (measured: ~1 s of ~5 s for 100,000 rows). Progress counts it as this share of the file's bytes, then
 * moves through the rest as the temp file is parsed, so a bar neither sits at 100 % nor jumps back.
 */
const SPOOL_SHARE = 0.2;

type Worksheet = AsyncIterable<ExcelJS.Row>;

function toSheetRow(row: ExcelJS.Row): SheetRow | undefined {
  const cells: string[] = [];
  const lossy: number[] = [];
  row.eachCell((cell, col) => {
    const { text, lossy: isLossy } = cellText(cell.value, cell.numFmt);
    if (text === '') return;
    while (cells.length < col - 1) cells.push('');
    cells.push(text);
    if (isLossy) lossy.push(col - 1);
  });
  return sheetRow(row.number, cells, lossy);
}

/**
 * exceljs hands the worksheet's raw chunks to its XML parser and decodes each one on its own, so a
 * Chinese character split across two chunks becomes two U+FFFD (seen: 7 of 20,000 rows of 流动人口
 * read as 流��人口). A stream told its encoding decodes across chunk boundaries and gives strings,
 * which exceljs passes through untouched. Works for the temp-file stream and unzipper's entry alike.
 */
function decodeAsUtf8Stream(worksheet: unknown): void {
  const iterator = (worksheet as { iterator?: { setEncoding?: (encoding: string) => void } }).iterator;
  iterator?.setEncoding?.('utf8');
}

/** The rows of the workbook's first worksheet (its first tab), streamed. */
export function xlsxRows(path: string, totalBytes: number): RowSource {
  const wire = new Tripwire();
  let file: ReadStream | undefined;
  let target: Worksheet | undefined;
  let spool: ReadStream | undefined;
  let spoolBytes = 0;
  let done = false;
  let shown = 0;

  async function* rows(): AsyncGenerator<SheetRow> {
    const input = createReadStream(path);
    file = input;
    wire.watch(input);
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, OPTIONS);
    readSharedStringsAsText(reader);
    const sheets = reader[Symbol.asyncIterator]() as AsyncGenerator<Worksheet>;
    let rowIterator: AsyncGenerator<ExcelJS.Row> | undefined;
    let failed = false;
    try {
      for (let s = await wire.next(sheets); !s.done; s = await wire.next(sheets)) {
        const sheet = s.value;
        const first = firstTabName(reader);
        if (target || (first !== undefined && worksheetName(sheet) !== first)) {
          spoolOf(sheet)?.destroy(); // not read: close the temp file exceljs opened for it
          continue;
        }
        target = sheet;
        decodeAsUtf8Stream(sheet);
        spool = spoolOf(sheet);
        spoolBytes = spool ? statSync(spool.path).size : 0;
        teachEastAsianDateFormats(reader);
        rowIterator = sheet[Symbol.asyncIterator]() as AsyncGenerator<ExcelJS.Row>;
        for (let r = await wire.next(rowIterator); !r.done; r = await wire.next(rowIterator)) {
          const row = toSheetRow(r.value);
          if (row) yield row;
        }
        rowIterator = undefined;
      }
      if (!target) throw new SheetError('SHEET_UNREADABLE', 'the workbook has no worksheet');
      done = true;
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      if (!done) {
        input.destroy();
        // After an error exceljs's generators may be mid-await and never settle: close what we can,
        // exceljs's temp files go at exit (tmp's graceful cleanup). After a caller's early `break` they
        // are idle, so let them finish: that closes the streams and deletes the temp files now.
        if (failed) spool?.destroy();
        else await stopEarly(sheets, rowIterator, spool !== undefined);
      }
    }
  }

  return {
    rows: rows(),
    bytesRead() {
      let estimate: number;
      if (done) estimate = totalBytes;
      else if (spool && spoolBytes > 0)
        estimate = totalBytes * (SPOOL_SHARE + ((1 - SPOOL_SHARE) * spool.bytesRead) / spoolBytes);
      else if (target) estimate = file?.bytesRead ?? 0;
      else estimate = (file?.bytesRead ?? 0) * SPOOL_SHARE;
      shown = Math.max(shown, Math.min(totalBytes, Math.round(estimate)));
      return shown;
    },
  };
}

async function stopEarly(
  sheets: AsyncGenerator<Worksheet>,
  rowIterator: AsyncGenerator<ExcelJS.Row> | undefined,
  spooled: boolean,
): Promise<void> {
  try {
    await rowIterator?.return(undefined);
    if (!spooled) {
      await sheets.return(undefined);
      return;
    }
    // The zip has been read to its end: resuming only opens (and here closes) the remaining temp files
    // and lets exceljs delete each one, the current sheet's included.
    for (let s = await sheets.next(); !s.done; s = await sheets.next()) spoolOf(s.value)?.destroy();
  } catch {
    // Tidying up only; the caller has what it asked for.
  }
}
