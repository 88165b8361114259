import type { BatchDispatchRequest, BatchDispatchResult } from '@wangge/contracts';
import { ApiError, NETWORK_ERROR } from '../../api/ApiError.ts';
import type { CaseListQuery } from '../../api/cases.ts';
import { api } from '../../api/client.ts';
import type { Locale } from '../../i18n/messages.ts';

export type BatchDispatchBody = (typeof BatchDispatchRequest)['_zod']['input'];

/** POST /api/cases/batch-dispatch: one result per case, in order (200 even when some fail). */
export function batchDispatch(body: BatchDispatchBody): Promise<BatchDispatchResult> {
  return api('/api/cases/batch-dispatch', { method: 'POST', body });
}

/** The query string of a list query, empty values left out (the server rejects them). */
function searchOf(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === 'string' && value.trim()) params.set(key, value.trim());
    else if (typeof value === 'number' && Number.isFinite(value)) params.set(key, String(value));
  }
  return params.toString();
}

/** The file name the server gave (RFC 5987 filename* first), or a fallback. */
function filenameOf(disposition: string | null): string {
  const extended = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended);
    } catch {
      // Fall through to the plain name.
    }
  }
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? 'cases.xlsx';
}

/**
 * GET /api/cases/export.xlsx for the list's filters and order, saved by the browser under the
 * server's file name. Errors (too many cases, bad filters) come back as ApiErrors, as from api().
 */
export async function downloadCasesExport(
  query: Omit<CaseListQuery, 'limit' | 'offset'>,
  locale: Locale,
): Promise<string> {
  const search = searchOf(query);
  let response: Response;
  try {
    response = await fetch(`/api/cases/export.xlsx${search ? `?${search}` : ''}`, {
      headers: { 'accept-language': locale },
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new ApiError(0, NETWORK_ERROR, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    const payload = (await response.json().catch(() => null)) as {
      code?: string;
      message?: string;
      messages?: { 'zh-CN': string; en: string };
      requestId?: string;
      details?: unknown;
    } | null;
    throw new ApiError(
      response.status,
      payload?.code ?? `HTTP_${response.status}`,
      payload?.message ?? response.statusText,
      {
        messages: payload?.messages ?? null,
        requestId: payload?.requestId ?? null,
        details: payload?.details,
      },
    );
  }
  const filename = filenameOf(response.headers.get('content-disposition'));
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoked after the click has been handled; the download keeps its own reference.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return filename;
}
