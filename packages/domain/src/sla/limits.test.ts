import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildCalendar,
  dayNumber,
  fromChinaTime,
  isoDayOf,
  isWorkday,
  type WorkCalendar,
} from './calendar.ts';
import {
  addLimit,
  extendLimit,
  limitMs,
  measure,
  NoWorkdayError,
  parseWorkingPeriods,
  DEFAULT_WORKING_PERIODS as periods,
  type Suspension,
  type TimeLimit,
  timeUsed,
  warningLevel,
} from './limits.ts';
import { HOUR, officialEntries } from './official-days.test-data.ts';

const cal = buildCalendar(officialEntries());
/** A local China time, '2026-09-30 10:00'. */
const at = (local: string) => {
  const [day, time] = local.split(' ');
  return fromChinaTime(day!, time ?? '00:00');
};
const deadline = (start: string, limit: TimeLimit, suspensions: Suspension[] = [], c: WorkCalendar = cal) =>
  addLimit(at(start), limit, c, periods, suspensions);
const days = (amount: number): TimeLimit => ({ amount, unit: 'working_days' });
const hours = (amount: number): TimeLimit => ({ amount, unit: 'working_hours' });

describe('working days', () => {
  it('3 working days from Wednesday 30 September 2026 10:00 skip National Day and count the make-up Saturday', () => {
    // 30 Sep 10:00–24:00 (14 h) + 8 Oct (24 h) + 9 Oct (24 h) + 10 h of Saturday 10 Oct (调休上班).
    assert.deepEqual(deadline('2026-09-30 10:00', days(3)), at('2026-10-10 10:00'));
  });

  it('1 working day from Friday 15:00 ends Monday 15:00', () => {
    assert.deepEqual(deadline('2026-11-13 15:00', days(1)), at('2026-11-16 15:00'));
  });

  it('1 working day from Saturday 10:00 ends Tuesday 00:00', () => {
    assert.deepEqual(deadline('2026-11-14 10:00', days(1)), at('2026-11-17 00:00'));
  });

  it('counts a make-up Sunday when started on the Saturday before it', () => {
    assert.deepEqual(deadline('2026-09-19 10:00', days(1)), at('2026-09-21 00:00'));
  });

  it('starts counting after the holiday when started inside it', () => {
    assert.deepEqual(deadline('2026-10-02 10:00', days(1)), at('2026-10-09 00:00'));
    assert.deepEqual(deadline('2026-10-03 10:00', hours(1)), at('2026-10-08 09:30'));
  });

  it('ends exactly at the end of counted time, not after the gap that follows', () => {
    assert.deepEqual(deadline('2026-11-13 00:00', days(1)), at('2026-11-14 00:00'));
  });

  it('keeps going for 1,000 working days, agreeing with a day-by-day count', () => {
    const start = '2025-01-02';
    let n = dayNumber(start);
    for (let counted = 0; ; n++) {
      if (isWorkday(isoDayOf(n), cal)) counted++;
      if (counted === 1000) break;
    }
    assert.deepEqual(deadline(`${start} 00:00`, days(1000)), at(`${isoDayOf(n + 1)} 00:00`));
  });

  it('refuses a calendar without workdays instead of looping forever', () => {
    const closed: Array<{ day: string; kind: 'holiday' }> = [];
    for (let n = dayNumber('2030-01-01'); n <= dayNumber('2031-12-31'); n++) {
      closed.push({ day: isoDayOf(n), kind: 'holiday' });
    }
    assert.throws(() => deadline('2030-01-02 10:00', days(1), [], buildCalendar(closed)), NoWorkdayError);
  });
});

