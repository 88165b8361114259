import { CASE_SORTS, type CaseSort } from '@wangge/contracts';
import { type CaseListQuery, type CaseTask, isCaseTask } from '../../api/cases.ts';

export const PAGE_SIZE = 20;
export const DIVISION_CODE = /^\d{6}(\d{3}(\d{3}(\d{3})?)?)?$/;
const WARNINGS = ['none', 'yellow', 'red'] as const;
type Warning = (typeof WARNINGS)[number];

/** The list's order when none is chosen: red, yellow, the rest, newest first. */
export const DEFAULT_SORT: CaseSort = 'warning';

/** The filters of the case list, as kept in the URL query string. */
export interface CaseFilters {
  task?: CaseTask;
  q?: string;
  status?: string;
  warning?: Warning;
  division?: string;
  from?: string;
  to?: string;
  /** Left out for the default order. */
  sort?: CaseSort;
  offset: number;
}

const isWarning = (value: string | null): value is Warning =>
  value !== null && (WARNINGS as readonly string[]).includes(value);

const isSort = (value: string | null): value is CaseSort =>
  value !== null && (CASE_SORTS as readonly string[]).includes(value);

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
  const sort = params.get('sort');
  if (isSort(sort) && sort !== DEFAULT_SORT) filters.sort = sort;
  const offset = Number(params.get('offset'));
  if (Number.isInteger(offset) && offset > 0 && offset <= 100000) filters.offset = offset;
  return filters;
}

/** The `/cases?…` path for some filters (empty values and the default order left out, offset only past the first page). */
export function casesPath(filters: Partial<CaseFilters>): string {
  const params = new URLSearchParams();
  for (const key of ['task', 'q', 'status', 'warning', 'division', 'from', 'to'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.sort && filters.sort !== DEFAULT_SORT) params.set('sort', filters.sort);
  if (filters.offset) params.set('offset', String(filters.offset));
  const search = params.toString();
  return search ? `/cases?${search}` : '/cases';
}

/** The API query for some filters. */
export function toQuery(filters: CaseFilters): CaseListQuery {
  const { offset, ...rest } = filters;
  return { ...rest, offset, limit: PAGE_SIZE };
}

/** The export's query: the list's filters and order, without paging. */
export function toExportQuery(filters: CaseFilters): Omit<CaseListQuery, 'limit' | 'offset'> {
  const { offset: _, ...rest } = filters;
  return rest;
}

/** Columns the list can be ordered by, and the sort keys of their two directions. */
export type SortableColumn = 'number' | 'warning' | 'deadline' | 'reportedAt';
const COLUMN_SORTS: Record<SortableColumn, { ascend: CaseSort | null; descend: CaseSort }> = {
  number: { ascend: 'number', descend: '-number' },
  deadline: { ascend: 'deadline', descend: '-deadline' },
  reportedAt: { ascend: 'reportedAt', descend: '-reportedAt' },
  // The default order is the only one by warning: most urgent first.
  warning: { ascend: null, descend: 'warning' },
};

export const isSortableColumn = (key: unknown): key is SortableColumn =>
  typeof key === 'string' && key in COLUMN_SORTS;

/** The direction a column shows for the list's order (antd's sortOrder). */
export function columnOrder(sort: CaseSort | undefined, column: SortableColumn): 'ascend' | 'descend' | null {
  const current = sort ?? DEFAULT_SORT;
  const sorts = COLUMN_SORTS[column];
  if (sorts.ascend === current) return 'ascend';
  if (sorts.descend === current) return 'descend';
  return null;
}

/** The order for a click on a column header (antd's sorter), or the default when it is cleared. */
export function sortFor(
  column: SortableColumn,
  order: 'ascend' | 'descend' | null | undefined,
): CaseSort | undefined {
  const chosen = order ? COLUMN_SORTS[column][order] : null;
  return chosen && chosen !== DEFAULT_SORT ? chosen : undefined;
}

/**
 * The directions a column offers, the first click's first: the nearest deadline, the newest report,
 * the latest number; the warning column only has its default order.
 */
export function columnDirections(column: SortableColumn): Array<'ascend' | 'descend'> {
  if (column === 'warning') return ['descend'];
  return column === 'deadline' ? ['ascend', 'descend'] : ['descend', 'ascend'];
}
