import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMobile, maskPhone } from './phone.ts';
import { checkCode, cooldownLeft, SMS_CODE } from './sms-code.ts';

const now = new Date('2026-11-21T08:00:00Z');
const same = (a: string, b: string) => a === b;
const stored = { codeHash: 'h', sentAt: now, expiresAt: new Date(now.getTime() + 300_000), attempts: 0 };

describe('SMS codes', () => {
  it('accepts the right code in time, and says why any other is refused', () => {
    assert.equal(checkCode(stored, 'h', now, same), 'ok');
    assert.equal(checkCode(stored, 'x', now, same), 'wrong');
    assert.equal(checkCode(undefined, 'h', now, same), 'none');
    assert.equal(checkCode(stored, 'h', stored.expiresAt, same), 'expired');
    assert.equal(checkCode({ ...stored, attempts: SMS_CODE.maxAttempts }, 'h', now, same), 'too_many');
  });

  it('lets a new code go out only after a minute', () => {
    assert.equal(cooldownLeft(undefined, now), 0);
    assert.equal(cooldownLeft(stored, new Date(now.getTime() + 1_000)), 59);
    assert.equal(cooldownLeft(stored, new Date(now.getTime() + 60_000)), 0);
  });
});

describe('phone numbers', () => {
  it('knows a mainland mobile number', () => {
    assert.ok(isMobile('13812345678'));
    for (const bad of ['12812345678', '1381234567', '138123456789', '+8613812345678', '0531-8877665'])
      assert.ok(!isMobile(bad), bad);
  });
  it('masks the middle four digits', () => {
    assert.equal(maskPhone('13812345678'), '138****5678');
  });
});
