import type { Locale } from '../i18n/messages.ts';

type Labels = Record<string, { 'zh-CN': string; en: string }>;

/** Case statuses as the people in the loop call them. */
export const STATUS_LABELS: Labels = {
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
};

/** Actions, for buttons and the timeline. */
export const ACTION_LABELS: Labels = {
  report: { 'zh-CN': '上报', en: 'Report' },
  resolve_on_spot: { 'zh-CN': '就地解决', en: 'Resolved on the spot' },
  verify_report: { 'zh-CN': '核实', en: 'Verify' },
  accept: { 'zh-CN': '受理', en: 'Accept' },
  reject: { 'zh-CN': '不予受理', en: 'Reject' },
  merge: { 'zh-CN': '并单', en: 'Merge' },
  dispatch: { 'zh-CN': '派单', en: 'Dispatch' },
  claim: { 'zh-CN': '签收', en: 'Claim' },
  return: { 'zh-CN': '退单', en: 'Return' },
  request_extension: { 'zh-CN': '申请延期', en: 'Ask for more time' },
  decide_extension: { 'zh-CN': '延期审批', en: 'Decide extension' },
  suspend: { 'zh-CN': '挂起', en: 'Suspend' },
  resume: { 'zh-CN': '恢复计时', en: 'Resume' },
  feedback: { 'zh-CN': '处置反馈', en: 'Feed back' },
  check: { 'zh-CN': '核查', en: 'Check on site' },
  evaluate: { 'zh-CN': '评价', en: 'Rate' },
  review: { 'zh-CN': '审核', en: 'Review' },
  followup: { 'zh-CN': '回访', en: 'Follow-up call' },
  close: { 'zh-CN': '结案', en: 'Close' },
  escalate: { 'zh-CN': '上报上级', en: 'Escalate' },
  auto_escalate: { 'zh-CN': '超时自动上报', en: 'Escalated (overdue)' },
  supervise: { 'zh-CN': '督办', en: 'Supervision' },
};

export const LEVEL_LABELS: Labels = {
  grid: { 'zh-CN': '网格', en: 'Grid' },
  community: { 'zh-CN': '社区', en: 'Community' },
  subdistrict: { 'zh-CN': '街道', en: 'Subdistrict' },
  department: { 'zh-CN': '职能部门（吹哨）', en: 'Departments (whistle)' },
};

export const CHANNEL_LABELS: Labels = {
  patrol: { 'zh-CN': '网格员巡查', en: 'Patrol' },
  resident: { 'zh-CN': '居民上报', en: 'Resident' },
  hotline: { 'zh-CN': '12345热线', en: '12345 hotline' },
  department: { 'zh-CN': '部门移交', en: 'Department' },
  sensor: { 'zh-CN': '感知设备', en: 'Sensor' },
};

export const WARNING_LABELS: Labels = {
  none: { 'zh-CN': '正常', en: 'On time' },
  yellow: { 'zh-CN': '黄牌', en: 'Yellow' },
  red: { 'zh-CN': '红牌', en: 'Red' },
};

/** antd Tag colours of the warning levels. */
export const WARNING_COLORS: Record<string, string> = { none: 'green', yellow: 'gold', red: 'red' };

export const label = (labels: Labels, key: string, locale: Locale): string => labels[key]?.[locale] ?? key;
