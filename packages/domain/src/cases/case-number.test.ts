import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CASE_NUMBER_PATTERN, chinaDay, formatCaseNumber } from './case-number.ts';

describe('case numbers', () => {
  it('reads as district, China date and sequence', () => {
    const n = formatCaseNumber('370102', '2026-11-21', 42);
    assert.equal(n, '370102-20261121-00042');
    assert.match(n, CASE_NUMBER_PATTERN);
  });
  it('uses the China calendar day (UTC+8), not UTC', () => {
    assert.equal(chinaDay(new Date('2026-11-20T16:30:00Z')), '2026-11-21');
    assert.equal(chinaDay(new Date('2026-11-20T15:59:59Z')), '2026-11-20');
  });
  it('refuses malformed parts', () => {
    assert.throws(() => formatCaseNumber('3701', '2026-11-21', 1), RangeError);
    assert.throws(() => formatCaseNumber('370102', '20261121', 1), RangeError);
    assert.throws(() => formatCaseNumber('370102', '2026-11-21', 0), RangeError);
    assert.throws(() => formatCaseNumber('370102', '2026-11-21', 100000), RangeError);
  });
});
