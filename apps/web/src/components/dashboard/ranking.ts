import type { StatsBreakdownRow } from '@wangge/contracts';
import type { MessageKey } from '../../i18n/messages.ts';

export type Metric =
  | 'received'
  | 'closed'
  | 'dueToClose'
  | 'closeRate'
  | 'onTimeRate'
  | 'satisfactionRate'
  | 'overdue'
  | 'returned'
  | 'reworked'
  | 'averageHandlingHours';
export type MetricKind = 'count' | 'rate' | 'hours';

export const METRICS: ReadonlyArray<{
  key: Metric;
  kind: MetricKind;
  label: MessageKey;
  short?: MessageKey;
}> = [
  { key: 'received', kind: 'count', label: 'dashboard.kpi.received' },
  { key: 'closed', kind: 'count', label: 'dashboard.kpi.closed' },
  { key: 'dueToClose', kind: 'count', label: 'dashboard.table.dueToClose' },
  { key: 'closeRate', kind: 'rate', label: 'dashboard.kpi.closeRate' },
  { key: 'onTimeRate', kind: 'rate', label: 'dashboard.kpi.onTimeRate' },
  { key: 'satisfactionRate', kind: 'rate', label: 'dashboard.kpi.satisfactionRate' },
  { key: 'overdue', kind: 'count', label: 'dashboard.kpi.overdue' },
  { key: 'returned', kind: 'count', label: 'dashboard.kpi.returned' },
  { key: 'reworked', kind: 'count', label: 'dashboard.kpi.reworked' },
  {
    key: 'averageHandlingHours',
    kind: 'hours',
    label: 'dashboard.kpi.averageHandlingHours',
    short: 'dashboard.table.handlingHours',
  },
];

export interface Sort {
  metric: Metric;
  order: 'descend' | 'ascend';
}

/** Rows in rank order: by the metric, units without a value (no denominator) last, then by code. */
export function rank(rows: readonly StatsBreakdownRow[], sort: Sort): StatsBreakdownRow[] {
  const sign = sort.order === 'descend' ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = a[sort.metric];
    const y = b[sort.metric];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (x - y) || (a.code ?? '~').localeCompare(b.code ?? '~');
  });
}
