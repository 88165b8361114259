import type { CaseListQuery as CaseListQuerySchema, CaseList as CaseListSchema } from '@wangge/contracts';
import { api } from './client.ts';

/** What GET /api/cases accepts (all optional; limit and offset default on the server). */
export type CaseListQuery = (typeof CaseListQuerySchema)['_zod']['input'];
/** What GET /api/cases answers. */
export type CaseList = (typeof CaseListSchema)['_zod']['output'];
export type CaseTask = NonNullable<CaseListQuery['task']>;

export const CASE_TASKS: readonly CaseTask[] = [
  'to_verify',
  'to_accept',
  'to_dispatch',
  'to_handle',
  'to_check',
  'to_evaluate',
  'warned',
  'overdue',
  'mine',
];

export function isCaseTask(value: unknown): value is CaseTask {
  return typeof value === 'string' && (CASE_TASKS as readonly string[]).includes(value);
}

/** Lists cases; empty values are left out (the server rejects unknown or empty parameters). */
export function listCases(query: CaseListQuery, signal?: AbortSignal): Promise<CaseList> {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined || value === null) continue;
    if (typeof value === 'string') {
      const trimmed = value.trim();
      if (trimmed) params[key] = trimmed;
    } else if (typeof value === 'number' && Number.isFinite(value)) {
      params[key] = value;
    }
  }
  return api('/api/cases', { query: params, signal });
}
