/**
 * The case loop as one typed transition table (DOMAIN.md §5, §9): 收集—确认—派单—处理—反馈—核查—评价—回访—结案.
 * A case's status is a pure fold over its actions; the server checks every action against this
 * table (and the role table in ./action-roles.ts) before writing it.
 */
export const CASE_STATUSES = [
  'pending_verification', // a public report: a grid worker checks that it exists (核实)
  'pending_acceptance', // waiting to be accepted (立案) at its level
  'pending_dispatch', // accepted (or returned, or escalated): waiting to be dispatched (派单)
  'dispatched', // sent to a lead (and assistants): waiting to be claimed
  'in_progress', // claimed: being handled (处置)
  'pending_check', // fed back: waiting for on-site verification (核查)
  'pending_evaluation', // verified: waiting for the resident's rating (评价)
  'under_review', // rated dissatisfied again: a supervisor decides
  'pending_followup', // rated or reviewed: the follow-up call (回访), then close
  'closed',
  'rejected',
  'merged',
  'cancelled', // withdrawn by its reporter before anyone accepted it (撤回)
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_ACTION_TYPES = [
  'report',
  'resolve_on_spot',
  'verify_report',
  'accept',
  'reject',
  'merge',
  'dispatch',
  'claim',
  'return',
  'request_extension',
  'decide_extension',
  'suspend',
  'resume',
  'feedback',
  'check',
  'evaluate',
  'review',
  'followup',
  'close',
  'escalate',
  'auto_escalate',
  'supervise',
  'cancel',
] as const;
export type CaseActionType = (typeof CASE_ACTION_TYPES)[number];

export const FINAL_STATUSES: readonly CaseStatus[] = ['closed', 'rejected', 'merged', 'cancelled'];

/** What some transitions depend on besides the current status. */
export interface TransitionInput {
  /** verify_report: does the reported problem exist? */
  exists?: boolean;
  /** check: did the on-site verification pass? */
  pass?: boolean;
  /** evaluate: the resident's rating. */
  rating?: 'satisfied' | 'basically_satisfied' | 'dissatisfied';
  /** review: the supervisor's decision. */
  decision?: 'close' | 'rework';
  /** report: does this channel's report need verifying first (public reports)? */
  needsVerification?: boolean;
  /** claim, feedback: by the lead (moves the case) or an assistant (recorded on its assignment only)? */
  lead?: boolean;
  /** How often the case has been reopened already (dissatisfied reopens once, then goes to review). */
  reopenCount?: number;
}

type Next = CaseStatus | ((input: TransitionInput) => CaseStatus);

const stay =
  (status: CaseStatus): Next =>
  () =>
    status;

/** Escalating (by hand or when a limit passes) sends the case to the next level's dispatch queue. */
const escalation = { escalate: 'pending_dispatch', auto_escalate: 'pending_dispatch' } as const;

/**
 * From each status, the actions allowed and where they lead. `report` and `resolve_on_spot` start a
 * case, so they appear under the pseudo-status `new`.
 */
export const TRANSITIONS = {
  new: {
    report: (i: TransitionInput) => (i.needsVerification ? 'pending_verification' : 'pending_acceptance'),
    resolve_on_spot: 'closed',
  },
  pending_verification: {
    verify_report: (i: TransitionInput) => (i.exists ? 'pending_acceptance' : 'rejected'),
    reject: 'rejected',
    merge: 'merged',
    cancel: 'cancelled',
    supervise: stay('pending_verification'),
  },
  pending_acceptance: {
    accept: 'pending_dispatch',
    reject: 'rejected',
    merge: 'merged',
    cancel: 'cancelled',
    escalate: 'pending_acceptance',
    auto_escalate: 'pending_acceptance',
    supervise: stay('pending_acceptance'),
  },
  pending_dispatch: {
    dispatch: 'dispatched',
    reject: 'rejected',
    merge: 'merged',
    ...escalation,
    supervise: stay('pending_dispatch'),
  },
  dispatched: {
    claim: (i: TransitionInput) => (i.lead ? 'in_progress' : 'dispatched'),
    return: 'pending_dispatch',
    ...escalation,
    supervise: stay('dispatched'),
  },
  in_progress: {
    claim: 'in_progress',
    return: 'pending_dispatch',
    request_extension: 'in_progress',
    decide_extension: 'in_progress',
    suspend: 'in_progress',
    resume: 'in_progress',
    feedback: (i: TransitionInput) => (i.lead ? 'pending_check' : 'in_progress'),
    ...escalation,
    supervise: stay('in_progress'),
  },
  pending_check: {
    check: (i: TransitionInput) => (i.pass ? 'pending_evaluation' : 'in_progress'),
    supervise: stay('pending_check'),
  },
  pending_evaluation: {
    evaluate: (i: TransitionInput) =>
      i.rating !== 'dissatisfied'
        ? 'pending_followup'
        : (i.reopenCount ?? 0) < 1
          ? 'in_progress'
          : 'under_review',
    followup: 'pending_evaluation',
    close: 'closed',
  },
  under_review: {
    review: (i: TransitionInput) => (i.decision === 'rework' ? 'in_progress' : 'pending_followup'),
  },
  pending_followup: {
    followup: 'pending_followup',
    close: 'closed',
  },
  closed: {},
  rejected: {},
  merged: {},
  cancelled: {},
} as const satisfies Record<CaseStatus | 'new', Partial<Record<CaseActionType, Next>>>;

export type TransitionResult =
  | { ok: true; status: CaseStatus }
  | { ok: false; error: 'CASE_ACTION_NOT_ALLOWED' };

/** Where `action` leads from `status`, or CASE_ACTION_NOT_ALLOWED. */
export function nextStatus(
  status: CaseStatus | 'new',
  action: CaseActionType,
  input: TransitionInput = {},
): TransitionResult {
  const row = TRANSITIONS[status] as Partial<Record<CaseActionType, Next>>;
  const next = row[action];
  if (next === undefined) return { ok: false, error: 'CASE_ACTION_NOT_ALLOWED' };
  return { ok: true, status: typeof next === 'function' ? next(input) : next };
}

/** The actions allowed from a status (for the UI's buttons). */
export function allowedActions(status: CaseStatus | 'new'): CaseActionType[] {
  return Object.keys(TRANSITIONS[status]) as CaseActionType[];
}
