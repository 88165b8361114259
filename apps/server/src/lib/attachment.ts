import { PassThrough } from 'node:stream';
import type { FastifyBaseLogger, FastifyReply } from 'fastify';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** RFC 5987 ext-value: UTF-8, percent-encoded, with the characters encodeURIComponent leaves alone. */
export const rfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Content-Disposition for a download: an ASCII name for old clients, the real (Chinese) one for the rest. */
export const attachment = (filename: string, asciiFilename: string) =>
  `attachment; filename="${asciiFilename}"; filename*=UTF-8''${rfc5987(filename)}`;

/**
 * Streams a workbook that `write` produces into the reply as an attachment. Whatever can fail with a
 * proper error answer (scope, size, audit) must happen before: once streaming, a failure can only
 * cut the download.
 */
export function streamWorkbook(
  reply: FastifyReply,
  log: FastifyBaseLogger,
  names: { filename: string; ascii: string },
  write: (target: PassThrough) => Promise<unknown>,
) {
  const stream = new PassThrough();
  write(stream).catch((error: unknown) => {
    log.error({ err: error }, 'workbook failed while streaming');
    stream.destroy(error as Error);
  });
  return reply
    .header('content-type', XLSX_TYPE)
    .header('content-disposition', attachment(names.filename, names.ascii))
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(stream);
}

/** Sends a stored workbook (an import's error report) as an attachment. */
export function sendWorkbookFile(
  reply: FastifyReply,
  stream: NodeJS.ReadableStream,
  names: { filename: string; ascii: string },
) {
  return reply
    .header('content-type', XLSX_TYPE)
    .header('content-disposition', attachment(names.filename, names.ascii))
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(stream);
}
