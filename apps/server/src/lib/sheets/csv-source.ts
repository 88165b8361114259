import { createReadStream, type ReadStream } from 'node:fs';
import { pipeline, Transform, type TransformCallback } from 'node:stream';
import { TextDecoder } from 'node:util';
import { type Info, parse } from 'csv-parse';
import { SheetError } from './sheet-error.ts';
import { type RowSource, type SheetRow, sheetRow } from './sheet-row.ts';

/** How much text the encoding is decided on. */
const WINDOW = 64 * 1024;

function isUtf8(bytes: Buffer, final: boolean): boolean {
  try {
    // stream: a character cut at the window's end is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !final });
    return true;
  } catch {
    return false;
  }
}

const hasNonAscii = (bytes: Buffer) => bytes.some((b) => b >= 0x80);

/**
 * Bytes → text. UTF-8 (its BOM dropped) when the first 64 KB holding any non-ASCII byte is valid
 * UTF-8, else GB18030 (a superset of GBK, what Chinese Excel saves "CSV" as). Leading pure-ASCII text
 * reads the same in both, so the decision waits for the first non-ASCII window rather than guessing
 * "UTF-8" from an ASCII header followed by GBK rows. Bytes invalid in the chosen encoding are an error.
 */
class Decoder extends Transform {
  private decoder: TextDecoder | undefined;
  private encoding = 'utf-8';
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private nonAscii = false;
  private passedBytes = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      if (this.decoder) this.pushText(this.decode(chunk, false));
      else {
        this.pending.push(chunk);
        this.pendingBytes += chunk.length;
        this.nonAscii ||= hasNonAscii(chunk);
        if (this.pendingBytes >= WINDOW) this.flushPending(false);
      }
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      if (this.decoder) this.pushText(this.decode(undefined, true));
      else this.flushPending(true);
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  private flushPending(final: boolean): void {
    const bytes = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    if (!this.nonAscii) {
      this.passedBytes += bytes.length;
      this.pushText(bytes.toString('latin1'));
      return;
    }
    this.encoding = isUtf8(bytes, final) ? 'utf-8' : 'gb18030';
    // A BOM only means something at the very start of the file.
    this.decoder = new TextDecoder(this.encoding, { fatal: true, ignoreBOM: this.passedBytes > 0 });
    this.pushText(this.decode(bytes, final));
  }

  private decode(bytes: Buffer | undefined, final: boolean): string {
    try {
      return this.decoder!.decode(bytes, { stream: !final });
    } catch (error) {
      throw new SheetError('SHEET_UNREADABLE', `the file is not valid ${this.encoding} text`, {
        cause: error,
      });
    }
  }

  private pushText(text: string): void {
    if (text) this.push(text);
  }
}

/** The records of a CSV file, streamed. */
export function csvRows(path: string, totalBytes: number): RowSource {
  let file: ReadStream | undefined;
  let done = false;

  async function* rows(): AsyncGenerator<SheetRow> {
    const input = createReadStream(path);
    file = input;
    const parser = parse({
      relax_column_count: true, // rows may be shorter or longer than the header
      relax_quotes: true, // a stray quote inside a field (5" screen) is text, as Excel reads it
      // Any line ending, mixed; csv-parse would otherwise fix on the first one it meets.
      record_delimiter: ['\r\n', '\n', '\r'],
      skip_empty_lines: false, // keep counting them so row numbers match Excel's
      info: true,
      // An unclosed quote would otherwise swallow the rest of a huge file into one field.
      max_record_size: 1_000_000,
    });
    // Errors from any stage destroy the parser with that error, so they surface in the loop below.
    pipeline(input, new Decoder(), parser, () => {});
    for await (const { info, record } of parser as AsyncIterable<{ info: Info; record: string[] }>) {
      const row = sheetRow(
        info.records,
        record.map((cell) => cell.trim()),
      );
      if (row) yield row;
    }
    done = true;
  }

  return {
    rows: rows(),
    bytesRead: () => (done ? totalBytes : Math.min(totalBytes, file?.bytesRead ?? 0)),
  };
}
