import { defineErrors } from '../../http/errors.ts';

export const SlaErrors = defineErrors({
  SLA_CALENDAR_INVALID: {
    status: 400,
    'zh-CN': '{count} 条日历记录有错误，未保存任何数据',
    en: '{count} calendar entries have errors; nothing was saved',
  },
  SLA_PERIODS_INVALID: {
    status: 400,
    'zh-CN': '工作时段不合法：须为 HH:MM，开始早于结束，按先后排列且互不重叠',
    en: 'Invalid working periods: HH:MM, each ending after it starts, in order and not overlapping',
  },
  SLA_CALENDAR_NO_WORKDAYS: {
    status: 422,
    'zh-CN': '工作日历连续 400 天没有工作日，请检查节假日设置',
    en: 'The working calendar has no workday in 400 days; check the holiday calendar',
  },
});

/** Messages for each problem in a calendar replacement (details.issues[].error). */
export const CALENDAR_ENTRY_MESSAGES: Record<string, { 'zh-CN': string; en: string }> = {
  DAY_MALFORMED: { 'zh-CN': '日期不存在或格式错误（YYYY-MM-DD）', en: 'Not a real day (YYYY-MM-DD)' },
  DAY_OUTSIDE_YEAR: { 'zh-CN': '日期不在该年度内', en: 'The day is outside this year' },
  DAY_DUPLICATE: { 'zh-CN': '日期重复', en: 'The day appears more than once' },
  KIND_INVALID: { 'zh-CN': '类型须为 holiday 或 workday', en: 'kind must be holiday or workday' },
};
