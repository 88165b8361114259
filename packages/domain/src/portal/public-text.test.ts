import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scrubPublicText } from './public-text.ts';

describe('public text', () => {
  it('blots out phone numbers, ID numbers and long digit runs', () => {
    const s = scrubPublicText(
      '张先生13812345678，身份证37010219900307123X，座机0531-88776655，卡号6222020202020202',
    );
    assert.doesNotMatch(s, /\d{5,}/);
    assert.match(s, /^张先生\*+，身份证\*+，座机\*+，卡号\*+$/);
  });

  it('catches a number cut short by a title', () => {
    assert.equal(scrubPublicText('联系电话138111122…'), '联系电话*********…');
  });

  it('catches spaced mobile numbers and leaves ordinary numbers alone', () => {
    assert.equal(scrubPublicText('电话 138 1234 5678'), '电话 ***********');
    assert.equal(
      scrubPublicText('3号楼2单元门口有2个井盖松动，已有10天'),
      '3号楼2单元门口有2个井盖松动，已有10天',
    );
  });
});
