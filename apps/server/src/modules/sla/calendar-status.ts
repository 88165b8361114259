import type { CalendarStatus } from '@wangge/contracts';
import type { Db } from '@wangge/db';
import { missingYears } from '@wangge/domain';
import { loadWorkCalendar } from './load-calendar.ts';

/** How far ahead the missing-calendar warning looks: next year is due from early November. */
export const CALENDAR_WARNING_DAYS = 60;

export async function calendarStatus(db: Db, now: Date): Promise<CalendarStatus> {
  const { calendar } = await loadWorkCalendar(db);
  const missing = missingYears(calendar, now, CALENDAR_WARNING_DAYS);
  return {
    coveredYears: [...calendar.coveredYears].sort((a, b) => a - b),
    missingYears: missing,
    warning: missing.length === 0 ? null : warningText(missing),
  };
}

/**
 * The warning to log at server start when the current or coming year has no holiday calendar, or
 * null. Time limits running into such a year would count its holidays as workdays.
 */
export async function calendarWarning(db: Db, now: Date): Promise<CalendarStatus['warning']> {
  return (await calendarStatus(db, now)).warning;
}

function warningText(years: number[]): { 'zh-CN': string; en: string } {
  return {
    'zh-CN':
      `尚未录入 ${years.join('、')} 年的节假日和调休安排：在录入前，该年的时限按周一至周五计算工作日。` +
      '请在国务院办公厅公布放假安排后，于时限设置中录入。',
    en:
      `The holiday calendar for ${years.join(', ')} is missing: until it is entered, time limits count ` +
      'Monday to Friday as workdays in that year. Enter the official holidays and make-up workdays once ' +
      'the State Council publishes them.',
  };
}
