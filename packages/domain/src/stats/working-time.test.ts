import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCalendar, chinaDayNumber, dayNumber } from '../sla/calendar.ts';
import { DEFAULT_WORKING_PERIODS, measure } from '../sla/limits.ts';
import { officialEntries } from '../sla/official-days.test-data.ts';
import { periodSeconds, workdayTable, workedBy, workingClock } from './working-time.ts';

const cal = buildCalendar(officialEntries());
const periods = periodSeconds(DEFAULT_WORKING_PERIODS);
const table = workdayTable(dayNumber('2026-09-01'), dayNumber('2026-12-31'), cal);
const hours = (a: string, b: string) =>
  (workingClock(new Date(b), table, periods)! - workingClock(new Date(a), table, periods)!) / 3600;

describe('periodSeconds and workedBy', () => {
  it('count 7.5 hours a day with the default 08:30–12:00 and 13:30–17:30', () => {
    assert.deepEqual(periods, [
      [30_600, 43_200],
      [48_600, 63_000],
    ]);
    assert.equal(workedBy(86_400, periods), 7.5 * 3600);
    assert.equal(workedBy(10 * 3600, periods), 1.5 * 3600, '10:00');
    assert.equal(workedBy(13 * 3600, periods), 3.5 * 3600, 'lunch');
  });
});

describe('the working clock', () => {
  it('counts the working hours between two instants', () => {
    assert.equal(hours('2026-11-20T10:00:00+08:00', '2026-11-20T15:00:00+08:00'), 3.5, 'over lunch');
    assert.equal(hours('2026-11-20T16:00:00+08:00', '2026-11-23T09:30:00+08:00'), 2.5, 'over a weekend');
    assert.equal(
      hours('2026-09-30T17:00:00+08:00', '2026-10-09T08:00:00+08:00'),
      0.5 + 7.5,
      'National Day, 10-09 a workday',
    );
  });

  it('agrees with the time-limit maths (measure in working hours)', () => {
    const instants = [
      '2026-09-28T09:15:00+08:00',
      '2026-09-30T23:00:00+08:00',
      '2026-10-03T11:00:00+08:00',
      '2026-10-10T14:45:00+08:00',
      '2026-11-20T12:30:00+08:00',
      '2026-12-24T17:29:59+08:00',
    ].map((s) => new Date(s));
    for (const a of instants)
      for (const b of instants) {
        if (b <= a) continue;
        const expected = measure(a, b, 'working_hours', cal, DEFAULT_WORKING_PERIODS) / 1000;
        const got = workingClock(b, table, periods)! - workingClock(a, table, periods)!;
        assert.equal(Math.round(got), Math.round(expected), `${a.toISOString()} → ${b.toISOString()}`);
      }
  });

  it('is null outside its table', () => {
    assert.equal(workingClock(new Date('2027-01-01T10:00:00+08:00'), table, periods), null);
    assert.equal(table.days[0], chinaDayNumber(new Date('2026-09-01T00:00:00+08:00')));
  });
});
