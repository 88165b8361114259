import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { afterFailure, lockRemainingMs, type ThrottleState, USERNAME_THROTTLE } from './throttle.ts';

const t0 = new Date('2026-11-21T08:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe('login throttle', () => {
  it('locks a key on the fifth failure within the window, for 15 minutes', () => {
    let s: ThrottleState | undefined;
    for (let i = 0; i < 4; i++) s = afterFailure(s, at(i), USERNAME_THROTTLE);
    assert.equal(lockRemainingMs(s, at(4)), 0);
    s = afterFailure(s, at(4), USERNAME_THROTTLE);
    assert.equal(lockRemainingMs(s, at(4)), 15 * 60_000);
    assert.equal(lockRemainingMs(s, at(18)), 60_000);
    assert.equal(lockRemainingMs(s, at(19)), 0);
  });

  it('forgets failures older than the window', () => {
    let s: ThrottleState | undefined;
    for (let i = 0; i < 4; i++) s = afterFailure(s, at(i), USERNAME_THROTTLE);
    s = afterFailure(s, at(20), USERNAME_THROTTLE);
    assert.equal(s.failures, 1);
    assert.equal(lockRemainingMs(s, at(20)), 0);
  });

  it('has no lock for an unknown key', () => {
    assert.equal(lockRemainingMs(undefined, t0), 0);
  });
});
