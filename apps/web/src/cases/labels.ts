import {
  CASE_CHANNEL_LABELS,
  CASE_LEVEL_LABELS,
  CASE_STATUS_LABELS,
  CASE_WARNING_LABELS,
} from '@wangge/domain/labels';
import type { Locale } from '../i18n/messages.ts';

type Labels = Record<string, { 'zh-CN': string; en: string }>;

// Statuses, levels, channels and warnings are named once, in the domain, for the console and the
// documents the server writes (exports) alike.
export const STATUS_LABELS: Labels = CASE_STATUS_LABELS;
export const LEVEL_LABELS: Labels = CASE_LEVEL_LABELS;
export const CHANNEL_LABELS: Labels = CASE_CHANNEL_LABELS;
export const WARNING_LABELS: Labels = CASE_WARNING_LABELS;

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
  cancel: { 'zh-CN': '居民撤回', en: 'Withdrawn by the reporter' },
};

/** antd Tag colours of the warning levels. */
export const WARNING_COLORS: Record<string, string> = { none: 'green', yellow: 'gold', red: 'red' };

export const label = (labels: Labels, key: string, locale: Locale): string => labels[key]?.[locale] ?? key;
