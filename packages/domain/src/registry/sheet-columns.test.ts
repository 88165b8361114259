import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCount, parseDecimal, parseYesNo } from './sheet-columns.ts';

test('yes/no cells: the usual spellings, blank as null, anything else invalid', () => {
  for (const v of ['是', '有', 'Yes', 'TRUE', '1']) assert.equal(parseYesNo(v), true, v);
  for (const v of ['否', '无', 'no', '0']) assert.equal(parseYesNo(v), false, v);
  assert.equal(parseYesNo(null), null);
  assert.equal(parseYesNo('也许'), 'invalid');
});

test('counts accept thousands separators and Excel’s .0, refuse fractions and words', () => {
  assert.equal(parseCount('1,200'), 1200);
  assert.equal(parseCount('12.0'), 12);
  assert.equal(parseCount(null), null);
  assert.equal(parseCount('12.5'), 'invalid');
  assert.equal(parseCount('十二'), 'invalid');
  assert.equal(parseCount('-3'), 'invalid');
});

test('decimals accept a unit after the number, refuse anything else', () => {
  assert.equal(parseDecimal('85.50'), 85.5);
  assert.equal(parseDecimal('1,085.5㎡'), 1085.5);
  assert.equal(parseDecimal('90 平方米'), 90);
  assert.equal(parseDecimal('约90'), 'invalid');
  assert.equal(parseDecimal(null), null);
});
