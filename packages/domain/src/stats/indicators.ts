/**
 * The indicators by which grids, communities, subdistricts and departments are judged (DOMAIN.md §5,
 * §9; STANDARDS.md §1.6). A case counts for a unit in a period when it was reported in the period
 * (its cohort) and the unit holds it; the figures say where those cases stand at the moment of the
 * query (`now`). This file is the definition: the SQL in the stats module computes the same counts
 * in aggregate, and its tests check it against these functions.
 *
 * - received 受理量: cases reported in the period, except those rejected (不予受理, including reports
 *   found not to exist) and duplicates merged into another case (并单).
 * - closed 结案数: received cases whose status is closed (办结), on the spot or through the loop.
 * - closedOnTime 按期结案数: closed cases whose lead's last feedback (or on-the-spot resolution) came
 *   before the handling deadline as the case loop kept it: suspensions (挂起) stop that clock and
 *   approved extensions (延期) lengthen it; after a failed check or a reopening the handling clock
 *   starts again. closedLate 超期结案数: the other closed cases.
 * - overdue 超期未结 (红牌): received cases not closed whose current stage deadline has passed.
 * - dueToClose 应结案数 = closed + overdue: the cases that should be closed by now; those still
 *   within their time limits are not yet due.
 * - closeRate 结案率 = closed / dueToClose and onTimeRate 按期结案率 = closedOnTime / dueToClose, as
 *   STANDARDS.md §1.6 gives them (结案数/应结案数, 按期结案数/应结案数).
 * - satisfactionRate 满意率 = (satisfied 满意 + basically satisfied 基本满意) / rated, over the received
 *   cases with a rating, each with its latest rating: a case rated dissatisfied (不满意), reopened
 *   and then rated satisfied counts once, as satisfied; one rated dissatisfied twice counts as
 *   dissatisfied. Patrol reports are not rated and are not in the denominator.
 * - returned 退单: received cases sent back at least once by their handler (for a department: the
 *   cases it sent back itself, which it then no longer holds). reworked 返工: received cases that
 *   failed an on-site check (核查不通过) at least once.
 * - averageHandlingHours 平均处置用时: over closed cases, working hours (工作时: the working periods of
 *   workdays in the holiday calendar) from the report to the lead's last feedback; suspensions are not
 *   subtracted. A case resolved on the spot counts 0.
 */

export type Rating = 'satisfied' | 'basically_satisfied' | 'dissatisfied';

/** What the indicators need to know about one case, as seen by one unit. */
export interface CaseSnapshot {
  status: string;
  stage: string;
  stageDeadline: Date | null;
  closedOnTime: boolean | null;
  evaluation: Rating | null;
  reworkCount: number;
  /** Does the unit hold the case (a territory: always; a department: dispatched to it, not returned or withdrawn)? */
  held: boolean;
  /** Returned: by its handler (a territory unit), or by this department. */
  returned: boolean;
  /** Working seconds from the report to the lead's last feedback; null if not fed back. */
  handlingSeconds: number | null;
}

export interface CaseCounts {
  received: number;
  closed: number;
  closedOnTime: number;
  closedLate: number;
  overdue: number;
  rated: number;
  satisfied: number;
  basicallySatisfied: number;
  dissatisfied: number;
  returned: number;
  reworked: number;
  /** Closed cases with a handling time, and the sum of their working seconds. */
  handled: number;
  handlingSeconds: number;
}

export interface Indicators extends Omit<CaseCounts, 'handlingSeconds'> {
  dueToClose: number;
  closeRate: number | null;
  onTimeRate: number | null;
  satisfactionRate: number | null;
  averageHandlingHours: number | null;
}

/** Statuses that take a case out of the figures: not accepted, merged into another, or withdrawn by its reporter. */
export const EXCLUDED_STATUSES: readonly string[] = ['rejected', 'merged', 'cancelled'];
const FINAL = new Set(['closed', 'rejected', 'merged', 'cancelled']);

export const ZERO_COUNTS: Readonly<CaseCounts> = {
  received: 0,
  closed: 0,
  closedOnTime: 0,
  closedLate: 0,
  overdue: 0,
  rated: 0,
  satisfied: 0,
  basicallySatisfied: 0,
  dissatisfied: 0,
  returned: 0,
  reworked: 0,
  handled: 0,
  handlingSeconds: 0,
};

/** One case's contribution to its unit's counts at `now`. */
export function countCase(c: CaseSnapshot, now: Date): CaseCounts {
  const n = { ...ZERO_COUNTS };
  if (EXCLUDED_STATUSES.includes(c.status)) return n;
  if (c.returned) n.returned = 1;
  if (!c.held) return n;
  n.received = 1;
  const closed = c.status === 'closed';
  if (closed) {
    n.closed = 1;
    if (c.closedOnTime === true) n.closedOnTime = 1;
    else n.closedLate = 1;
    if (c.handlingSeconds !== null) {
      n.handled = 1;
      n.handlingSeconds = c.handlingSeconds;
    }
  } else if (
    !FINAL.has(c.status) &&
    c.stage !== 'none' &&
    c.stageDeadline !== null &&
    c.stageDeadline.getTime() < now.getTime()
  ) {
    n.overdue = 1;
  }
  if (c.evaluation) {
    n.rated = 1;
    if (c.evaluation === 'satisfied') n.satisfied = 1;
    else if (c.evaluation === 'basically_satisfied') n.basicallySatisfied = 1;
    else n.dissatisfied = 1;
  }
  if (c.reworkCount > 0) n.reworked = 1;
  return n;
}

export function addCounts(a: CaseCounts, b: CaseCounts): CaseCounts {
  const out = { ...a };
  for (const k of Object.keys(out) as Array<keyof CaseCounts>) out[k] += b[k];
  return out;
}

const ratio = (num: number, den: number) => (den > 0 ? Math.round((num / den) * 10_000) / 10_000 : null);

/** The rates from the counts: a share with no denominator is null (shown as "—"), never 0 or 100 %. */
export function indicatorsOf(c: CaseCounts): Indicators {
  const { handlingSeconds, ...counts } = c;
  const dueToClose = c.closed + c.overdue;
  return {
    ...counts,
    dueToClose,
    closeRate: ratio(c.closed, dueToClose),
    onTimeRate: ratio(c.closedOnTime, dueToClose),
    satisfactionRate: ratio(c.satisfied + c.basicallySatisfied, c.rated),
    averageHandlingHours: c.handled > 0 ? Math.round((handlingSeconds / c.handled / 3600) * 100) / 100 : null,
  };
}
