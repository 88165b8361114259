import { chinaDayNumber, DAY_MS, fromChinaTime, parseIsoDay } from '../sla/calendar.ts';

/**
 * The period of a statistics query: a half-open interval [from, to) of instants. A bound given as a
 * day ('2026-11-01') means that day's midnight in China time, so from=2026-11-01&to=2026-12-01 is
 * November. Periods are limited in length so that a query (and a day-by-day trend) stays bounded.
 */
export interface Period {
  from: Date;
  to: Date;
}

export const MAX_PERIOD_DAYS = 400;

export type PeriodError =
  /** A bound is neither a day (YYYY-MM-DD) nor an ISO date-time with an offset. */
  | 'PERIOD_BOUND_MALFORMED'
  /** `from` is not before `to`. */
  | 'PERIOD_REVERSED'
  /** Longer than MAX_PERIOD_DAYS days. */
  | 'PERIOD_TOO_LONG';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A bound as an instant: a day is its China-time midnight; a date-time must carry its offset. */
export function parseBound(value: string): Date | null {
  if (parseIsoDay(value) !== null) return fromChinaTime(value);
  if (!DATE_TIME.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function checkPeriod(
  from: string,
  to: string,
): { ok: true; period: Period } | { ok: false; error: PeriodError } {
  const a = parseBound(from);
  const b = parseBound(to);
  if (!a || !b) return { ok: false, error: 'PERIOD_BOUND_MALFORMED' };
  if (a.getTime() >= b.getTime()) return { ok: false, error: 'PERIOD_REVERSED' };
  if (b.getTime() - a.getTime() > MAX_PERIOD_DAYS * DAY_MS) return { ok: false, error: 'PERIOD_TOO_LONG' };
  return { ok: true, period: { from: a, to: b } };
}

export const TREND_INTERVALS = ['day', 'week', 'month'] as const;
export type TrendInterval = (typeof TREND_INTERVALS)[number];

/** A readable trend when none is asked for: days up to two months, weeks up to half a year, then months. */
export function defaultInterval(period: Period): TrendInterval {
  const days = chinaDayNumber(period.to.getTime() - 1) - chinaDayNumber(period.from) + 1;
  if (days <= 62) return 'day';
  if (days <= 190) return 'week';
  return 'month';
}
