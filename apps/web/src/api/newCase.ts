import type { ReportCaseRequest } from '@wangge/contracts';
import { api } from './client.ts';

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
