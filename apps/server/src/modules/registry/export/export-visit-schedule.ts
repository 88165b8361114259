import type { VisitScheduleQuery } from '@wangge/contracts';
import type { z } from 'zod';
import type { Locale } from '../../../http/errors.ts';
import type { Actor, Deps } from '../../../http/types.ts';
import { inState, type ScheduleRow, scheduleRows } from '../visit-schedule.ts';
import { type ExportColumn, exportList } from './export-list.ts';

const STATE = {
  overdue: { zh: '逾期', en: 'Overdue' },
  due: { zh: '待访', en: 'Due' },
  ok: { zh: '正常', en: 'On track' },
} as const;

const COLUMNS: readonly ExportColumn<ScheduleRow>[] = [
  { zh: '网格员', en: 'Grid worker', value: (r) => r.workers.map((w) => w.name).join('、') },
  { zh: '姓名', en: 'Name', value: 'personName' },
  { zh: '网格', en: 'Grid', value: (r) => r.grid.name },
  {
    zh: '关爱类别',
    en: 'Care group',
    value: (r, locale) => (locale === 'zh-CN' ? r.tag.name : r.tagNameEn),
  },
  { zh: '上次走访', en: 'Last visit', value: 'lastVisit' },
  { zh: '应访日期', en: 'Due on', value: 'dueOn' },
  { zh: '逾期天数', en: 'Days overdue', value: 'overdueDays' },
  { zh: '状态', en: 'State', value: (r, locale) => STATE[r.state][locale === 'zh-CN' ? 'zh' : 'en'] },
];

/**
 * The visit schedule as a workbook, one row per person and care group, in the page's order: the
 * page's own query (`scheduleRows`) over the bulk territory, so the care groups the caller may not
 * see are left out the same way. The rows are computed at once (the due days are the domain's), then
 * counted and paged from memory.
 */
export function exportVisitSchedule(
  deps: Deps,
  actor: Actor,
  q: z.infer<typeof VisitScheduleQuery>,
  locale: Locale,
) {
  return exportList<ScheduleRow>(deps, actor, locale, async (paths) => {
    const found = (await scheduleRows(deps, actor, q, paths)).filter(inState(q.state));
    return {
      entity: 'visit_schedule',
      sheet: { zh: '走访计划', en: 'Visit schedule' },
      columns: COLUMNS,
      filters: q,
      count: async () => found.length,
      page: async (offset, limit) => found.slice(offset, offset + limit),
    };
  });
}
