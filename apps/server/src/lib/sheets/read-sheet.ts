import { statSync } from 'node:fs';
import { csvRows } from './csv-source.ts';
import { asSheetError } from './sheet-error.ts';
import type { RowSource, SheetRow } from './sheet-row.ts';
import { xlsxRows } from './xlsx-source.ts';

export type SheetFormat = 'xlsx' | 'csv';

export interface SheetProgress {
  /** An estimate in bytes of the file (see xlsx-source.ts for spooled worksheets); totalBytes at the end. */
  bytesRead: number;
  totalBytes: number;
}

export interface Sheet {
  /**
   * The rows, header first, streamed: each call reads the file again. Rejects with a SheetError
   * (SHEET_UNREADABLE) for a missing file, a file that is not a workbook, a truncated zip, or text
   * that is neither UTF-8 nor GB18030. Breaking out of the loop early closes the file.
   */
  rows(): AsyncIterable<SheetRow>;
  /** How far the current rows() has got, for a progress bar when the row count is unknown. */
  progress(): SheetProgress;
}

/** The first worksheet of an .xlsx file, or a CSV file, as rows of trimmed text. */
export function openSheet(path: string, format: SheetFormat): Sheet {
  let totalBytes = 0;
  try {
    totalBytes = statSync(path).size;
  } catch {
    // A missing file is reported by rows(), with every other reason a file cannot be read.
  }
  let source: RowSource | undefined;
  return {
    async *rows() {
      source = format === 'xlsx' ? xlsxRows(path, totalBytes) : csvRows(path, totalBytes);
      try {
        yield* source.rows;
      } catch (error) {
        throw asSheetError(error);
      }
    },
    progress: () => ({ bytesRead: source?.bytesRead() ?? 0, totalBytes }),
  };
}
