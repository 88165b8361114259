import type ExcelJS from 'exceljs';
import { SheetError } from './sheet-error.ts';

/** A cell as the text Excel shows; `lossy` when the cell was a number Excel cannot have kept exactly. */
export interface CellText {
  text: string;
  lossy: boolean;
}

const EMPTY: CellText = { text: '', lossy: false };
const plain = (text: string): CellText => ({ text: text.trim(), lossy: false });

/**
 * Excel keeps 15 significant digits. A 16-digit or longer number (an ID number, a bank card typed into
 * a General cell) has already lost its last digits when we see it, even below MAX_SAFE_INTEGER.
 */
const EXACT_LIMIT = 1e15;

export function numberText(n: number): CellText {
  if (!Number.isFinite(n)) return { text: '#NUM!', lossy: true };
  if (Math.abs(n) >= EXACT_LIMIT) return { text: scientific(n), lossy: true };
  // toPrecision(15) drops binary noise (0.1 + 0.2 → 0.3) the way Excel's display does.
  const text = String(Number(n.toPrecision(15)));
  // String() only uses exponents below 1e-6 here: such a value is not an "ordinary decimal".
  return text.includes('e') ? { text: scientific(n), lossy: true } : { text, lossy: false };
}

/** As Excel's General format shows a number it cannot write out: 3.70102199001011E+17. */
function scientific(n: number): string {
  const [mantissa = '', exponent = ''] = n.toExponential(14).split('e');
  const trimmed = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
  return `${trimmed}E${exponent.startsWith('-') ? '' : '+'}${exponent.replace('+', '')}`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * exceljs turns date cells into UTC Dates holding the wall-clock value Excel shows, so the UTC fields
 * are the date. Serial numbers below 1 (time-only cells such as 08:30) land on 1899-12-30: give the time.
 */
export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  if (d.getTime() < Date.UTC(1899, 11, 31)) {
    const seconds = d.getUTCSeconds();
    return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${seconds ? `:${pad(seconds)}` : ''}`;
  }
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** exceljs's rule (utils.isDateFmt): a format with date or time letters outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Excel's 1900 date system (serial 25569 is 1970-01-01); used for formula results, which exceljs leaves as numbers. */
const serialToDate = (serial: number) => new Date(Math.round((serial - 25569) * 86_400_000));

type RichText = { richText: Array<{ text?: string | null }> };

/**
 * One cell value as exceljs gives it (streaming or not) → its text. `numFmt` is the cell's number
 * format, needed because exceljs converts stored date numbers to Dates but not formula results.
 */
export function cellText(value: ExcelJS.CellValue | undefined, numFmt?: string): CellText {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return plain(value);
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return plain(value ? 'true' : 'false');
  if (value instanceof Date) return plain(dateText(value));
  if ('richText' in value) return plain((value as RichText).richText.map((r) => r.text ?? '').join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    if (typeof result === 'number') {
      // The stream reader parses an error result (t="e") with parseFloat: which error is lost.
      if (Number.isNaN(result)) return plain('#ERROR');
      if (isDateFormat(numFmt)) return plain(dateText(serialToDate(result)));
    }
    return cellText(result, numFmt);
  }
  // Only when a file refers to shared strings it does not have: better refused than read as blanks.
  if ('sharedString' in value)
    throw new SheetError('SHEET_UNREADABLE', 'a cell refers to a missing shared string');
  // An error value (#N/A, #REF!…) as Excel shows it: an import then rejects it instead of storing ''.
  if ('error' in value) return plain(String(value.error));
  // Hyperlinks: the text shown, which may itself be rich text.
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue, numFmt);
  return EMPTY;
}
