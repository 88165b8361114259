import { type CaseListQuery, type CaseTask, isCaseTask } from '../../api/cases.ts';

export const PAGE_SIZE = 20;
export const DIVISION_CODE = /^\d{6}(\d{3}(\d{3}(\d{3})?)?)?$/;
const WARNINGS = ['none', 'yellow', 'red'] as const;
type Warning = (typeof WARNINGS)[number];

/** The filters of the case list, as kept in the URL query string. */
export interface CaseFilters {
  task?: CaseTask;
  q?: string;
  status?: string;
  warning?: Warning;
  division?: string;
  from?: string;
  to?: string;
  offset: number;
}

const isWarning = (value: string | null): value is Warning =>
  value !== null && (WARNINGS as readonly string[]).includes(value);

const isIsoDateTime = (value: string | null): value is string =>
  value !== null && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value);

/** Reads the filters from a query string, dropping values the server would reject. */
export function parseFilters(search: string): CaseFilters {
  const params = new URLSearchParams(search);
  const filters: CaseFilters = { offset: 0 };
  const task = params.get('task');
  if (isCaseTask(task)) filters.task = task;
  const q = params.get('q')?.trim();
  if (q) filters.q = q.slice(0, 100);
  const status = params.get('status')?.trim();
  if (status) filters.status = status.slice(0, 30);
  const warning = params.get('warning');
  if (isWarning(warning)) filters.warning = warning;
  const division = params.get('division')?.trim();
  if (division && DIVISION_CODE.test(division)) filters.division = division;
  const from = params.get('from');
  if (isIsoDateTime(from)) filters.from = from;
  const to = params.get('to');
  if (isIsoDateTime(to)) filters.to = to;
  const offset = Number(params.get('offset'));
  if (Number.isInteger(offset) && offset > 0 && offset <= 100000) filters.offset = offset;
  return filters;
}

/** The `/cases?…` path for some filters (empty values left out, offset only when past the first page). */
export function casesPath(filters: Partial<CaseFilters>): string {
  const params = new URLSearchParams();
  for (const key of ['task', 'q', 'status', 'warning', 'division', 'from', 'to'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.offset) params.set('offset', String(filters.offset));
  const search = params.toString();
  return search ? `/cases?${search}` : '/cases';
}

/** The API query for some filters. */
export function toQuery(filters: CaseFilters): CaseListQuery {
  const { offset, ...rest } = filters;
  return { ...rest, offset, limit: PAGE_SIZE };
}
