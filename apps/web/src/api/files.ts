import type { FileInfo } from '@wangge/contracts';
import { api } from './client.ts';

/** Uploads one photo (multipart field "file"); the server checks it by its bytes and strips its metadata. */
export function uploadPhoto(file: Blob, signal?: AbortSignal): Promise<FileInfo> {
  const form = new FormData();
  form.append('file', file);
  return api<FileInfo>('/api/files', { method: 'POST', body: form, ...(signal ? { signal } : {}) });
}

export const fileUrl = (id: string): string => `/api/files/${encodeURIComponent(id)}`;
export const thumbUrl = (id: string): string => `/api/files/${encodeURIComponent(id)}/thumb`;
