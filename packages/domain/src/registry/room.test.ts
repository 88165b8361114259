import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRoomNo, validAreaM2 } from './room.ts';

test('door numbers give their floor', () => {
  assert.deepEqual(parseRoomNo('302'), { ok: true, roomNo: '302', floor: 3 });
  assert.deepEqual(parseRoomNo(1502), { ok: true, roomNo: '1502', floor: 15 });
  assert.deepEqual(parseRoomNo(' b-101 '), { ok: true, roomNo: 'B-101', floor: null });
  assert.deepEqual(parseRoomNo('0012'), { ok: true, roomNo: '0012', floor: null });
});

test('anything that is not a door number is refused', () => {
  for (const v of ['', '3 02', '三零二', '-101', 'A'.repeat(13), null, {}])
    assert.deepEqual(parseRoomNo(v), { ok: false, error: 'ROOM_NO_INVALID' });
});

test('areas are positive with at most two decimals', () => {
  assert.equal(validAreaM2(86.5), true);
  assert.equal(validAreaM2(86.55), true);
  assert.equal(validAreaM2(0.29), true);
  assert.equal(validAreaM2(1.13), true);
  assert.equal(validAreaM2(86.555), false);
  assert.equal(validAreaM2(0), false);
  assert.equal(validAreaM2(Number.NaN), false);
});
