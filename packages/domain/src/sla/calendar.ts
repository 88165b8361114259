/**
 * The working calendar: which days are workdays. Official holidays (法定节假日) and make-up workdays
 * (调休上班) come from the holiday_calendar table, seeded from `chinese-days` and edited each year when
 * the State Council publishes the next schedule; every other day follows Monday–Friday.
 *
 * All day arithmetic happens in China time (UTC+8, no daylight saving since 1991): a local day is an
 * integer "day number" (days since 1970-01-01 in China time), which keeps the time-limit maths to
 * integer steps and plain additions.
 */

/** A local calendar day, 'YYYY-MM-DD'. */
export type IsoDay = string;
export type CalendarKind = 'holiday' | 'workday';

export interface CalendarEntry {
  day: IsoDay;
  kind: CalendarKind;
}

export interface WorkCalendar {
  holidays: Set<IsoDay>;
  makeUpWorkdays: Set<IsoDay>;
  /** Years that have entries: their schedule has been published and loaded. */
  coveredYears: Set<number>;
}

export const CHINA_OFFSET_MS = 8 * 3_600_000;
export const DAY_MS = 86_400_000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day number for a well-formed 'YYYY-MM-DD', or null (also for 2026-02-30 and the like). */
export function parseIsoDay(day: string): number | null {
  const m = ISO_DAY.exec(day);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const n = ms / DAY_MS;
  return isoDayOf(n) === day ? n : null;
}

/** The day number of a 'YYYY-MM-DD'; throws on a malformed day (use parseIsoDay for input). */
export function dayNumber(day: IsoDay): number {
  const n = parseIsoDay(day);
  if (n === null) throw new Error(`Not a calendar day (YYYY-MM-DD): ${day}`);
  return n;
}

export function isoDayOf(dayNo: number): IsoDay {
  return new Date(dayNo * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekdayOf(dayNo: number): number {
  return (((dayNo + 4) % 7) + 7) % 7;
}

/** The China-time day number an instant falls on. */
export function chinaDayNumber(instant: Date | number): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS);
}

/** The instant local midnight of a day number begins, in epoch milliseconds. */
export function chinaDayStartMs(dayNo: number): number {
  return dayNo * DAY_MS - CHINA_OFFSET_MS;
}

/** An instant's local day and time of day in China ('2026-10-01', '08:30', minutes since midnight). */
export function toChinaTime(instant: Date): { day: IsoDay; time: string; minutes: number } {
  const local = new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString();
  const time = local.slice(11, 16);
  return { day: local.slice(0, 10), time, minutes: Number(time.slice(0, 2)) * 60 + Number(time.slice(3)) };
}

/** The instant of a local China day and time ('HH:MM' or 'HH:MM:SS'). */
export function fromChinaTime(day: IsoDay, time = '00:00'): Date {
  const m = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (!m) throw new Error(`Not a time of day (HH:MM): ${time}`);
  const offset = (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0)) * 1000;
  return new Date(chinaDayStartMs(dayNumber(day)) + offset);
}

export function chinaYearOf(instant: Date | number): number {
  return Number(isoDayOf(chinaDayNumber(instant)).slice(0, 4));
}

export function buildCalendar(entries: Iterable<CalendarEntry>): WorkCalendar {
  const cal: WorkCalendar = { holidays: new Set(), makeUpWorkdays: new Set(), coveredYears: new Set() };
  for (const e of entries) {
    (e.kind === 'holiday' ? cal.holidays : cal.makeUpWorkdays).add(e.day);
    cal.coveredYears.add(Number(e.day.slice(0, 4)));
  }
  return cal;
}

/** Make-up workday → true; official holiday → false; otherwise Monday to Friday. */
export function isWorkday(day: IsoDay, cal: WorkCalendar): boolean {
  return isWorkdayNumber(dayNumber(day), cal);
}

export function isWorkdayNumber(dayNo: number, cal: WorkCalendar): boolean {
  const day = isoDayOf(dayNo);
  if (cal.makeUpWorkdays.has(day)) return true;
  if (cal.holidays.has(day)) return false;
  const w = weekdayOf(dayNo);
  return w !== 0 && w !== 6;
}

/**
 * Years between `now` and `now + horizonDays` (China time) with no calendar entries: time limits
 * running into them would count their holidays as workdays. In late November with a 60-day horizon
 * this names next year until its schedule is entered.
 */
export function missingYears(cal: WorkCalendar, now: Date, horizonDays: number): number[] {
  const first = chinaYearOf(now);
  const last = chinaYearOf(now.getTime() + horizonDays * DAY_MS);
  const out: number[] = [];
  for (let y = first; y <= last; y++) if (!cal.coveredYears.has(y)) out.push(y);
  return out;
}

export type CalendarEntryError =
  /** Not a real 'YYYY-MM-DD' day. */
  | 'DAY_MALFORMED'
  /** The day lies outside the year being replaced. */
  | 'DAY_OUTSIDE_YEAR'
  /** The same day appears twice. */
  | 'DAY_DUPLICATE'
  /** kind is neither holiday nor workday. */
  | 'KIND_INVALID';

export interface CalendarEntryIssue {
  index: number;
  day: string;
  error: CalendarEntryError;
}

/** Checks a year's replacement entries; an empty list means they can be written. */
export function checkCalendarYear(
  year: number,
  entries: ReadonlyArray<{ day: string; kind: string }>,
): CalendarEntryIssue[] {
  const issues: CalendarEntryIssue[] = [];
  const seen = new Set<string>();
  entries.forEach((e, index) => {
    if (parseIsoDay(e.day) === null) issues.push({ index, day: e.day, error: 'DAY_MALFORMED' });
    else if (Number(e.day.slice(0, 4)) !== year)
      issues.push({ index, day: e.day, error: 'DAY_OUTSIDE_YEAR' });
    else if (seen.has(e.day)) issues.push({ index, day: e.day, error: 'DAY_DUPLICATE' });
    seen.add(e.day);
    if (e.kind !== 'holiday' && e.kind !== 'workday')
      issues.push({ index, day: e.day, error: 'KIND_INVALID' });
  });
  return issues;
}
