import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maskAnyPhone, normalizePhone } from './phone.ts';

test('mobiles lose decoration and a +86 prefix', () => {
  for (const v of ['13805315678', '138 0531 5678', '+86 138-0531-5678', '008613805315678', '(138)05315678'])
    assert.deepEqual(normalizePhone(v), { ok: true, phone: '13805315678', kind: 'mobile' });
});

test('landlines keep their area code, joined by one dash, and an extension', () => {
  assert.deepEqual(normalizePhone('0531-86012345'), { ok: true, phone: '0531-86012345', kind: 'landline' });
  assert.deepEqual(normalizePhone('053186012345'), { ok: true, phone: '0531-86012345', kind: 'landline' });
  assert.deepEqual(normalizePhone('(010) 6512 3456'), { ok: true, phone: '010-65123456', kind: 'landline' });
  assert.deepEqual(normalizePhone('0531-86012345-802'), {
    ok: true,
    phone: '0531-86012345-802',
    kind: 'landline',
  });
});

test('everything else is refused', () => {
  for (const v of [
    '12805315678',
    '1380531567',
    '138053156789',
    '86012345',
    'abc',
    '',
    '+1 415 555 0100',
    42,
    undefined,
  ])
    assert.deepEqual(normalizePhone(v), { ok: false, error: 'PHONE_INVALID' });
});

test('masks keep the first three and last four digits of a mobile, the area code and last four of a landline', () => {
  assert.equal(maskAnyPhone('13805315678'), '138****5678');
  assert.equal(maskAnyPhone('0531-86012345'), '0531-****2345');
  assert.equal(maskAnyPhone('0531-86012345-802'), '0531-****2345');
  assert.equal(maskAnyPhone('x1'), '**');
  assert.equal(maskAnyPhone('weird99'), '*****99');
});
