/**
 * Why a spreadsheet could not be read. Only one code so far: callers answer every unreadable file the
 * same way ("save it again as .xlsx or UTF-8/GBK .csv"); `message` and `cause` say what went wrong,
 * for the logs.
 */
export type SheetErrorCode = 'SHEET_UNREADABLE';

export class SheetError extends Error {
  constructor(
    readonly code: SheetErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SheetError';
  }
}

/** Anything thrown while reading becomes a SheetError, keeping the original as its cause. */
export function asSheetError(error: unknown): SheetError {
  if (error instanceof SheetError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new SheetError('SHEET_UNREADABLE', message, { cause: error });
}
