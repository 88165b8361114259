import type { CalendarReplaceRequest, CalendarYear } from '@wangge/contracts';
import { schema } from '@wangge/db';
import { checkCalendarYear } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/record.ts';
import { getCalendarYear, yearRange } from './get-calendar.ts';
import { invalidateWorkCalendar } from './load-calendar.ts';
import { CALENDAR_ENTRY_MESSAGES } from './sla.errors.ts';
import { slaPolicy } from './sla.policy.ts';

/** Serialises replacements of one year across connections (PostgreSQL), so they cannot interleave. */
const CALENDAR_LOCK = 727_301;

/**
 * Replaces a year's holidays and make-up workdays with the given list, all or nothing: typically
 * entering next year's schedule when the State Council publishes it.
 */
export async function replaceCalendarYear(
  deps: Deps,
  actor: Actor,
  year: number,
  body: CalendarReplaceRequest,
  locale: 'zh-CN' | 'en',
): Promise<CalendarYear> {
  if (!slaPolicy.canEdit(actor.scope)) throw new AppError('FORBIDDEN');
  const issues = checkCalendarYear(year, body.days);
  if (issues.length > 0) {
    throw new AppError(
      'SLA_CALENDAR_INVALID',
      {
        issues: issues.map((i) => ({ ...i, message: CALENDAR_ENTRY_MESSAGES[i.error]?.[locale] ?? i.error })),
      },
      { count: new Set(issues.map((i) => i.index)).size },
    );
  }
  const now = deps.clock.now();
  const result = await deps.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${CALENDAR_LOCK}, ${year})`);
    const before = await getCalendarYear(tx, year);
    await tx.delete(schema.holidayCalendar).where(yearRange(year));
    if (body.days.length > 0) {
      await tx.insert(schema.holidayCalendar).values(body.days.map((d) => ({ ...d, updatedAt: now })));
    }
    const after = await getCalendarYear(tx, year);
    await recordAudit(tx, actor, now, {
      action: 'sla.calendar.replace',
      entityType: 'holiday_calendar',
      entityId: String(year),
      before: before.days,
      after: after.days,
    });
    return after;
  });
  invalidateWorkCalendar();
  return result;
}
