// exceljs 4.4's streaming writer has no backpressure: row.commit() hands the XML to the worksheet's
// StreamBuf, which writes it on to the zip ignoring write()'s answer ("which it won't" return false, says
// its source). A fast producer therefore piles the whole sheet up in memory (measured: ~50 MB per
// 200,000 rows, growing without end) while deflate catches up. These helpers wait for it instead.
// They read exceljs internals; if those change, they stop waiting rather than fail.
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

/** How much XML may wait for the zip before the writer pauses. */
const ROOM = 1 << 20;

interface Piped extends NodeJS.EventEmitter {
  _writableState?: { length?: number };
}

interface StreamBuf {
  pipes?: Piped[];
  buffers?: Array<{ length?: number }>;
}

const buffered = (buf: StreamBuf) => (buf.buffers ?? []).reduce((sum, b) => sum + (b.length ?? 0), 0);

/** Resolves once the worksheet's XML backlog is small again; rejects when `signal` aborts. */
export async function roomFor(worksheet: unknown, signal: AbortSignal): Promise<void> {
  const buf = (worksheet as { _stream?: StreamBuf })._stream;
  if (!buf) return;
  const zipInput = buf.pipes?.[0];
  if (zipInput) {
    // Over its high-water mark, so its last write returned false and 'drain' will follow.
    if ((zipInput._writableState?.length ?? 0) > ROOM) await once(zipInput, 'drain', { signal });
    return;
  }
  // The zip has not reached this sheet yet (it is still compressing an earlier one): chunks collect in
  // the StreamBuf itself until it does, and nothing signals that moment.
  while (!buf.pipes?.length && buffered(buf) > ROOM) await sleep(5, undefined, { signal });
}
