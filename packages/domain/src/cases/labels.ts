import type { CaseChannel } from './channels.ts';
import type { CaseLevel } from './levels.ts';
import type { CaseStatus } from './workflow.ts';

export type LabelLocale = 'zh-CN' | 'en';
export type Labels<K extends string> = Readonly<Record<K, Readonly<Record<LabelLocale, string>>>>;
export type CaseWarning = 'none' | 'yellow' | 'red';

/**
 * How people in the loop name statuses, levels, channels and warnings, for documents the server
 * writes (exports) and for the console (apps/web imports this file as `@wangge/domain/labels`).
 */
export const CASE_STATUS_LABELS: Labels<CaseStatus> = {
  pending_verification: { 'zh-CN': '待核实', en: 'To verify' },
  pending_acceptance: { 'zh-CN': '待受理', en: 'To accept' },
  pending_dispatch: { 'zh-CN': '待派单', en: 'To dispatch' },
  dispatched: { 'zh-CN': '待签收', en: 'To claim' },
  in_progress: { 'zh-CN': '处置中', en: 'In progress' },
  pending_check: { 'zh-CN': '待核查', en: 'To check' },
  pending_evaluation: { 'zh-CN': '待评价', en: 'To rate' },
  under_review: { 'zh-CN': '待审核', en: 'Under review' },
  pending_followup: { 'zh-CN': '待回访', en: 'Follow-up' },
  closed: { 'zh-CN': '已办结', en: 'Closed' },
  rejected: { 'zh-CN': '不予受理', en: 'Rejected' },
  merged: { 'zh-CN': '已并单', en: 'Merged' },
  cancelled: { 'zh-CN': '已撤回', en: 'Withdrawn' },
};

export const CASE_LEVEL_LABELS: Labels<CaseLevel> = {
  grid: { 'zh-CN': '网格', en: 'Grid' },
  community: { 'zh-CN': '社区', en: 'Community' },
  subdistrict: { 'zh-CN': '街道', en: 'Subdistrict' },
  department: { 'zh-CN': '职能部门（吹哨）', en: 'Departments (whistle)' },
};

export const CASE_CHANNEL_LABELS: Labels<CaseChannel> = {
  patrol: { 'zh-CN': '网格员巡查', en: 'Patrol' },
  resident: { 'zh-CN': '居民上报', en: 'Resident' },
  hotline: { 'zh-CN': '12345热线', en: '12345 hotline' },
  department: { 'zh-CN': '部门移交', en: 'Department' },
  sensor: { 'zh-CN': '感知设备', en: 'Sensor' },
};

export const CASE_WARNING_LABELS: Labels<CaseWarning> = {
  none: { 'zh-CN': '正常', en: 'On time' },
  yellow: { 'zh-CN': '黄牌', en: 'Yellow' },
  red: { 'zh-CN': '红牌', en: 'Red' },
};

/** The label of `key` in `locale`, or the key itself when it has none (a value from a newer server). */
export function labelOf<K extends string>(labels: Labels<K>, key: string, locale: LabelLocale): string {
  return (labels as Partial<Labels<string>>)[key]?.[locale] ?? key;
}
