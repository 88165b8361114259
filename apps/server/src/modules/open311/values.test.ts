import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isHttpUrl, maskEmail, nameOf, phoneOf } from './values.ts';

describe('what a case keeps of an Open311 form', () => {
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
