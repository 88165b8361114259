import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isHttpUrl, maskEmail, nameOf, phoneOf, titleOf } from './values.ts';

describe('what a case keeps of an Open311 form', () => {
  it('titles a case with the start of its description, on one line', () => {
    assert.equal(titleOf('井盖缺失'), '井盖缺失');
    const long = `文化东路与历山路交叉口西侧人行道上的雨水井盖\n缺失，夜间行人容易踩空，已有老人差点摔倒，请尽快处理`;
    const title = titleOf(long);
    assert.equal([...title].length, 31);
    assert.ok(title.endsWith('…') && !title.includes('\n'));
  });
  it('writes Chinese names family name first, others given name first', () => {
    assert.equal(nameOf('小明', '王'), '王小明');
    assert.equal(nameOf('Jane', 'Doe'), 'Jane Doe');
    assert.equal(nameOf(undefined, 'Doe'), 'Doe');
    assert.equal(nameOf(undefined, undefined), undefined);
  });
  it('keeps mainland phone numbers only, without +86', () => {
    assert.equal(phoneOf('+86 138 1234 5678'), '13812345678');
    assert.equal(phoneOf('0531-88776655'), '0531-88776655');
    assert.equal(phoneOf('+1 415 555 0100'), undefined);
    assert.equal(phoneOf(undefined), undefined);
  });
  it('masks an email address, and accepts http(s) media URLs only', () => {
    assert.equal(maskEmail('zhang.san@example.com'), 'z***@example.com');
    assert.ok(isHttpUrl('https://example.com/a.jpg'));
    assert.ok(!isHttpUrl('javascript:alert(1)'));
    assert.ok(!isHttpUrl('not a url'));
  });
});
