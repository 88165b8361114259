// exceljs 4.4's streaming reader, where its public surface falls short. Every reach into its internals
// is here, guarded so that a different exceljs version degrades to its own behaviour rather than failing.
import type { ReadStream } from 'node:fs';
import { Readable } from 'node:stream';

/**
 * Settles a pending `next()` with the first error seen on a stream exceljs does not listen to. exceljs
 * pipes the file into an unzipper stream and never hears of the file's errors (ENOENT), nor of the
 * unzipper's own (FILE_ENDED, a truncated zip) while it is spooling a worksheet to a temp file: its
 * promise would then never settle. One pending `next()` at a time, so no listeners pile up per row.
 */
export class Tripwire {
  tripped = false;
  private error: unknown;
  private reject: ((error: unknown) => void) | undefined;

  readonly trip = (error: unknown): void => {
    if (this.tripped) return;
    this.tripped = true;
    this.error = error;
    this.reject?.(error);
  };

  next<T>(iterator: AsyncIterator<T>): Promise<IteratorResult<T>> {
    if (this.tripped) return Promise.reject(this.error);
    return new Promise<IteratorResult<T>>((resolve, reject) => {
      this.reject = reject;
      iterator.next().then(resolve, reject);
    }).finally(() => {
      this.reject = undefined;
    });
  }

  /** Watches the file and whatever exceljs pipes it into (the unzipper), which it also repairs. */
  watch(file: ReadStream): void {
    file.on('error', this.trip);
    const pipe = file.pipe.bind(file);
    file.pipe = (<T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }) => {
      destination.on('error', this.trip);
      keepUnzipOpen(destination);
      return pipe(destination, options);
    }) as typeof file.pipe;
  }
}

/**
 * unzipper 0.10's Parse emits 'end' as soon as its input is finished ('finish'), not when it has parsed
 * what it buffered. exceljs stops at that 'end': when the last bytes of the file arrive while it is
 * still spooling a worksheet, the entries after it are silently dropped (seen: the shared strings, so
 * every text cell read as empty; a second worksheet). Without that listener Parse still ends properly,
 * with push(null) after the zip's end-of-central-directory record, and a truncated zip still errors.
 */
function keepUnzipOpen(unzip: NodeJS.WritableStream): void {
  for (const listener of unzip.listeners('finish') as Array<(...args: unknown[]) => void>) {
    if (/emit\(\s*['"]end['"]\s*\)/.test(String(listener))) unzip.removeListener('finish', listener);
  }
}

/**
 * When a worksheet comes before the shared strings in the zip (as Excel and exceljs write them), exceljs
 * copies it to a temp file and parses it after the whole zip is read; the worksheet then reads from an
 * fs.ReadStream on that file. Returns it, or undefined when the worksheet streams from the zip.
 */
export function spoolOf(worksheet: unknown): ReadStream | undefined {
  const iterator = (worksheet as { iterator?: unknown }).iterator;
  return iterator instanceof Readable && 'path' in iterator ? (iterator as ReadStream) : undefined;
}

/** The first tab's name, once workbook.xml has been read (it is often the zip's last entry). */
export function firstTabName(reader: unknown): string | undefined {
  return (reader as { model?: { sheets?: Array<{ name?: string }> } }).model?.sheets?.[0]?.name;
}

export function worksheetName(worksheet: unknown): string | undefined {
  return (worksheet as { name?: string }).name;
}

/**
 * Excel's built-in East Asian date formats (numFmtId 27–36, 50–58: yyyy"年"m"月"d"日" and friends, as
 * Chinese Excel and WPS write them) have no format code in exceljs's table, so their cells would come
 * out as serial numbers. Give them a date (or time) code so exceljs turns them into Dates.
 */
const DATE = 'yyyy-mm-dd';
const TIME = 'h:mm:ss';
const EAST_ASIAN_FORMATS: Record<number, string> = {
  27: DATE,
  28: DATE,
  29: DATE,
  30: DATE,
  31: DATE,
  32: TIME,
  33: TIME,
  34: TIME,
  35: TIME,
  36: DATE,
  50: DATE,
  51: DATE,
  52: DATE,
  53: DATE,
  54: DATE,
  55: TIME,
  56: TIME,
  57: DATE,
  58: DATE,
};

interface StyleManager {
  model?: { styles?: Array<{ numFmtId?: number } | undefined> };
  getStyleModel?: (id: number) => { numFmt?: string } | null;
}

/** Call before the worksheet's first row: its parser takes the reader's styles when it starts. */
export function teachEastAsianDateFormats(reader: unknown): void {
  const styles = (reader as { styles?: StyleManager }).styles;
  const original = styles?.getStyleModel?.bind(styles);
  if (!styles || !original) return;
  styles.getStyleModel = (id) => {
    const model = original(id);
    const format = EAST_ASIAN_FORMATS[styles.model?.styles?.[id]?.numFmtId ?? -1];
    if (model && !model.numFmt && format) model.numFmt = format;
    return model;
  };
}
