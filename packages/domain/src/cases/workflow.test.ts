import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  allowedActions,
  CASE_ACTION_TYPES,
  CASE_STATUSES,
  type CaseActionType,
  type CaseStatus,
  nextStatus,
  type TransitionInput,
} from './workflow.ts';

/** The whole table, written out once more by hand: every status × every action. */
const EXPECTED: Record<CaseStatus | 'new', Partial<Record<CaseActionType, CaseStatus>>> = {
  new: { report: 'pending_acceptance', resolve_on_spot: 'closed' },
  pending_verification: {
    verify_report: 'rejected',
    reject: 'rejected',
    merge: 'merged',
    cancel: 'cancelled',
    supervise: 'pending_verification',
  },
  pending_acceptance: {
    accept: 'pending_dispatch',
    reject: 'rejected',
    merge: 'merged',
    cancel: 'cancelled',
    escalate: 'pending_acceptance',
    auto_escalate: 'pending_acceptance',
    supervise: 'pending_acceptance',
  },
  pending_dispatch: {
    dispatch: 'dispatched',
    reject: 'rejected',
    merge: 'merged',
    escalate: 'pending_dispatch',
    auto_escalate: 'pending_dispatch',
    supervise: 'pending_dispatch',
  },
  dispatched: {
    claim: 'dispatched',
    return: 'pending_dispatch',
    escalate: 'pending_dispatch',
    auto_escalate: 'pending_dispatch',
    supervise: 'dispatched',
  },
  in_progress: {
    claim: 'in_progress',
    return: 'pending_dispatch',
    request_extension: 'in_progress',
    decide_extension: 'in_progress',
    suspend: 'in_progress',
    resume: 'in_progress',
    feedback: 'in_progress',
    escalate: 'pending_dispatch',
    auto_escalate: 'pending_dispatch',
    supervise: 'in_progress',
  },
  pending_check: { check: 'in_progress', supervise: 'pending_check' },
  pending_evaluation: { evaluate: 'pending_followup', followup: 'pending_evaluation', close: 'closed' },
  under_review: { review: 'pending_followup' },
  pending_followup: { followup: 'pending_followup', close: 'closed' },
  closed: {},
  rejected: {},
  merged: {},
  cancelled: {},
};

describe('case workflow table', () => {
  for (const status of ['new', ...CASE_STATUSES] as const) {
    it(`${status}: allows exactly the expected actions, with default inputs`, () => {
      for (const action of CASE_ACTION_TYPES) {
        const expected = EXPECTED[status][action];
        const result = nextStatus(status, action);
        if (expected) assert.deepEqual(result, { ok: true, status: expected }, `${status} --${action}->`);
        else
          assert.deepEqual(
            result,
            { ok: false, error: 'CASE_ACTION_NOT_ALLOWED' },
            `${status} --${action}-> refused`,
          );
      }
      assert.deepEqual(allowedActions(status).sort(), Object.keys(EXPECTED[status]).sort());
    });
  }

  it('ends nowhere: closed, rejected, merged and cancelled allow nothing', () => {
    for (const s of ['closed', 'rejected', 'merged', 'cancelled'] as const)
      assert.deepEqual(allowedActions(s), []);
  });

  const go = (status: CaseStatus | 'new', action: CaseActionType, input: TransitionInput) => {
    const r = nextStatus(status, action, input);
    assert.ok(r.ok);
    return r.status;
  };

  it('sends public reports to verification first, and drops the ones that do not exist', () => {
    assert.equal(go('new', 'report', { needsVerification: true }), 'pending_verification');
    assert.equal(go('pending_verification', 'verify_report', { exists: true }), 'pending_acceptance');
    assert.equal(go('pending_verification', 'verify_report', { exists: false }), 'rejected');
  });

  it('moves a case on the lead’s claim and feedback only; assistants’ are recorded on their assignment', () => {
    assert.equal(go('dispatched', 'claim', { lead: true }), 'in_progress');
    assert.equal(go('dispatched', 'claim', { lead: false }), 'dispatched');
    assert.equal(go('in_progress', 'feedback', { lead: true }), 'pending_check');
    assert.equal(go('in_progress', 'feedback', { lead: false }), 'in_progress');
  });

  it('reworks a failed on-site check', () => {
    assert.equal(go('pending_check', 'check', { pass: true }), 'pending_evaluation');
    assert.equal(go('pending_check', 'check', { pass: false }), 'in_progress');
  });

  it('reopens a dissatisfied case once, then sends it to supervisor review', () => {
    assert.equal(go('pending_evaluation', 'evaluate', { rating: 'satisfied' }), 'pending_followup');
    assert.equal(go('pending_evaluation', 'evaluate', { rating: 'basically_satisfied' }), 'pending_followup');
    assert.equal(
      go('pending_evaluation', 'evaluate', { rating: 'dissatisfied', reopenCount: 0 }),
      'in_progress',
    );
    assert.equal(
      go('pending_evaluation', 'evaluate', { rating: 'dissatisfied', reopenCount: 1 }),
      'under_review',
    );
    assert.equal(go('under_review', 'review', { decision: 'close' }), 'pending_followup');
    assert.equal(go('under_review', 'review', { decision: 'rework' }), 'in_progress');
  });

  it('follows a whole loop from report to close', () => {
    const steps: Array<[CaseActionType, TransitionInput, CaseStatus]> = [
      ['report', { needsVerification: true }, 'pending_verification'],
      ['verify_report', { exists: true }, 'pending_acceptance'],
      ['accept', {}, 'pending_dispatch'],
      ['dispatch', {}, 'dispatched'],
      ['return', {}, 'pending_dispatch'],
      ['dispatch', {}, 'dispatched'],
      ['claim', { lead: true }, 'in_progress'],
      ['suspend', {}, 'in_progress'],
      ['resume', {}, 'in_progress'],
      ['feedback', { lead: true }, 'pending_check'],
      ['check', { pass: false }, 'in_progress'],
      ['feedback', { lead: true }, 'pending_check'],
      ['check', { pass: true }, 'pending_evaluation'],
      ['evaluate', { rating: 'dissatisfied', reopenCount: 0 }, 'in_progress'],
      ['feedback', { lead: true }, 'pending_check'],
      ['check', { pass: true }, 'pending_evaluation'],
      ['evaluate', { rating: 'satisfied', reopenCount: 1 }, 'pending_followup'],
      ['followup', {}, 'pending_followup'],
      ['close', {}, 'closed'],
    ];
    let status: CaseStatus | 'new' = 'new';
    for (const [action, input, expected] of steps) {
      status = go(status, action, input);
      assert.equal(status, expected, action);
    }
  });
});
