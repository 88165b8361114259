import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addCounts, type CaseSnapshot, countCase, indicatorsOf, ZERO_COUNTS } from './indicators.ts';

const now = new Date('2026-11-20T02:00:00Z');
const base: CaseSnapshot = {
  status: 'in_progress',
  stage: 'handle',
  stageDeadline: new Date('2026-11-21T02:00:00Z'),
  closedOnTime: null,
  evaluation: null,
  reworkCount: 0,
  held: true,
  returned: false,
  handlingSeconds: null,
};
const closed = (over: Partial<CaseSnapshot> = {}): CaseSnapshot => ({
  ...base,
  status: 'closed',
  stage: 'none',
  stageDeadline: null,
  closedOnTime: true,
  handlingSeconds: 3600,
  ...over,
});
const total = (cases: CaseSnapshot[]) => cases.map((c) => countCase(c, now)).reduce(addCounts, ZERO_COUNTS);

describe('countCase', () => {
  it('an open case within its limit is received but not yet due', () => {
    const n = countCase(base, now);
    assert.equal(n.received, 1);
    assert.equal(n.overdue + n.closed, 0);
  });

  it('an open case past its stage deadline is overdue, whatever the stage', () => {
    const past = new Date('2026-11-19T02:00:00Z');
    assert.equal(countCase({ ...base, stageDeadline: past }, now).overdue, 1);
    assert.equal(
      countCase({ ...base, stage: 'accept', status: 'pending_acceptance', stageDeadline: past }, now).overdue,
      1,
    );
    assert.equal(
      countCase({ ...base, stage: 'none', status: 'pending_evaluation', stageDeadline: past }, now).overdue,
      0,
    );
    assert.equal(countCase({ ...base, stageDeadline: null }, now).overdue, 0, 'suspended: no deadline');
    assert.equal(countCase({ ...base, stageDeadline: now }, now).overdue, 0, 'due this instant');
  });

  it('rejected, merged and withdrawn cases are left out entirely', () => {
    assert.deepEqual(countCase({ ...base, status: 'rejected', returned: true }, now), ZERO_COUNTS);
    assert.deepEqual(countCase({ ...base, status: 'merged' }, now), ZERO_COUNTS);
    assert.deepEqual(countCase({ ...base, status: 'cancelled' }, now), ZERO_COUNTS);
  });

  it('closed on time or late; unknown punctuality counts as late', () => {
    assert.equal(countCase(closed(), now).closedOnTime, 1);
    assert.equal(countCase(closed({ closedOnTime: false }), now).closedLate, 1);
    assert.equal(countCase(closed({ closedOnTime: null }), now).closedLate, 1);
  });

  it('a department’s returned case counts as returned but not as received', () => {
    const n = countCase({ ...base, held: false, returned: true }, now);
    assert.deepEqual(n, { ...ZERO_COUNTS, returned: 1 });
  });
});

describe('indicatorsOf', () => {
  it('computes the rates of STANDARDS.md §1.6 over the cases due to close', () => {
    const past = new Date('2026-11-19T02:00:00Z');
    const cases: CaseSnapshot[] = [
      closed({ evaluation: 'satisfied', handlingSeconds: 2 * 3600 }),
      closed({ evaluation: 'basically_satisfied', reworkCount: 1, handlingSeconds: 4 * 3600 }),
      closed({ closedOnTime: false, evaluation: 'dissatisfied', handlingSeconds: 9 * 3600 }),
      { ...base, stageDeadline: past, returned: true },
      base,
      { ...base, status: 'rejected' },
    ];
    const i = indicatorsOf(total(cases));
    assert.equal(i.received, 5);
    assert.equal(i.closed, 3);
    assert.equal(i.overdue, 1);
    assert.equal(i.dueToClose, 4);
    assert.equal(i.closeRate, 0.75);
    assert.equal(i.onTimeRate, 0.5);
    assert.equal(i.closedLate, 1);
    assert.equal(i.rated, 3);
    assert.equal(i.satisfactionRate, 0.6667);
    assert.equal(i.returned, 1);
    assert.equal(i.reworked, 1);
    assert.equal(i.averageHandlingHours, 5);
    assert.equal('handlingSeconds' in i, false);
  });

  it('gives no rate without a denominator', () => {
    const i = indicatorsOf(ZERO_COUNTS);
    assert.equal(i.closeRate, null);
    assert.equal(i.onTimeRate, null);
    assert.equal(i.satisfactionRate, null);
    assert.equal(i.averageHandlingHours, null);
  });

  it('matches the Tianmen report’s arithmetic (911 and 737 of 972 due)', () => {
    const i = indicatorsOf({ ...ZERO_COUNTS, received: 996, closed: 911, closedOnTime: 737, overdue: 61 });
    assert.equal(i.closeRate, 0.9372);
    assert.equal(i.onTimeRate, 0.7582);
  });
});
