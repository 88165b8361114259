import { defineErrors } from '../../http/errors.ts';

export const StatsErrors = defineErrors({
  STATS_PERIOD_INVALID: {
    status: 400,
    'zh-CN': '统计时段不合法：起始时间须早于结束时间',
    en: 'Invalid period: from must be before to',
  },
  STATS_PERIOD_TOO_LONG: {
    status: 400,
    'zh-CN': '统计时段不能超过 {days} 天',
    en: 'The period may not be longer than {days} days',
  },
  STATS_DIVISION_NOT_FOUND: {
    status: 404,
    'zh-CN': '区划或网格不存在',
    en: 'No such division or grid',
  },
});
