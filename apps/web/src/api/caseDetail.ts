import type { CaseActionRequest, CaseDetail } from '@wangge/contracts';
import { api } from './client.ts';

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
