import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  hashPassword,
  hashPasswordAsync,
  passwordProblem,
  verifyPassword,
  verifyPasswordAsync,
} from './password.ts';

describe('password', () => {
  const stored = hashPassword('Wangge2026');
  it('verifies the right password and rejects others', () => {
    assert.equal(verifyPassword('Wangge2026', stored), true);
    assert.equal(verifyPassword('wangge2026', stored), false);
    assert.equal(verifyPassword('', stored), false);
  });
  it('verifies asynchronously with the same result', async () => {
    assert.equal(await verifyPasswordAsync('Wangge2026', stored), true);
    assert.equal(await verifyPasswordAsync('Wangge2027', stored), false);
    assert.equal(verifyPassword('Wangge2026', await hashPasswordAsync('Wangge2026')), true);
  });
  it('salts every hash', () => {
    assert.notEqual(hashPassword('Wangge2026'), stored);
  });
  it('rejects a malformed stored hash instead of throwing', () => {
    assert.equal(verifyPassword('x', 'md5$abc'), false);
  });
  it('states the rule a weak password breaks', () => {
    assert.equal(passwordProblem('abc1'), 'too_short');
    assert.equal(passwordProblem('abcdefghij'), 'too_simple');
    assert.equal(passwordProblem('abcdefgh12'), null);
  });
});
