import cd from 'chinese-days';
import { type CalendarEntry, DAY_MS, dayNumber, isoDayOf, weekdayOf } from './calendar.ts';

const { getDayDetail } = cd;

/**
 * The official 2025–2026 holidays and make-up workdays as published in `chinese-days` (tests only:
 * the product reads them from the holiday_calendar table). A holiday is a non-working day with a
 * festival name; a make-up workday is a working Saturday or Sunday.
 */
export function officialEntries(years: readonly number[] = [2025, 2026]): CalendarEntry[] {
  const out: CalendarEntry[] = [];
  for (const year of years) {
    const last = dayNumber(`${year}-12-31`);
    for (let n = dayNumber(`${year}-01-01`); n <= last; n++) {
      const day = isoDayOf(n);
      const detail = getDayDetail(day);
      const weekend = weekdayOf(n) === 0 || weekdayOf(n) === 6;
      if (!detail.work && detail.name.includes(',')) out.push({ day, kind: 'holiday' });
      else if (detail.work && weekend) out.push({ day, kind: 'workday' });
    }
  }
  return out;
}

export const HOUR = 3_600_000;
export const DAY = DAY_MS;
