import ExcelJS from 'exceljs';
import { roomFor } from './exceljs-writer-internals.ts';
import { openOutput, type SheetTarget } from './output.ts';

export interface SheetColumn {
  header: string;
  /** In characters; by default wide enough for the header (a Chinese character counts two). */
  width?: number;
  /** Format the whole column as text ('@'): Excel then keeps what is typed there, 18-digit IDs included. */
  text?: boolean;
  /** An Excel number format for the column, e.g. 'yyyy-mm-dd' or '0.00'. */
  numFmt?: string;
}

export interface SheetData {
  name: string;
  columns: SheetColumn[];
  /**
   * Values by column: strings, numbers, booleans and Dates are written as such (Dates hold the
   * wall-clock time to show, as exceljs writes their UTC fields); null/undefined leave the cell empty;
   * anything else becomes text. In a text column everything becomes text.
   */
  rows: AsyncIterable<unknown[]> | Iterable<unknown[]>;
}

/** Excel refuses longer cell texts. */
const MAX_TEXT = 32_767;
const DATE_FORMAT = 'yyyy-mm-dd hh:mm:ss';

/** A width in Excel's character units: wide (CJK) characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1;
  return width;
}

function toText(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value) ?? '';
  return String(value);
}

function cellValue(value: unknown, text: boolean): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (!text) {
    if (typeof value === 'boolean' || value instanceof Date) return value;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  const s = typeof value === 'string' ? value : toText(value);
  return s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) : s;
}

/**
 * Writes sheets with exceljs's streaming writer: a bold, frozen header row, then each row committed
 * (and so out of memory) as it comes, pausing while the output catches up. Resolves when the target
 * has everything (a stream target is ended); rejects if the target fails or a row iterable throws, and
 * then destroys the target stream (a partial file is left for the caller to delete).
 */
export async function writeWorkbook(target: SheetTarget, sheets: SheetData[]): Promise<void> {
  const output = openOutput(target);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output.stream as unknown as ExcelJS.stream.xlsx.WorkbookStreamWriterOptions['stream'],
    useStyles: true,
    // Shared strings are kept in memory until the end: inline strings stream.
    useSharedStrings: false,
  });
  try {
    for (const sheet of sheets) {
      const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
      worksheet.columns = sheet.columns.map((c) => ({
        width: c.width ?? Math.max(10, displayWidth(c.header) + 2),
        style: c.text ? { numFmt: '@' } : c.numFmt ? { numFmt: c.numFmt } : {},
      }));
      const header = worksheet.addRow(sheet.columns.map((c) => c.header));
      header.font = { bold: true };
      header.commit();
      for await (const values of sheet.rows) {
        output.check();
        const row = worksheet.addRow(sheet.columns.map((c, i) => cellValue(values[i], c.text === true)));
        sheet.columns.forEach((c, i) => {
          if (!c.numFmt && values[i] instanceof Date) row.getCell(i + 1).numFmt = DATE_FORMAT;
        });
        row.commit();
        await roomFor(worksheet, output.signal);
      }
      await worksheet.commit();
    }
    await output.race(workbook.commit());
  } catch (error) {
    const reason = output.signal.aborted ? output.signal.reason : error;
    output.abandon();
    throw reason;
  }
}
