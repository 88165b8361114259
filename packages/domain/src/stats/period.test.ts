import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPeriod, defaultInterval, parseBound } from './period.ts';

describe('parseBound', () => {
  it('reads a day as its midnight in China time, and a date-time with its offset', () => {
    assert.equal(parseBound('2026-11-01')?.toISOString(), '2026-10-31T16:00:00.000Z');
    assert.equal(parseBound('2026-11-01T08:00:00+08:00')?.toISOString(), '2026-11-01T00:00:00.000Z');
    assert.equal(parseBound('2026-11-01T00:00:00Z')?.toISOString(), '2026-11-01T00:00:00.000Z');
  });

  it('refuses impossible days, date-times without an offset and other text', () => {
    for (const bad of ['2026-02-30', '2026-11-01T08:00:00', 'yesterday', '', '2026-11-01T25:00:00Z'])
      assert.equal(parseBound(bad), null, bad);
  });
});

describe('checkPeriod', () => {
  it('accepts a month and a period of exactly 400 days', () => {
    const p = checkPeriod('2026-11-01', '2026-12-01');
    assert.ok(p.ok);
    assert.equal(p.period.to.getTime() - p.period.from.getTime(), 30 * 86_400_000);
    assert.ok(checkPeriod('2026-01-01', '2027-02-05').ok, '400 days');
  });

  it('names what is wrong', () => {
    assert.deepEqual(checkPeriod('2026-12-01', '2026-11-01'), { ok: false, error: 'PERIOD_REVERSED' });
    assert.deepEqual(checkPeriod('2026-11-01', '2026-11-01'), { ok: false, error: 'PERIOD_REVERSED' });
    assert.deepEqual(checkPeriod('2026-01-01', '2027-02-06'), { ok: false, error: 'PERIOD_TOO_LONG' });
    assert.deepEqual(checkPeriod('2026-13-01', '2027-01-01'), { ok: false, error: 'PERIOD_BOUND_MALFORMED' });
  });
});

describe('defaultInterval', () => {
  const of = (from: string, to: string) => {
    const p = checkPeriod(from, to);
    assert.ok(p.ok);
    return defaultInterval(p.period);
  };
  it('days for a month, weeks for a quarter, months for a year', () => {
    assert.equal(of('2026-11-01', '2026-12-01'), 'day');
    assert.equal(of('2026-07-01', '2026-10-01'), 'week');
    assert.equal(of('2026-01-01', '2027-01-01'), 'month');
  });
});
