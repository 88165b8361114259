import type { BatchDispatchRequest, BatchDispatchResult } from '@wangge/contracts';
import type { CaseListQuery } from '../../api/cases.ts';
import { api } from '../../api/client.ts';
import { downloadFile } from '../../api/download.ts';
import type { Locale } from '../../i18n/messages.ts';

export type BatchDispatchBody = (typeof BatchDispatchRequest)['_zod']['input'];

/** POST /api/cases/batch-dispatch: one result per case, in order (200 even when some fail). */
export function batchDispatch(body: BatchDispatchBody): Promise<BatchDispatchResult> {
  return api('/api/cases/batch-dispatch', { method: 'POST', body });
}

/** The query string of a list query, empty values left out (the server rejects them). */
function searchOf(query: Record<string, unknown>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === 'string' && value.trim()) params.set(key, value.trim());
    else if (typeof value === 'number' && Number.isFinite(value)) params.set(key, String(value));
  }
  return params;
}

/**
 * GET /api/cases/export.xlsx for the list's filters and order, saved by the browser under the
 * server's file name. Errors (too many cases, bad filters) come back as ApiErrors, as from api().
 */
export async function downloadCasesExport(
  query: Omit<CaseListQuery, 'limit' | 'offset'>,
  locale: Locale,
): Promise<string> {
  return downloadFile('/api/cases/export.xlsx', searchOf(query), locale, 'cases.xlsx');
}
