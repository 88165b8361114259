import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateRoomFields } from './room.ts';
import { matchRoomHeaders, ROOM_COLUMNS, roomRow } from './room-columns.ts';

test('room headers: the address is required, labels in either language match', () => {
  const m = matchRoomHeaders(['Building', '单元*', '房主电话']);
  assert.deepEqual(
    m.missing.map((c) => c.key),
    ['roomNo'],
  );
  assert.equal(m.index.get('ownerPhone'), 2);
});

test('a room row becomes its address and draft; a malformed area is flagged', () => {
  const headers = ROOM_COLUMNS.map((c) => c.zh);
  const { index } = matchRoomHeaders(headers);
  const cells = headers.map(() => '');
  cells[headers.indexOf('楼栋')] = ' 甸柳新村1号楼 ';
  cells[headers.indexOf('单元')] = '2';
  cells[headers.indexOf('房间号')] = '302';
  cells[headers.indexOf('房屋用途')] = '商住两用';
  cells[headers.indexOf('建筑面积')] = '约90';
  const r = roomRow(index, cells);
  assert.deepEqual(r.address, { building: '甸柳新村1号楼', unitNo: '2', roomNo: '302' });
  assert.equal(r.draft.use, '商住两用');
  assert.equal(r.draft.ownerName, null);
  assert.equal(r.areaInvalid, true);
});

test('room fields: labels become codes, blank use stays null, phone normalised', () => {
  const r = validateRoomFields({
    use: '商业',
    rentalStatus: 'Rented out',
    ownerPhone: '138 0000 1234',
    areaM2: 85.5,
  });
  assert.ok(r.ok);
  assert.deepEqual(r.values, {
    use: 'commercial',
    areaM2: 85.5,
    rentalStatus: 'rented',
    ownerName: null,
    ownerPhone: '13800001234',
    note: null,
  });
  assert.equal((validateRoomFields({}) as { values: { use: null } }).values.use, null);
});

test('room fields: every failure at once', () => {
  const r = validateRoomFields({
    use: '别墅',
    rentalStatus: '租',
    areaM2: 85.555,
    ownerPhone: '12345',
    ownerName: '张'.repeat(51),
  });
  assert.ok(!r.ok);
  assert.deepEqual(r.errors.map((e) => `${e.field}:${e.code}`).sort(), [
    'areaM2:NUMBER_INVALID',
    'ownerName:TOO_LONG',
    'ownerPhone:PHONE_INVALID',
    'rentalStatus:CODE_UNKNOWN',
    'use:CODE_UNKNOWN',
  ]);
});
