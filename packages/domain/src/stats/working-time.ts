import {
  CHINA_OFFSET_MS,
  chinaDayNumber,
  DAY_MS,
  isWorkdayNumber,
  type WorkCalendar,
} from '../sla/calendar.ts';
import { parseWorkingPeriods, type WorkingPeriods } from '../sla/limits.ts';

/**
 * Working time (工作时) between two instants, in a form a database can aggregate over many cases: a
 * "working clock" W(t) that counts the working seconds from the start of a table of days, so that
 * the working time between a and b is W(b) − W(a). W(t) is the workdays before t's day times the
 * working seconds of a workday, plus, on a workday, the working seconds of that day up to t.
 * The table (one row per day: workdays before it, is it a workday) comes from the holiday calendar;
 * the SQL looks a case's two instants up in it. Same definition as `measure(…, 'working_hours', …)`.
 */
export interface WorkdayTable {
  /** China-time day numbers, consecutive. */
  days: number[];
  /** Workdays in the table before each day. */
  workdaysBefore: number[];
  workday: boolean[];
}

export function workdayTable(fromDay: number, toDay: number, cal: WorkCalendar): WorkdayTable {
  const t: WorkdayTable = { days: [], workdaysBefore: [], workday: [] };
  let before = 0;
  for (let d = fromDay; d <= toDay; d++) {
    const work = isWorkdayNumber(d, cal);
    t.days.push(d);
    t.workdaysBefore.push(before);
    t.workday.push(work);
    if (work) before++;
  }
  return t;
}

/** The working periods as [start, end) seconds after local midnight. */
export function periodSeconds(periods: WorkingPeriods): Array<[number, number]> {
  const parsed = parseWorkingPeriods(periods);
  if (!parsed.ok) throw new Error(`Invalid working periods: ${JSON.stringify(periods)}`);
  const sec = (hhmm: string) => Number(hhmm.slice(0, 2)) * 3600 + Number(hhmm.slice(3, 5)) * 60;
  return parsed.periods.map(([a, b]) => [sec(a), sec(b)]);
}

/** Working seconds of a workday up to `secondOfDay`. */
export function workedBy(secondOfDay: number, periods: ReadonlyArray<readonly [number, number]>): number {
  return periods.reduce((sum, [a, b]) => sum + Math.min(Math.max(secondOfDay - a, 0), b - a), 0);
}

/** W(t) in seconds, or null when t's day is outside the table. */
export function workingClock(
  instant: Date,
  table: WorkdayTable,
  periods: ReadonlyArray<readonly [number, number]>,
): number | null {
  const day = chinaDayNumber(instant);
  const i = day - (table.days[0] ?? day + 1);
  if (i < 0 || i >= table.days.length) return null;
  const perDay = workedBy(86_400, periods);
  const secondOfDay = ((instant.getTime() + CHINA_OFFSET_MS) % DAY_MS) / 1000;
  return table.workdaysBefore[i]! * perDay + (table.workday[i] ? workedBy(secondOfDay, periods) : 0);
}
