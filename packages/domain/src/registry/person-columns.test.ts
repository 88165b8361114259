import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchPersonHeaders, PERSON_COLUMNS, personRow } from './person-columns.ts';

test('headers match in Chinese or English, with or without the required mark', () => {
  const m = matchPersonHeaders(['姓名*', 'ID number', ' 居住类型 ', '楼栋', '备注', '姓名']);
  assert.equal(m.index.get('name'), 0);
  assert.equal(m.index.get('idNumber'), 1);
  assert.equal(m.index.get('residencyType'), 2);
  assert.equal(m.index.get('building'), 3);
  assert.deepEqual(m.unknown, ['备注']);
  assert.deepEqual(m.duplicated, ['姓名']);
  assert.deepEqual(m.missing, []);
});

test('missing required columns are named', () => {
  assert.deepEqual(
    matchPersonHeaders(['姓名']).missing.map((c) => c.key),
    ['idNumber', 'residencyType'],
  );
});

test('a row becomes a draft with blanks as null and 是/否 as booleans', () => {
  const headers = PERSON_COLUMNS.map((c) => c.zh);
  const { index } = matchPersonHeaders(headers);
  const cells = headers.map(() => '');
  cells[headers.indexOf('姓名')] = ' 张三 ';
  cells[headers.indexOf('人户一致')] = '是';
  cells[headers.indexOf('单元')] = '2';
  const r = personRow(index, cells);
  assert.equal(r.draft.name, '张三');
  assert.equal(r.draft.hukouConsistent, true);
  assert.equal(r.draft.phone, null);
  assert.equal(r.place.unitNo, '2');
  assert.equal(r.hukouConsistentInvalid, false);
  cells[headers.indexOf('人户一致')] = '也许';
  assert.equal(personRow(index, cells).hukouConsistentInvalid, true);
});

test('every column header is unique in both languages', () => {
  assert.equal(new Set(PERSON_COLUMNS.map((c) => c.zh)).size, PERSON_COLUMNS.length);
  assert.equal(new Set(PERSON_COLUMNS.map((c) => c.en.toLowerCase())).size, PERSON_COLUMNS.length);
});
