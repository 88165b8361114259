import type { CaseActionRequest, CaseDetail, FileInfo } from '@wangge/contracts';
import { ApiError, NETWORK_ERROR } from './ApiError.ts';
import { api, csrfHeader } from './client.ts';

export function fetchCaseDetail(id: string, signal?: AbortSignal): Promise<CaseDetail> {
  return api(`/api/cases/${encodeURIComponent(id)}`, { signal });
}

/** One action of the loop, sent with the version the user saw. */
export function performCaseAction(
  id: string,
  body: CaseActionRequest,
): Promise<{ status: string; version: number }> {
  return api(`/api/cases/${encodeURIComponent(id)}/actions`, { method: 'POST', body });
}

export interface DepartmentOption {
  id: string;
  code: string;
  name: string;
}

export function fetchDepartments(signal?: AbortSignal): Promise<{ items: DepartmentOption[] }> {
  return api('/api/org/departments', { signal });
}

export const fileUrl = (id: string): string => `/api/files/${encodeURIComponent(id)}`;
export const thumbUrl = (id: string): string => `/api/files/${encodeURIComponent(id)}/thumb`;

/** Uploads one image as multipart (field "file"); api() speaks JSON only. */
export async function uploadFile(file: Blob, locale: string): Promise<FileInfo> {
  const form = new FormData();
  form.append('file', file);
  let response: Response;
  try {
    response = await fetch('/api/files', {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'accept-language': locale, ...csrfHeader() },
    });
  } catch (error) {
    throw new ApiError(0, NETWORK_ERROR, error instanceof Error ? error.message : String(error));
  }
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    if (typeof payload === 'object' && payload !== null && 'code' in payload && 'message' in payload) {
      const p = payload as { code: string; message: string; messages?: { 'zh-CN': string; en: string } };
      throw new ApiError(response.status, p.code, p.message, { messages: p.messages ?? null });
    }
    throw new ApiError(
      response.status,
      `HTTP_${response.status}`,
      response.statusText || `HTTP ${response.status}`,
    );
  }
  return payload as FileInfo;
}
