/** One non-empty row of the first worksheet (or of a CSV file), its cells as text. */
export interface SheetRow {
  /** 1-based, as Excel shows it: empty rows are skipped but still counted. */
  rowNumber: number;
  /** Trimmed texts from column A up to the last non-empty cell; read `cells[i] ?? ''`. */
  cells: string[];
  /**
   * 0-based indexes of cells that held numbers Excel cannot have kept exactly (16 or more digits, or
   * shown in exponent form): an 18-digit ID number typed into a General cell. Their text is Excel's
   * display ("3.70102199001011E+17"); callers should ask for the column to be formatted as text.
   */
  lossy: number[];
}

/** What a file reader hands to openSheet: the rows, and how far through the file it is. */
export interface RowSource {
  rows: AsyncGenerator<SheetRow>;
  bytesRead(): number;
}

/** Drops trailing empty cells; undefined for an empty row. */
export function sheetRow(rowNumber: number, cells: string[], lossy: number[] = []): SheetRow | undefined {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  if (end === 0) return undefined;
  if (end < cells.length) cells.length = end;
  return { rowNumber, cells, lossy };
}
