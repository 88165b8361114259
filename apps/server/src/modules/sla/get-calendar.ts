import type { CalendarYear } from '@wangge/contracts';
import type { Tx } from '@wangge/db';
import { type Db, schema } from '@wangge/db';
import { and, asc, gte, lte } from 'drizzle-orm';

export const yearRange = (year: number) =>
  and(gte(schema.holidayCalendar.day, `${year}-01-01`), lte(schema.holidayCalendar.day, `${year}-12-31`));

/** A year's official holidays and make-up workdays, by day. */
export async function getCalendarYear(db: Db | Tx, year: number): Promise<CalendarYear> {
  const days = await db
    .select({
      day: schema.holidayCalendar.day,
      kind: schema.holidayCalendar.kind,
      name: schema.holidayCalendar.name,
    })
    .from(schema.holidayCalendar)
    .where(yearRange(year))
    .orderBy(asc(schema.holidayCalendar.day));
  return { year, days };
}
