import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildCalendar,
  checkCalendarYear,
  fromChinaTime,
  isWorkday,
  missingYears,
  parseIsoDay,
  toChinaTime,
} from './calendar.ts';
import { officialEntries } from './official-days.test-data.ts';

const cal = buildCalendar(officialEntries());
const makeUp = (year: string) => [...cal.makeUpWorkdays].filter((d) => d.startsWith(year)).sort();

describe('the official calendar from chinese-days', () => {
  it('has the 2025 and 2026 make-up workdays (调休) and the 2026 National Day holiday', () => {
    assert.deepEqual(makeUp('2025'), ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
    assert.deepEqual(makeUp('2026'), [
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    for (let d = 1; d <= 7; d++) assert.ok(cal.holidays.has(`2026-10-0${d}`), `2026-10-0${d}`);
    assert.ok(cal.holidays.has('2026-09-25'), '中秋 2026');
    assert.deepEqual([...cal.coveredYears].sort(), [2025, 2026]);
  });
});

describe('isWorkday', () => {
  it('counts make-up weekends, skips holidays and otherwise follows Monday to Friday', () => {
    assert.equal(isWorkday('2026-09-30', cal), true, 'Wednesday before National Day');
    assert.equal(isWorkday('2026-10-01', cal), false, 'National Day (Thursday)');
    assert.equal(isWorkday('2026-10-03', cal), false, 'a holiday on a Saturday');
    assert.equal(isWorkday('2026-10-08', cal), true, 'Thursday after the holiday');
    assert.equal(isWorkday('2026-10-10', cal), true, 'make-up Saturday');
    assert.equal(isWorkday('2026-09-20', cal), true, 'make-up Sunday');
    assert.equal(isWorkday('2026-10-11', cal), false, 'ordinary Sunday');
    assert.equal(isWorkday('2027-01-01', cal), true, 'not loaded: a plain Friday');
  });
});

describe('China time', () => {
  it('converts instants to local days and times and back (UTC+8)', () => {
    assert.deepEqual(toChinaTime(new Date('2026-09-30T16:30:00Z')), {
      day: '2026-10-01',
      time: '00:30',
      minutes: 30,
    });
    assert.equal(fromChinaTime('2026-10-01', '08:30').toISOString(), '2026-10-01T00:30:00.000Z');
    assert.equal(fromChinaTime('2026-10-01').toISOString(), '2026-09-30T16:00:00.000Z');
  });

  it('accepts only real days', () => {
    assert.equal(parseIsoDay('2026-02-30'), null);
    assert.equal(parseIsoDay('2026-2-3'), null);
    assert.notEqual(parseIsoDay('2028-02-29'), null);
  });
});

describe('missingYears', () => {
  it('names next year in late November with a 60-day horizon', () => {
    assert.deepEqual(missingYears(cal, new Date('2026-11-20T02:00:00Z'), 60), [2027]);
  });

  it('is quiet when the horizon stays inside loaded years', () => {
    assert.deepEqual(missingYears(cal, new Date('2026-11-20T02:00:00Z'), 30), []);
    assert.deepEqual(missingYears(cal, new Date('2025-06-01T00:00:00Z'), 60), []);
  });

  it('uses the China-time year: 16:00 UTC on 31 December is already next year', () => {
    assert.deepEqual(missingYears(cal, new Date('2026-12-31T16:00:00Z'), 0), [2027]);
    assert.deepEqual(missingYears(cal, new Date('2026-12-31T15:59:59Z'), 0), []);
  });

  it('clears once the year has entries', () => {
    const next = buildCalendar([...officialEntries(), { day: '2027-01-01', kind: 'holiday' }]);
    assert.deepEqual(missingYears(next, new Date('2026-11-20T02:00:00Z'), 60), []);
  });
});

describe('checkCalendarYear', () => {
  it('accepts a clean year', () => {
    assert.deepEqual(
      checkCalendarYear(2027, [
        { day: '2027-01-01', kind: 'holiday' },
        { day: '2027-02-06', kind: 'workday' },
      ]),
      [],
    );
  });

  it('names each bad entry by index', () => {
    assert.deepEqual(
      checkCalendarYear(2027, [
        { day: '2027-01-01', kind: 'holiday' },
        { day: '2026-12-31', kind: 'holiday' },
        { day: '2027-01-01', kind: 'workday' },
        { day: '2027-02-30', kind: 'holiday' },
        { day: '2027-03-01', kind: 'party' },
      ]),
      [
        { index: 1, day: '2026-12-31', error: 'DAY_OUTSIDE_YEAR' },
        { index: 2, day: '2027-01-01', error: 'DAY_DUPLICATE' },
        { index: 3, day: '2027-02-30', error: 'DAY_MALFORMED' },
        { index: 4, day: '2027-03-01', error: 'KIND_INVALID' },
      ],
    );
  });
});
