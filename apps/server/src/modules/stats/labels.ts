import type { StatsDimension, StatsIndicators, StatsInterval } from '@wangge/contracts';
import type { Locale } from '../../http/errors.ts';

type Text = Record<Locale, string>;

/** The indicators in the order a workbook lists them, with their names. */
export const INDICATOR_LABELS: ReadonlyArray<[keyof StatsIndicators, Text, 'count' | 'rate' | 'hours']> = [
  ['received', { 'zh-CN': '受理量', en: 'Received' }, 'count'],
  ['closed', { 'zh-CN': '结案数', en: 'Closed' }, 'count'],
  ['dueToClose', { 'zh-CN': '应结案数', en: 'Due to close' }, 'count'],
  ['closeRate', { 'zh-CN': '结案率', en: 'Close rate' }, 'rate'],
  ['closedOnTime', { 'zh-CN': '按期结案数', en: 'Closed on time' }, 'count'],
  ['onTimeRate', { 'zh-CN': '按期结案率', en: 'On-time rate' }, 'rate'],
  ['closedLate', { 'zh-CN': '超期结案数', en: 'Closed late' }, 'count'],
  ['overdue', { 'zh-CN': '超期未结', en: 'Overdue' }, 'count'],
  ['rated', { 'zh-CN': '评价数', en: 'Rated' }, 'count'],
  ['satisfied', { 'zh-CN': '满意', en: 'Satisfied' }, 'count'],
  ['basicallySatisfied', { 'zh-CN': '基本满意', en: 'Basically satisfied' }, 'count'],
  ['dissatisfied', { 'zh-CN': '不满意', en: 'Dissatisfied' }, 'count'],
  ['satisfactionRate', { 'zh-CN': '满意率', en: 'Satisfaction rate' }, 'rate'],
  ['returned', { 'zh-CN': '退单数', en: 'Returned' }, 'count'],
  ['reworked', { 'zh-CN': '返工数', en: 'Reworked' }, 'count'],
  [
    'averageHandlingHours',
    { 'zh-CN': '平均处置用时（工作时）', en: 'Average handling time (working hours)' },
    'hours',
  ],
];

export const SHEET_LABELS: Record<'summary' | 'trend' | StatsDimension, Text> = {
  summary: { 'zh-CN': '汇总', en: 'Summary' },
  subdistrict: { 'zh-CN': '按街道', en: 'By subdistrict' },
  community: { 'zh-CN': '按社区', en: 'By community' },
  grid: { 'zh-CN': '按网格', en: 'By grid' },
  department: { 'zh-CN': '按部门', en: 'By department' },
  category: { 'zh-CN': '按类别', en: 'By category' },
  trend: { 'zh-CN': '趋势', en: 'Trend' },
};

export const INTERVAL_LABELS: Record<StatsInterval, Text> = {
  day: { 'zh-CN': '日', en: 'Day' },
  week: { 'zh-CN': '周（起始日）', en: 'Week (from Monday)' },
  month: { 'zh-CN': '月', en: 'Month' },
};

export const TEXT = {
  indicator: { 'zh-CN': '指标', en: 'Indicator' },
  value: { 'zh-CN': '数值', en: 'Value' },
  period: { 'zh-CN': '统计时段', en: 'Period' },
  scope: { 'zh-CN': '统计范围', en: 'Scope' },
  wholeScope: { 'zh-CN': '本人辖区全部', en: 'All of my scope' },
  asOf: { 'zh-CN': '统计时刻', en: 'As of' },
  code: { 'zh-CN': '编码', en: 'Code' },
  name: { 'zh-CN': '名称', en: 'Name' },
  unplaced: { 'zh-CN': '（网格外/未分类）', en: '(outside grids / uncategorised)' },
  received: { 'zh-CN': '受理量', en: 'Received' },
  closed: { 'zh-CN': '结案数', en: 'Closed' },
  overdue: { 'zh-CN': '超期未结', en: 'Overdue' },
  note: {
    'zh-CN':
      '口径：时段内上报的事件（不含不予受理、并单），按统计时刻的状态计算；结案率、按期结案率以应结案数（已结案+超期未结）为分母。',
    en: 'Cases reported in the period (not rejected or merged), as they stand at the time above; close and on-time rates are over the cases due to close (closed + overdue).',
  },
  filename: { 'zh-CN': '统计分析', en: 'wangge-statistics' },
} satisfies Record<string, Text>;
