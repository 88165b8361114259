import assert from 'node:assert/strict';
import { test } from 'node:test';
import { usccCheckChar, validateUscc } from './uscc.ts';

test('published codes pass their check character', () => {
  // 91350100M000100Y43 is the example printed in GB 32100-2015 guides; the others are real registrations.
  for (const code of ['91350100M000100Y43', '91110000802100433B', '91440300708461136T'])
    assert.deepEqual(validateUscc(code), { ok: true, uscc: code });
});

test('lowercase and surrounding spaces are normalised', () => {
  assert.deepEqual(validateUscc(' 91350100m000100y43 '), { ok: true, uscc: '91350100M000100Y43' });
});

test('one changed character fails the check', () => {
  assert.deepEqual(validateUscc('91350100M000100Y44'), { ok: false, error: 'USCC_CHECKSUM' });
  assert.deepEqual(validateUscc('91350100M000101Y43'), { ok: false, error: 'USCC_CHECKSUM' });
});

test('letters outside the alphabet, wrong length and non-digit division codes are malformed', () => {
  for (const bad of ['91350100M0001O0Y43', '91350100M000100Y4', '9135010XM000100Y43', '', 42, null])
    assert.deepEqual(validateUscc(bad), { ok: false, error: 'USCC_MALFORMED' });
});

test('a weighted sum divisible by 31 gives the check character 0, not the 31st', () => {
  // 9137010200000000 + 3: weighted sum 372 = 12 × 31.
  assert.equal(usccCheckChar('91370102000000003'), '0');
  assert.equal(validateUscc('913701020000000030').ok, true);
});
