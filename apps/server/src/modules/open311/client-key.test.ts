import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { hashKey, looksLikeKey, newClientKey } from './client-key.ts';

describe('Open311 client keys', () => {
  it('are 32 random bytes in base64url after wg_, stored as a sha256 and an 8-character prefix', () => {
    const a = newClientKey();
    const b = newClientKey();
    assert.match(a.key, /^wg_[A-Za-z0-9_-]{43}$/);
    assert.equal(Buffer.from(a.key.slice(3), 'base64url').length, 32);
    assert.notEqual(a.key, b.key);
    assert.equal(a.hash, createHash('sha256').update(a.key).digest('hex'));
    assert.equal(a.hash, hashKey(a.key));
    assert.equal(a.prefix, a.key.slice(0, 8));
    assert.ok(looksLikeKey(a.key));
    for (const bad of ['', 'wg_short', a.key.slice(3), `${a.key}x`, a.key.replace('wg_', 'xx_')])
      assert.ok(!looksLikeKey(bad), bad);
  });
});
