import type { StatsInterval } from '@wangge/contracts';
import { chinaDay } from '../../cases/time.ts';

/** Dashboard periods as China-time days: [from, to), `to` the day after the last one. */
export type PeriodPreset = 'week' | 'month' | 'year' | 'custom';
export interface DayRange {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
export const MAX_PERIOD_DAYS = 400;

const toUtc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(day: string, n: number): string {
  return fromUtc(toUtc(day) + n * DAY_MS);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** Today in China time. */
export function today(now = new Date()): string {
  return chinaDay(now.toISOString()) ?? fromUtc(now.getTime());
}

/** This week (from Monday), this month or this year, containing `day`. */
export function presetRange(preset: Exclude<PeriodPreset, 'custom'>, day: string): DayRange {
  if (preset === 'week') {
    const weekday = new Date(toUtc(day)).getUTCDay();
    const monday = addDays(day, -((weekday + 6) % 7));
    return { from: monday, to: addDays(monday, 7) };
  }
  const [y, m] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  if (preset === 'month') {
    const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    return { from: `${day.slice(0, 7)}-01`, to: next };
  }
  return { from: `${y}-01-01`, to: `${y + 1}-01-01` };
}

/** As the server picks it: days up to two months, weeks up to half a year, then months. */
export function defaultInterval(range: DayRange): StatsInterval {
  const days = daysBetween(range.from, range.to);
  if (days <= 62) return 'day';
  if (days <= 190) return 'week';
  return 'month';
}
