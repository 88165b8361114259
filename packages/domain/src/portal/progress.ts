import type { Labels } from '../cases/labels.ts';
import { type CaseActionType, type CaseStatus, FINAL_STATUSES } from '../cases/workflow.ts';

/**
 * What a resident is told about their case: not the staff's status names (待派单, 待核查…) but where
 * it stands in plain words, and which of six steps it has reached (提交 受理 处理 核查 评价 办结).
 */
export const RESIDENT_STEPS = ['submitted', 'accepted', 'handling', 'checked', 'rated', 'closed'] as const;
export type ResidentStep = (typeof RESIDENT_STEPS)[number];

export const RESIDENT_STEP_LABELS: Labels<ResidentStep> = {
  submitted: { 'zh-CN': '提交', en: 'Sent' },
  accepted: { 'zh-CN': '受理', en: 'Accepted' },
  handling: { 'zh-CN': '处理', en: 'Fixing' },
  checked: { 'zh-CN': '核查', en: 'Checked' },
  rated: { 'zh-CN': '评价', en: 'Rated' },
  closed: { 'zh-CN': '办结', en: 'Closed' },
};

/** For each status: the plain-words text and the last step reached (index into RESIDENT_STEPS). */
export const RESIDENT_PROGRESS: Record<
  CaseStatus,
  { step: number; text: Readonly<Record<'zh-CN' | 'en', string>> }
> = {
  pending_verification: {
    step: 0,
    text: { 'zh-CN': '网格员正在核实您反映的问题', en: 'A grid worker is checking your report' },
  },
  pending_acceptance: { step: 0, text: { 'zh-CN': '等待受理', en: 'Waiting to be accepted' } },
  pending_dispatch: {
    step: 1,
    text: { 'zh-CN': '已受理，正在安排处理单位', en: 'Accepted; deciding who will fix it' },
  },
  dispatched: { step: 2, text: { 'zh-CN': '已派给处理单位', en: 'Sent to the unit that will fix it' } },
  in_progress: { step: 2, text: { 'zh-CN': '正在处理', en: 'Being fixed' } },
  pending_check: {
    step: 2,
    text: { 'zh-CN': '处理单位已反馈，网格员现场核查中', en: 'Reported fixed; being checked on site' },
  },
  pending_evaluation: {
    step: 3,
    text: { 'zh-CN': '已处理完毕，请您评价', en: 'Fixed — please rate how it was handled' },
  },
  under_review: { step: 4, text: { 'zh-CN': '您的意见正在复核', en: 'Your rating is being reviewed' } },
  pending_followup: { step: 4, text: { 'zh-CN': '回访中，即将办结', en: 'Follow-up call, closing soon' } },
  closed: { step: 5, text: { 'zh-CN': '已办结', en: 'Closed' } },
  rejected: { step: 0, text: { 'zh-CN': '不予受理', en: 'Not accepted' } },
  merged: {
    step: 0,
    text: { 'zh-CN': '与相同问题合并处理', en: 'Handled together with the same problem' },
  },
  cancelled: { step: 0, text: { 'zh-CN': '您已撤回', en: 'You withdrew it' } },
};

/** The actions a resident's timeline shows (the rest are the staff's internal steps). */
export const RESIDENT_TIMELINE_ACTIONS = [
  'report',
  'resolve_on_spot',
  'verify_report',
  'accept',
  'reject',
  'merge',
  'dispatch',
  'escalate',
  'auto_escalate',
  'feedback',
  'check',
  'evaluate',
  'review',
  'close',
  'cancel',
] as const satisfies readonly CaseActionType[];
export type ResidentTimelineAction = (typeof RESIDENT_TIMELINE_ACTIONS)[number];

export const RESIDENT_ACTION_LABELS: Labels<ResidentTimelineAction> = {
  report: { 'zh-CN': '提交上报', en: 'Reported' },
  resolve_on_spot: { 'zh-CN': '网格员现场解决', en: 'Solved on the spot' },
  verify_report: { 'zh-CN': '网格员核实', en: 'Checked by a grid worker' },
  accept: { 'zh-CN': '已受理', en: 'Accepted' },
  reject: { 'zh-CN': '不予受理', en: 'Not accepted' },
  merge: { 'zh-CN': '与相同问题合并', en: 'Merged with the same problem' },
  dispatch: { 'zh-CN': '派单', en: 'Sent to' },
  escalate: { 'zh-CN': '提请上级协调', en: 'Passed up for coordination' },
  auto_escalate: { 'zh-CN': '超时，提请上级协调', en: 'Overdue; passed up for coordination' },
  feedback: { 'zh-CN': '处理单位反馈已处理', en: 'Reported fixed' },
  check: { 'zh-CN': '网格员现场核查', en: 'Checked on site' },
  evaluate: { 'zh-CN': '评价', en: 'Rated' },
  review: { 'zh-CN': '复核', en: 'Reviewed' },
  close: { 'zh-CN': '办结', en: 'Closed' },
  cancel: { 'zh-CN': '撤回', en: 'Withdrawn' },
};

/** Open311 has two states: everything not final is open. */
export const isOpenStatus = (status: CaseStatus) => !FINAL_STATUSES.includes(status);
