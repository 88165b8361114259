import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hit, verdict } from './rate-limit.ts';

const rule = { limit: 3, windowSeconds: 60 };
const t0 = new Date('2026-11-21T08:00:00Z');
const at = (s: number) => new Date(t0.getTime() + s * 1000);

describe('rate limits', () => {
  it('counts hits in one window and refuses the one over the limit, saying when to retry', () => {
    let w = hit(undefined, t0, rule);
    for (const s of [10, 20]) w = hit(w, at(s), rule);
    assert.deepEqual(verdict(w, at(20), rule), { ok: true });
    w = hit(w, at(30), rule);
    assert.equal(w.count, 4);
    assert.deepEqual(verdict(w, at(30), rule), { ok: false, retryAfterSeconds: 30 });
  });

  it('starts a new window once the old one has run out', () => {
    const w = hit({ windowStart: t0, count: 99 }, at(60), rule);
    assert.deepEqual(w, { windowStart: at(60), count: 1 });
    assert.deepEqual(verdict(w, at(60), rule), { ok: true });
  });

  it('never asks to retry in less than a second', () => {
    assert.deepEqual(verdict({ windowStart: t0, count: 4 }, at(59.999), rule), {
      ok: false,
      retryAfterSeconds: 1,
    });
  });
});
