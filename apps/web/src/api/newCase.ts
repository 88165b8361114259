import type { ErrorResponse, FileInfo, ReportCaseRequest } from '@wangge/contracts';
import { ApiError, NETWORK_ERROR } from './ApiError.ts';
import { api, csrfHeader } from './client.ts';

export interface CategorySuggestionItem {
  code: string;
  name: string;
  kind: string;
  parentCode: string | null;
  score: number;
  matched: string[];
}

export interface CategoryOption {
  code: string;
  name: string;
  kind: string;
  parentCode: string | null;
}

export interface ReportCaseResult {
  id: string;
  number: string;
  status: string;
  version: number;
  created: boolean;
}

/** GET /api/taxonomy/suggest: categories that fit a text, best first. */
export function suggestCategories(
  text: string,
  limit: number,
  signal?: AbortSignal,
): Promise<{ items: CategorySuggestionItem[] }> {
  return api('/api/taxonomy/suggest', { query: { text: text.slice(0, 2000), limit }, signal });
}

/** GET /api/taxonomy/categories?q=: active categories matching a name, keyword or code. */
export async function searchCategories(q: string, signal?: AbortSignal): Promise<CategoryOption[]> {
  const query: Record<string, string> = { active: 'true', view: 'flat' };
  const trimmed = q.trim().slice(0, 40);
  if (trimmed) query.q = trimmed;
  const list = await api<{ total: number; items?: CategoryOption[] }>('/api/taxonomy/categories', {
    query,
    signal,
  });
  return list.items ?? [];
}

/** POST /api/cases: 201 for a new case, 200 (created: false) for a retry with the same key. */
export function reportCase(body: ReportCaseRequest): Promise<ReportCaseResult> {
  return api('/api/cases', { method: 'POST', body });
}

function isErrorResponse(value: unknown): value is ErrorResponse {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

/** POST /api/files (multipart, field "file"): api() sends JSON only, so this is a plain fetch. */
export async function uploadPhoto(file: File, signal?: AbortSignal): Promise<FileInfo> {
  const form = new FormData();
  form.append('file', file);
  let response: Response;
  try {
    response = await fetch('/api/files', {
      method: 'POST',
      headers: { accept: 'application/json', ...csrfHeader() },
      body: form,
      credentials: 'same-origin',
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, NETWORK_ERROR, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    const payload: unknown = await response.json().catch(() => null);
    if (isErrorResponse(payload)) {
      throw new ApiError(response.status, payload.code, payload.message, {
        messages: payload.messages,
        requestId: payload.requestId,
        details: payload.details,
      });
    }
    throw new ApiError(
      response.status,
      `HTTP_${response.status}`,
      response.statusText || `HTTP ${response.status}`,
    );
  }
  return (await response.json()) as FileInfo;
}

export function thumbUrl(fileId: string): string {
  return `/api/files/${encodeURIComponent(fileId)}/thumb`;
}
