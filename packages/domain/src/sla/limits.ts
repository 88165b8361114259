import { chinaDayNumber, chinaDayStartMs, DAY_MS, isWorkdayNumber, type WorkCalendar } from './calendar.ts';

/**
 * Time limits (办理时限) and how their clocks run. These are the product's definitions:
 *
 * Time is measured continuously in the limit's unit, from the start instant:
 * - `urgent_hours` (紧急, 小时) and `calendar_days` (自然日): wall-clock time; every millisecond counts.
 * - `working_days` (工作日): time that falls on workdays. A workday contributes its full 24 hours
 *   (China time), a weekend day or official holiday none, a make-up workday (调休) all 24. So one
 *   working day from Friday 15:00 ends Monday 15:00, and from Saturday 10:00 ends Tuesday 00:00.
 * - `working_hours` (工作时): time inside the working periods (e.g. 08:30–12:00 and 13:30–17:30) of
 *   workdays; lunch breaks, nights, weekends and holidays do not count.
 *
 * A limit of N units ends at the earliest instant by which N units of counted time have passed.
 * Suspensions (挂起, waiting on the resident) stop the clock: counted time inside them is not counted.
 * While a suspension is open there is no deadline, unless the limit had already run out before it
 * began (then that earlier deadline stands: suspending an overdue case does not make it on time).
 *
 * Extensions (延期) are larger limits: `extendLimit` adds an approved extra amount, converting it into
 * the limit's unit where the two measure the same clock.
 *
 * The walk jumps from one counted interval to the next (at most one per working period per day),
 * never minute by minute; a calendar with no workday in 400 days is an error, not an endless loop.
 */