describe('working hours', () => {
  it('skip the lunch break', () => {
    // 11:00–12:00, then 13:30–14:30.
    assert.deepEqual(deadline('2026-09-29 11:00', hours(2)), at('2026-09-29 14:30'));
  });

  it('skip the night', () => {
    assert.deepEqual(deadline('2026-09-29 16:30', hours(2)), at('2026-09-30 09:30'));
  });

  it('skip the whole holiday week', () => {
    assert.deepEqual(deadline('2026-09-30 16:30', hours(2)), at('2026-10-08 09:30'));
  });

  it('start at the first working period when started before it, and end at a period end exactly', () => {
    assert.deepEqual(deadline('2026-09-29 07:00', hours(1)), at('2026-09-29 09:30'));
    assert.deepEqual(deadline('2026-09-29 08:30', hours(3.5)), at('2026-09-29 12:00'));
  });

  it('are measured between two instants', () => {
    assert.equal(
      measure(at('2026-11-13 17:00'), at('2026-11-16 09:00'), 'working_hours', cal, periods),
      HOUR,
    );
    assert.equal(measure(at('2026-11-16 09:00'), at('2026-11-13 17:00'), 'working_hours', cal, periods), 0);
    assert.equal(
      measure(at('2026-09-30 00:00'), at('2026-10-11 00:00'), 'working_days', cal, periods),
      4 * 24 * HOUR,
    );
  });
});

describe('wall-clock units', () => {
  it('1 urgent hour runs straight through a holiday night', () => {
    assert.deepEqual(
      deadline('2026-10-01 23:30', { amount: 1, unit: 'urgent_hours' }),
      at('2026-10-02 00:30'),
    );
  });

  it('calendar days run through the holiday', () => {
    assert.deepEqual(
      deadline('2026-09-30 10:00', { amount: 3, unit: 'calendar_days' }),
      at('2026-10-03 10:00'),
    );
  });
});

describe('suspensions (挂起)', () => {
  const weekend: Suspension = [at('2026-11-14 00:00'), at('2026-11-16 00:00')];

  it('over a weekend change nothing for working days', () => {
    assert.deepEqual(deadline('2026-11-13 10:00', days(2)), at('2026-11-17 10:00'));
    assert.deepEqual(deadline('2026-11-13 10:00', days(2), [weekend]), at('2026-11-17 10:00'));
  });

  it('over a weekend delay calendar days by two days', () => {
    const limit: TimeLimit = { amount: 2, unit: 'calendar_days' };
    assert.deepEqual(deadline('2026-11-13 10:00', limit), at('2026-11-15 10:00'));
    assert.deepEqual(deadline('2026-11-13 10:00', limit, [weekend]), at('2026-11-17 10:00'));
  });

  it('of one working day delay the deadline by one working day', () => {
    const monday: Suspension = [at('2026-11-16 10:00'), at('2026-11-17 10:00')];
    assert.deepEqual(deadline('2026-11-13 10:00', days(2), [monday]), at('2026-11-18 10:00'));
  });

  it('overlapping or out of order are merged', () => {
    const a: Suspension = [at('2026-11-16 12:00'), at('2026-11-17 10:00')];
    const b: Suspension = [at('2026-11-16 10:00'), at('2026-11-16 14:00')];
    assert.deepEqual(deadline('2026-11-13 10:00', days(2), [a, b]), at('2026-11-18 10:00'));
  });

  it('leave no deadline while open, unless the limit ran out before the suspension began', () => {
    assert.equal(deadline('2026-11-13 10:00', days(2), [[at('2026-11-16 10:00'), null]]), null);
    assert.deepEqual(
      deadline('2026-11-13 10:00', days(2), [[at('2026-11-18 10:00'), null]]),
      at('2026-11-17 10:00'),
    );
  });

  it('stop the time used', () => {
    const start = at('2026-11-16 08:30');
    const now = at('2026-11-17 12:00');
    assert.equal(timeUsed(start, now, 'working_hours', cal, periods), 11 * HOUR);
    const morning: Suspension = [at('2026-11-17 08:30'), at('2026-11-17 10:00')];
    assert.equal(timeUsed(start, now, 'working_hours', cal, periods, [morning]), 9.5 * HOUR);
    const open: Suspension = [at('2026-11-17 10:00'), null];
    assert.equal(timeUsed(start, now, 'working_hours', cal, periods, [open]), 9 * HOUR);
  });
});

