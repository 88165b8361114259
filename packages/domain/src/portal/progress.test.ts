import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CASE_STATUSES, FINAL_STATUSES } from '../cases/workflow.ts';
import { isOpenStatus, RESIDENT_PROGRESS, RESIDENT_STEPS } from './progress.ts';

describe('resident progress', () => {
  it('puts every status on one of the six steps, moving forward through the loop', () => {
    const loop = [
      'pending_verification',
      'pending_dispatch',
      'in_progress',
      'pending_evaluation',
      'pending_followup',
      'closed',
    ] as const;
    const steps = loop.map((s) => RESIDENT_PROGRESS[s].step);
    assert.deepEqual(
      steps,
      [...steps].sort((a, b) => a - b),
    );
    for (const s of CASE_STATUSES) assert.ok(RESIDENT_PROGRESS[s].step < RESIDENT_STEPS.length, s);
    assert.equal(RESIDENT_PROGRESS.closed.step, RESIDENT_STEPS.length - 1);
  });

  it('says every status in both languages, without the staff words', () => {
    for (const s of CASE_STATUSES) {
      assert.ok(RESIDENT_PROGRESS[s].text['zh-CN'] && RESIDENT_PROGRESS[s].text.en, s);
      assert.doesNotMatch(RESIDENT_PROGRESS[s].text['zh-CN'], /派单|签收|待核查|待回访/);
    }
  });

  it('is closed for Open311 exactly when the case is final', () => {
    for (const s of CASE_STATUSES) assert.equal(isOpenStatus(s), !FINAL_STATUSES.includes(s), s);
  });
});
