import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ROLES } from '../auth/roles.ts';
import { CARE_TAGS, canSeeTag, visitSchedule } from './care-tags.ts';

test('tags name real roles, unique codes and positive intervals', () => {
  assert.equal(new Set(CARE_TAGS.map((t) => t.code)).size, CARE_TAGS.length);
  for (const t of CARE_TAGS) {
    assert.ok(t.visitEveryDays > 0);
    for (const r of t.visibleTo) assert.ok(ROLES.includes(r), r);
  }
});

test('special populations are hidden from grid workers and leaders; welfare tags are not', () => {
  const tag = (code: string) => CARE_TAGS.find((t) => t.code === code)!.visibleTo;
  assert.equal(canSeeTag(['gridWorker'], tag('elderly_alone')), true);
  assert.equal(canSeeTag(['gridWorker'], tag('community_correction')), false);
  assert.equal(canSeeTag(['leader'], tag('severe_mental')), false);
  assert.equal(canSeeTag(['gridWorker', 'communityStaff'], tag('severe_mental')), true);
  assert.equal(canSeeTag(['departmentHandler', 'resident'], tag('elderly_alone')), false);
});

test('a weekly visit is due seven days after the last, due two days ahead, overdue the day after', () => {
  const s = (today: string, lastVisit: string | null = '2026-11-10') =>
    visitSchedule({ lastVisit, taggedOn: '2026-01-01', visitEveryDays: 7 }, today);
  assert.deepEqual(s('2026-11-14'), { dueOn: '2026-11-17', state: 'ok', overdueDays: 0 });
  assert.deepEqual(s('2026-11-15'), { dueOn: '2026-11-17', state: 'due', overdueDays: 0 });
  assert.deepEqual(s('2026-11-17'), { dueOn: '2026-11-17', state: 'due', overdueDays: 0 });
  assert.deepEqual(s('2026-11-18'), { dueOn: '2026-11-17', state: 'overdue', overdueDays: 1 });
  assert.deepEqual(s('2026-12-01'), { dueOn: '2026-11-17', state: 'overdue', overdueDays: 14 });
});

test('never visited: counted from the day the tag was given, across a month end', () => {
  assert.deepEqual(
    visitSchedule({ lastVisit: null, taggedOn: '2026-10-28', visitEveryDays: 7 }, '2026-11-05'),
    {
      dueOn: '2026-11-04',
      state: 'overdue',
      overdueDays: 1,
    },
  );
});
