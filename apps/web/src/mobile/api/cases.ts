import { api } from './http.ts';
import type { ActionResult, CaseSummary, PortalCaseDetail, Rating } from './types.ts';

const casePath = (number: string) => `/api/portal/cases/${encodeURIComponent(number)}`;

/** My cases: reported or followed ("me too"), newest first; `unread` notifications beside them. */
export function fetchMyCases(signal?: AbortSignal): Promise<{ items: CaseSummary[]; unread: number }> {
  return api('/api/portal/cases', signal ? { signal } : {});
}

export function fetchCase(number: string, signal?: AbortSignal): Promise<PortalCaseDetail> {
  return api(casePath(number), signal ? { signal } : {});
}

/** 评价; "dissatisfied" reopens the case (没解决，重新办理). */
export function evaluateCase(
  number: string,
  body: { version: number; rating: Rating; comment?: string },
): Promise<ActionResult> {
  return api(`${casePath(number)}/evaluate`, { method: 'POST', body });
}

/** 撤回 while nobody has started on it. */
export function cancelCase(
  number: string,
  body: { version: number; reason?: string },
): Promise<ActionResult> {
  return api(`${casePath(number)}/cancel`, { method: 'POST', body });
}
