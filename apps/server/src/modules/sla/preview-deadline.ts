import type { DeadlinePreview, DeadlinePreviewRequest } from '@wangge/contracts';
import type { Db } from '@wangge/db';
import { addLimit, chinaYearOf, limitMs, NoWorkdayError } from '@wangge/domain';
import { AppError } from '../../http/errors.ts';
import { loadWorkCalendar } from './load-calendar.ts';

/** The deadline a limit started at `start` would have under the current calendar and settings. */
export async function previewDeadline(db: Db, body: DeadlinePreviewRequest): Promise<DeadlinePreview> {
  const { calendar, periods } = await loadWorkCalendar(db);
  const start = new Date(body.start);
  const suspensions = (body.suspensions ?? []).map(
    (s) => [new Date(s.from), s.to === null ? null : new Date(s.to)] as const,
  );
  let deadline: Date | null;
  try {
    deadline = addLimit(start, body.limit, calendar, periods, suspensions);
  } catch (e) {
    if (e instanceof NoWorkdayError) throw new AppError('SLA_CALENDAR_NO_WORKDAYS');
    throw e;
  }
  const uncoveredYears: number[] = [];
  for (let y = chinaYearOf(start); y <= chinaYearOf(deadline ?? start); y++) {
    if (!calendar.coveredYears.has(y)) uncoveredYears.push(y);
  }
  return { deadline: deadline?.toISOString() ?? null, limitMs: limitMs(body.limit), uncoveredYears };
}