describe('warningLevel', () => {
  // 10 working hours from Tuesday 08:30: 7.5 h on Tuesday, 2.5 h on Wednesday → Wednesday 11:00.
  const start = at('2026-11-17 08:30');
  const limit = hours(10);
  const due = addLimit(start, limit, cal, periods)!;
  const level = (now: string) =>
    warningLevel({
      start,
      now: at(now),
      deadline: due,
      limitMs: limitMs(limit),
      usedMs: timeUsed(start, at(now), limit.unit, cal, periods),
      yellowShare: 0.8,
    });

  it('is none at 79 %, yellow at 80 %, red once overdue', () => {
    assert.deepEqual(due, at('2026-11-18 11:00'));
    assert.equal(level('2026-11-18 08:54'), 'none'); // 7.9 h
    assert.equal(level('2026-11-18 09:00'), 'yellow'); // 8 h
    assert.equal(level('2026-11-18 11:00'), 'yellow'); // due now, not yet late
    assert.equal(level('2026-11-18 11:01'), 'red');
  });

  it('is never red without a deadline', () => {
    assert.equal(
      warningLevel({ now: at('2027-01-01'), deadline: null, limitMs: 10, usedMs: 5, yellowShare: 0.8 }),
      'none',
    );
  });
});

describe('extendLimit', () => {
  it('adds the same unit and converts between hours and days of the same clock', () => {
    assert.deepEqual(extendLimit(days(3), days(2)), { ok: true, limit: days(5) });
    assert.deepEqual(extendLimit(hours(4), days(1), periods), { ok: true, limit: hours(11.5) });
    assert.deepEqual(extendLimit(days(1), hours(15), periods), { ok: true, limit: days(3) });
    assert.deepEqual(extendLimit({ amount: 6, unit: 'urgent_hours' }, { amount: 1, unit: 'calendar_days' }), {
      ok: true,
      limit: { amount: 30, unit: 'urgent_hours' },
    });
  });

  it('refuses to mix wall-clock and working time', () => {
    assert.deepEqual(extendLimit(days(3), { amount: 2, unit: 'calendar_days' }), {
      ok: false,
      error: 'LIMIT_UNITS_INCOMPATIBLE',
    });
  });
});

describe('parseWorkingPeriods', () => {
  it('accepts sorted, non-overlapping HH:MM periods', () => {
    assert.deepEqual(parseWorkingPeriods([['08:30', '12:00']]), { ok: true, periods: [['08:30', '12:00']] });
    assert.equal(parseWorkingPeriods([['00:00', '24:00']]).ok, true);
  });

  it('names what is wrong', () => {
    const error = (input: unknown) => {
      const r = parseWorkingPeriods(input);
      return r.ok ? 'ok' : r.error;
    };
    assert.equal(error([['13:00', '12:00']]), 'PERIOD_EMPTY');
    assert.equal(error([['08:00', '08:00']]), 'PERIOD_EMPTY');
    assert.equal(
      error([
        ['08:30', '12:00'],
        ['11:30', '17:30'],
      ]),
      'PERIODS_OVERLAP',
    );
    assert.equal(
      error([
        ['13:30', '17:30'],
        ['08:30', '12:00'],
      ]),
      'PERIODS_OVERLAP',
    );
    assert.equal(error([['8:30', '12:00']]), 'PERIOD_TIME_INVALID');
    assert.equal(error([['08:30', '24:30']]), 'PERIOD_TIME_INVALID');
    assert.equal(error([['24:00', '24:00']]), 'PERIOD_TIME_INVALID');
    assert.equal(error([]), 'PERIODS_MALFORMED');
    assert.equal(error([['08:30']]), 'PERIODS_MALFORMED');
    assert.equal(error('08:30-12:00'), 'PERIODS_MALFORMED');
  });
});
