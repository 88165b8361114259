import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maskIdNumber } from '../codes/id-number.ts';
import { diffFields } from './changes.ts';
import { maskAnyPhone } from './phone.ts';

const masks = { idNumber: maskIdNumber, phone: maskAnyPhone };

test('only changed fields are listed, personal numbers as masks', () => {
  const changes = diffFields(
    { name: '张三', phone: '13805315678', idNumber: '37010219900307123X', areaM2: '86.50', tags: ['a'] },
    { name: '张三丰', phone: '13905315678', idNumber: '37010219900307123X', areaM2: 86.5, tags: ['a'] },
    { masks },
  );
  assert.deepEqual(changes, [
    { field: 'name', old: '张三', new: '张三丰' },
    { field: 'phone', old: '138****5678', new: '139****5678', masked: true },
  ]);
  assert.doesNotMatch(JSON.stringify(changes), /13805315678|13905315678/);
});

test('a new record lists every field it has', () => {
  assert.deepEqual(
    diffFields(null, { name: '李四', phone: null, idNumber: '37010219900307123X' }, { masks }),
    [
      { field: 'name', old: null, new: '李四' },
      { field: 'idNumber', old: null, new: '370102********123X', masked: true },
    ],
  );
});

test('null and undefined are the same absence; arrays compare by content', () => {
  assert.deepEqual(diffFields({ a: null, b: [1, 2] }, { a: undefined, b: [1, 2] }), []);
  assert.deepEqual(diffFields({ b: [1, 2] }, { b: [2, 1] }), [{ field: 'b', old: [1, 2], new: [2, 1] }]);
});
