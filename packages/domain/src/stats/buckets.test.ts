import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bucketOf, bucketsOf } from './buckets.ts';
import { checkPeriod } from './period.ts';

const period = (from: string, to: string) => {
  const p = checkPeriod(from, to);
  assert.ok(p.ok);
  return p.period;
};

describe('bucketOf', () => {
  it('uses the China-time day: 17:00 UTC is already the next day', () => {
    assert.equal(bucketOf(new Date('2026-11-19T15:59:59Z'), 'day'), '2026-11-19');
    assert.equal(bucketOf(new Date('2026-11-19T16:00:00Z'), 'day'), '2026-11-20');
  });

  it('starts weeks on Monday and months on the first', () => {
    // 2026-11-22 is a Sunday (China time), 2026-11-23 a Monday.
    assert.equal(bucketOf(new Date('2026-11-22T10:00:00+08:00'), 'week'), '2026-11-16');
    assert.equal(bucketOf(new Date('2026-11-23T00:00:00+08:00'), 'week'), '2026-11-23');
    assert.equal(bucketOf(new Date('2026-11-30T23:59:00+08:00'), 'month'), '2026-11-01');
    assert.equal(bucketOf(new Date('2026-12-01T00:00:00+08:00'), 'month'), '2026-12-01');
  });
});

describe('bucketsOf', () => {
  it('lists every day of a month', () => {
    const days = bucketsOf(period('2026-11-01', '2026-12-01'), 'day');
    assert.equal(days.length, 30);
    assert.equal(days[0], '2026-11-01');
    assert.equal(days.at(-1), '2026-11-30');
  });

  it('lists the weeks a month touches, from the Monday before it', () => {
    assert.deepEqual(bucketsOf(period('2026-11-01', '2026-12-01'), 'week'), [
      '2026-10-26',
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
    ]);
  });

  it('lists months across a year end', () => {
    assert.deepEqual(bucketsOf(period('2026-11-15', '2027-02-01'), 'month'), [
      '2026-11-01',
      '2026-12-01',
      '2027-01-01',
    ]);
  });
});
