import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_SPAN_DAYS, parseW3cDateTime, requestWindow } from './dates.ts';

const now = new Date('2026-11-20T02:00:00Z');
const DAY = 86_400_000;

describe('W3C date-times', () => {
  it('reads a date-time with its zone', () => {
    assert.equal(parseW3cDateTime('2026-11-20T08:00:00+08:00')?.toISOString(), '2026-11-20T00:00:00.000Z');
    assert.equal(parseW3cDateTime('2026-11-20T00:00Z')?.toISOString(), '2026-11-20T00:00:00.000Z');
    assert.equal(
      parseW3cDateTime('2026-11-19T19:00:00.250-05:00')?.toISOString(),
      '2026-11-20T00:00:00.250Z',
    );
    // An unencoded + in a query string arrives as a space.
    assert.equal(parseW3cDateTime('2026-11-20T08:00:00 08:00')?.toISOString(), '2026-11-20T00:00:00.000Z');
  });
  it('refuses a missing zone, a date alone, impossible dates and other text', () => {
    for (const bad of [
      '2026-11-20T08:00:00',
      '2026-11-20',
      '2026-02-30T00:00:00Z',
      '2026-11-20T24:00:00Z',
      '2026-11-20T08:00:00+15:00',
      '20261120T080000Z',
      'yesterday',
      '',
    ])
      assert.equal(parseW3cDateTime(bad), undefined, bad);
  });
});

describe('the period of a request list', () => {
  it('is the last 90 days by default', () => {
    assert.deepEqual(requestWindow(undefined, undefined, now), {
      ok: true,
      from: new Date(now.getTime() - 90 * DAY),
      to: now,
    });
  });
  it('reaches 90 days from one end given alone', () => {
    const start = '2026-09-01T00:00:00Z';
    const w = requestWindow(start, undefined, now);
    assert.ok(w.ok && w.to.getTime() - w.from.getTime() === MAX_SPAN_DAYS * DAY);
    const e = requestWindow(undefined, start, now);
    assert.ok(e.ok && e.to.toISOString() === '2026-09-01T00:00:00.000Z');
  });
  it('allows exactly 90 days and refuses more, a reversed period and malformed dates', () => {
    assert.equal(requestWindow('2026-08-22T00:00:00Z', '2026-11-20T00:00:00Z', now).ok, true);
    const long = requestWindow('2026-08-21T23:59:59Z', '2026-11-20T00:00:00Z', now);
    assert.deepEqual(long, { ok: false, problems: [{ code: 'OPEN311_DATE_SPAN', params: { days: 90 } }] });
    assert.deepEqual(requestWindow('2026-11-20T00:00:00Z', '2026-11-19T00:00:00Z', now), {
      ok: false,
      problems: [{ code: 'OPEN311_DATE_ORDER' }],
    });
    const bad = requestWindow('nope', '2026-13-01T00:00:00Z', now);
    assert.deepEqual(bad.ok ? [] : bad.problems.map((p) => p.params?.name), ['start_date', 'end_date']);
  });
});