export const TIME_UNITS = ['urgent_hours', 'working_hours', 'working_days', 'calendar_days'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

export interface TimeLimit {
  amount: number;
  unit: TimeUnit;
}

/** Local [start, end) times of day, 'HH:MM', sorted and not overlapping. */
export type WorkingPeriods = ReadonlyArray<readonly [string, string]>;

/** A stopped clock: [from, to), `to = null` while the suspension is still open. */
export type Suspension = readonly [Date, Date | null];

export const DEFAULT_WORKING_PERIODS: WorkingPeriods = [
  ['08:30', '12:00'],
  ['13:30', '17:30'],
];
export const DEFAULT_YELLOW_SHARE = 0.8;
/** With no workday in this many consecutive days, the calendar is broken. */
export const MAX_DAYS_WITHOUT_WORKDAY = 400;

const HOUR_MS = 3_600_000;

/** Milliseconds of counted time in one unit. */
export function unitMs(unit: TimeUnit): number {
  return unit === 'urgent_hours' || unit === 'working_hours' ? HOUR_MS : DAY_MS;
}

export function limitMs(limit: TimeLimit): number {
  return limit.amount * unitMs(limit.unit);
}

export class NoWorkdayError extends Error {
  constructor(fromDay: number) {
    super(
      `The working calendar has no workday in the ${MAX_DAYS_WITHOUT_WORKDAY} days from ` +
        `${new Date(fromDay * DAY_MS).toISOString().slice(0, 10)}: check the holiday calendar`,
    );
    this.name = 'NoWorkdayError';
  }
}

export type WorkingPeriodsError =
  /** Not a list of [start, end] pairs of 'HH:MM' strings, or an empty list. */
  | 'PERIODS_MALFORMED'
  /** A time is not a valid time of day (24:00 is allowed as an end). */
  | 'PERIOD_TIME_INVALID'
  /** A period ends at or before its start. */
  | 'PERIOD_EMPTY'
  /** Periods are out of order or overlap. */
  | 'PERIODS_OVERLAP';

const HHMM = /^([01]\d|2[0-4]):([0-5]\d)$/;

function minutesOf(time: string): number | null {
  const m = HHMM.exec(time);
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes > 24 * 60 ? null : minutes;
}

export function parseWorkingPeriods(
  input: unknown,
): { ok: true; periods: WorkingPeriods } | { ok: false; error: WorkingPeriodsError; index?: number } {
  if (!Array.isArray(input) || input.length === 0) return { ok: false, error: 'PERIODS_MALFORMED' };
  let previousEnd = -1;
  const periods: Array<readonly [string, string]> = [];
  for (const [index, p] of input.entries()) {
    if (!Array.isArray(p) || p.length !== 2 || typeof p[0] !== 'string' || typeof p[1] !== 'string') {
      return { ok: false, error: 'PERIODS_MALFORMED', index };
    }
    const start = minutesOf(p[0]);
    const end = minutesOf(p[1]);
    if (start === null || end === null || start === 24 * 60) {
      return { ok: false, error: 'PERIOD_TIME_INVALID', index };
    }
    if (end <= start) return { ok: false, error: 'PERIOD_EMPTY', index };
    if (start < previousEnd) return { ok: false, error: 'PERIODS_OVERLAP', index };
    previousEnd = end;
    periods.push([p[0], p[1]]);
  }
  return { ok: true, periods };
}

/** Working periods as [start, end) milliseconds after local midnight; throws on invalid periods. */
function periodOffsets(periods: WorkingPeriods): Array<[number, number]> {
  const parsed = parseWorkingPeriods(periods);
  if (!parsed.ok) throw new Error(`Invalid working periods (${parsed.error}): ${JSON.stringify(periods)}`);
  return parsed.periods.map(([a, b]) => [minutesOf(a)! * 60_000, minutesOf(b)! * 60_000]);
}

/** Hours of work in one workday, e.g. 7.5 for 08:30–12:00 and 13:30–17:30. */
export function workdayHours(periods: WorkingPeriods): number {
  return periodOffsets(periods).reduce((sum, [a, b]) => sum + (b - a), 0) / HOUR_MS;
}

type Interval = [number, number];

/** The intervals during which the unit's clock runs, in order from `from`, forever. */
function* runningIntervals(
  from: number,
  unit: TimeUnit,
  cal: WorkCalendar,
  periods: WorkingPeriods,
): Generator<Interval> {
  if (unit === 'urgent_hours' || unit === 'calendar_days') {
    yield [from, Number.POSITIVE_INFINITY];
    return;
  }
  const parts: Interval[] = unit === 'working_days' ? [[0, DAY_MS]] : periodOffsets(periods);
  let day = chinaDayNumber(from);
  let idleSince = day;
  for (;;) {
    if (isWorkdayNumber(day, cal)) {
      idleSince = day + 1;
      const base = chinaDayStartMs(day);
      for (const [a, b] of parts) {
        const start = Math.max(base + a, from);
        if (base + b > start) yield [start, base + b];
      }
    } else if (day - idleSince >= MAX_DAYS_WITHOUT_WORKDAY) {
      throw new NoWorkdayError(idleSince);
    }
    day++;
  }
}

/** Sorted, merged suspensions in milliseconds; an open one runs to infinity. */
function normaliseSuspensions(suspensions: readonly Suspension[]): Interval[] {
  const list = suspensions
    .map(([a, b]): Interval => [a.getTime(), b ? b.getTime() : Number.POSITIVE_INFINITY])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const merged: Interval[] = [];
  for (const s of list) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

/** The running intervals with the suspensions cut out; ends at the start of an open suspension. */
function* countedIntervals(
  from: number,
  unit: TimeUnit,
  cal: WorkCalendar,
  periods: WorkingPeriods,
  suspensions: readonly Suspension[],
): Generator<Interval> {
  const stops = normaliseSuspensions(suspensions);
  let i = 0;
  for (const [a, b] of runningIntervals(from, unit, cal, periods)) {
    let s = a;
    while (s < b) {
      while (i < stops.length && stops[i]![1] <= s) i++;
      const stop = stops[i];
      if (!stop || stop[0] >= b) {
        yield [s, b];
        break;
      }
      if (stop[0] > s) yield [s, stop[0]];
      s = stop[1];
    }
    // Past the start of an open suspension nothing more will count.
    if (s === Number.POSITIVE_INFINITY) return;
  }
}

/**
 * The deadline of `limit` started at `start`: the earliest instant by which the limit's amount of
 * counted time has passed, not counting time inside `suspensions`. Null while an open suspension
 * holds the clock before the limit runs out.
 */
export function addLimit(
  start: Date,
  limit: TimeLimit,
  cal: WorkCalendar,
  periods: WorkingPeriods,
  suspensions: readonly Suspension[] = [],
): Date | null {
  let remaining = limitMs(limit);
  if (!(remaining >= 0) || !Number.isFinite(remaining))
    throw new Error(`Invalid limit amount: ${limit.amount}`);
  if (remaining === 0) return new Date(start.getTime());
  for (const [a, b] of countedIntervals(start.getTime(), limit.unit, cal, periods, suspensions)) {
    if (b - a >= remaining) return new Date(a + remaining);
    remaining -= b - a;
  }
  return null;
}

/** Milliseconds of the unit's counted time between `start` and `now`, suspensions excluded. */
export function timeUsed(
  start: Date,
  now: Date,
  unit: TimeUnit,
  cal: WorkCalendar,
  periods: WorkingPeriods,
  suspensions: readonly Suspension[] = [],
): number {
  const end = now.getTime();
  let used = 0;
  for (const [a, b] of countedIntervals(start.getTime(), unit, cal, periods, suspensions)) {
    if (a >= end) break;
    used += Math.min(b, end) - a;
  }
  return used;
}

/** Milliseconds of the unit's time between two instants (0 when `to` is not after `from`). */
export function measure(
  from: Date,
  to: Date,
  unit: TimeUnit,
  cal: WorkCalendar,
  periods: WorkingPeriods,
): number {
  return timeUsed(from, to, unit, cal, periods, []);
}

export type WarningLevel = 'none' | 'yellow' | 'red';

/**
 * Red once the deadline has passed; yellow once `yellowShare` of the limit is used (黄牌 before
 * 红牌); otherwise none. With no deadline (suspended) only the share used counts.
 */
export function warningLevel(input: {
  start?: Date;
  now: Date;
  deadline: Date | null;
  limitMs: number;
  usedMs: number;
  yellowShare: number;
}): WarningLevel {
  if (input.deadline && input.now.getTime() > input.deadline.getTime()) return 'red';
  // A hair of tolerance: 0.8 × limit is not always exact in binary floating point.
  if (input.usedMs >= input.yellowShare * input.limitMs - 1e-6) return 'yellow';
  return 'none';
}

const WALL_CLOCK: ReadonlySet<TimeUnit> = new Set(['urgent_hours', 'calendar_days']);

/**
 * The limit after an approved extension. The same unit adds up; hours and days of the same clock
 * convert (urgent hours ↔ calendar days at 24 h a day; working hours ↔ working days at the working
 * periods' hours per workday). Wall-clock and working-time units do not mix.
 */
export function extendLimit(
  limit: TimeLimit,
  extra: TimeLimit,
  periods: WorkingPeriods = DEFAULT_WORKING_PERIODS,
): { ok: true; limit: TimeLimit } | { ok: false; error: 'LIMIT_UNITS_INCOMPATIBLE' } {
  if (extra.unit === limit.unit)
    return { ok: true, limit: { unit: limit.unit, amount: limit.amount + extra.amount } };
  if (WALL_CLOCK.has(limit.unit) !== WALL_CLOCK.has(extra.unit))
    return { ok: false, error: 'LIMIT_UNITS_INCOMPATIBLE' };
  const hoursPerDay = WALL_CLOCK.has(limit.unit) ? 24 : workdayHours(periods);
  const converted = limit.unit.endsWith('_hours') ? extra.amount * hoursPerDay : extra.amount / hoursPerDay;
  return { ok: true, limit: { unit: limit.unit, amount: limit.amount + converted } };
}
