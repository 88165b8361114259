import { createWriteStream } from 'node:fs';

/** Where a workbook goes: a file path, or any writable stream (an HTTP reply, a PassThrough). */
export type SheetTarget = string | NodeJS.WritableStream;

/**
 * The target as a stream, and a watch on it. exceljs listens for the target's errors only once it
 * finishes the workbook: a failure before that (a file that cannot be created, a client that went away)
 * would be an unhandled 'error' event, and its final wait for 'finish' would never end.
 */
export function openOutput(target: SheetTarget) {
  const stream: NodeJS.WritableStream = typeof target === 'string' ? createWriteStream(target) : target;
  const controller = new AbortController();
  const failed = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  failed.catch(() => {}); // observed through check() and race()
  let finished = false;
  stream.on('error', (error: unknown) => controller.abort(error));
  stream.once('finish', () => {
    finished = true;
  });
  stream.once('close', () => {
    if (!finished) controller.abort(new Error('the output closed before the workbook was complete'));
  });
  return {
    stream,
    /** Aborted with the target's error when it fails. */
    signal: controller.signal,
    /** Throws the target's error, if it has failed. */
    check(): void {
      controller.signal.throwIfAborted();
    },
    /** Gives up on a half-written workbook: closes the target without finishing it. */
    abandon(): void {
      (stream as { destroy?: () => void }).destroy?.();
    },
    /** The promise, or the target's failure, whichever comes first. */
    race<T>(promise: Promise<T>): Promise<T> {
      return Promise.race([promise, failed]);
    },
  };
}

export type Output = ReturnType<typeof openOutput>;
