/**
 * When things happen in the demo's history: staff act in working hours (the holiday calendar and the
 * working periods of the deployment), residents in the daytime, the 12345 hotline from morning to
 * night. Delays are shares of a stage's limit, so that a case handled "at 60 % of its limit" is on
 * time whatever weekends and holidays fall in between.
 */
import {
  addLimit,
  chinaDayNumber,
  chinaDayStartMs,
  isWorkdayNumber,
  measure,
  type TimeLimit,
  toChinaTime,
  workdayHours,
} from '@wangge/domain';
import type { ClockSettings } from '../modules/cases/clock-settings.ts';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** `hours` of working time after `t`: always inside a working period of a workday. */
export function afterWorkingHours(s: ClockSettings, t: Date, hours: number): Date {
  const at = addLimit(t, { amount: Math.max(0, hours), unit: 'working_hours' }, s.calendar, s.periods);
  if (!at) throw new Error('working hours never end');
  return at;
}

export function deadlineAfter(s: ClockSettings, start: Date, limit: TimeLimit): Date {
  const at = addLimit(start, limit, s.calendar, s.periods);
  if (!at) throw new Error('a limit without suspensions always ends');
  return at;
}

/**
 * The instant at which a share `f` of a stage's limit has gone, counted in the working hours between
 * its start and its deadline (wall-clock time when there are none: an urgent hour at night). Past 1
 * it runs on after the deadline by that share again.
 */
export function stageInstant(s: ClockSettings, start: Date, limit: TimeLimit, f: number): Date {
  const deadline = deadlineAfter(s, start, limit);
  const available = measure(start, deadline, 'working_hours', s.calendar, s.periods);
  if (available < 10 * MINUTE) {
    const wall = deadline.getTime() - start.getTime();
    if (f <= 1) return new Date(start.getTime() + f * wall);
    return afterWorkingHours(s, deadline, ((f - 1) * Math.max(wall, HOUR)) / HOUR);
  }
  if (f <= 1) return afterWorkingHours(s, start, (f * available) / HOUR);
  return afterWorkingHours(s, deadline, ((f - 1) * available) / HOUR);
}

/** A resident acts in the daytime (07:30–21:30 China time): later instants move to the next morning. */
export function daytimeAfter(t: Date, hours: number): Date {
  const at = new Date(t.getTime() + hours * HOUR);
  const { minutes } = toChinaTime(at);
  const day = chinaDayNumber(at);
  if (minutes < 7 * 60 + 30) return new Date(chinaDayStartMs(day) + (7 * 60 + 30 + (minutes % 45)) * MINUTE);
  if (minutes > 21 * 60 + 30) return new Date(chinaDayStartMs(day + 1) + (8 * 60 + (minutes % 45)) * MINUTE);
  return at;
}

export const isWorkday = (s: ClockSettings, day: number) => isWorkdayNumber(day, s.calendar);

/** Inside a working period of a workday. */
export const isWorkingInstant = (s: ClockSettings, t: Date) =>
  measure(t, new Date(t.getTime() + MINUTE), 'working_hours', s.calendar, s.periods) > 0;

/** The instant `share` (0–1) of the way through a workday's working periods. */
export function workingInstantOfDay(s: ClockSettings, day: number, share: number): Date {
  return afterWorkingHours(s, new Date(chinaDayStartMs(day)), share * workdayHours(s.periods));
}

/** Local time of day in China, in minutes after midnight. */
export const minutesOfDay = (t: Date) => toChinaTime(t).minutes;

/** The instant `minutes` after local midnight of a China day. */
export const atMinutes = (day: number, minutes: number) => new Date(chinaDayStartMs(day) + minutes * MINUTE);
