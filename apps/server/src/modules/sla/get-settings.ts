import type { SlaSettings } from '@wangge/contracts';
import type { Db } from '@wangge/db';
import { loadWorkCalendar } from './load-calendar.ts';

export async function getSlaSettings(db: Db): Promise<SlaSettings> {
  const { periods, yellowShare } = await loadWorkCalendar(db);
  return { workingPeriods: periods.map(([a, b]) => [a, b] as [string, string]), yellowShare };
}
