import { chinaDayNumber, type IsoDay, isoDayOf, parseIsoDay, weekdayOf } from '../sla/calendar.ts';
import type { Period, TrendInterval } from './period.ts';

/**
 * Trend buckets in China time: a day, a week from Monday (as in China's working week and ISO 8601),
 * or a calendar month; each named by its first day. Cases fall in the bucket of their report.
 */
export function bucketOf(instant: Date | number, interval: TrendInterval): IsoDay {
  const day = chinaDayNumber(instant);
  if (interval === 'day') return isoDayOf(day);
  if (interval === 'week') return isoDayOf(day - ((weekdayOf(day) + 6) % 7));
  return `${isoDayOf(day).slice(0, 7)}-01`;
}

/** The first day of the bucket after the one starting on `start`. */
function nextBucket(start: IsoDay, interval: TrendInterval): IsoDay {
  const day = parseIsoDay(start)!;
  if (interval === 'day') return isoDayOf(day + 1);
  if (interval === 'week') return isoDayOf(day + 7);
  const [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** Every bucket the period touches, in order (the first and last may be partly outside it). */
export function bucketsOf(period: Period, interval: TrendInterval): IsoDay[] {
  const last = bucketOf(period.to.getTime() - 1, interval);
  const out: IsoDay[] = [];
  for (let b = bucketOf(period.from, interval); b <= last; b = nextBucket(b, interval)) out.push(b);
  return out;
}
