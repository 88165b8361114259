import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import type { Session, TestApp } from './harness.ts';

/** Builds multipart/form-data bodies for upload tests (light-my-request has no form builder). */
export interface Part {
  name: string;
  data: Buffer | string;
  filename?: string;
  contentType?: string;
}

export function multipart(parts: Part[]) {
  const boundary = `----wangge-test-${randomUUID()}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename === undefined ? '' : `; filename="${p.filename}"`}`;
    const head = [`--${boundary}`, `Content-Disposition: ${disposition}`];
    if (p.contentType) head.push(`Content-Type: ${p.contentType}`);
    chunks.push(Buffer.from(`${head.join('\r\n')}\r\n\r\n`), Buffer.from(p.data), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export const filePart = (
  data: Buffer | string,
  filename = 'photo.jpg',
  contentType = 'image/jpeg',
): Part => ({
  name: 'file',
  data,
  filename,
  contentType,
});

export function upload(t: TestApp, as: Session | null, parts: Part[], options: { csrf?: boolean } = {}) {
  const body = multipart(parts);
  const headers: Record<string, string> = { 'content-type': body.contentType };
  if (as) {
    headers.cookie = as.cookie;
    if (options.csrf !== false) headers['x-csrf-token'] = as.csrfToken;
  }
  return t.app.inject({ method: 'POST', url: '/api/files', headers, payload: body.payload });
}

/** Uploads a small generated JPEG as `as` and returns its file id. */
export async function uploadPhoto(t: TestApp, as: Session): Promise<string> {
  const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } })
    .jpeg()
    .toBuffer();
  const res = await upload(t, as, [filePart(jpeg)]);
  if (res.statusCode !== 201) throw new Error(`upload failed: ${res.body}`);
  return res.json().id;
}
