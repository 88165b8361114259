import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scrubPublicText, titleFromDescription } from './public-text.ts';

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

  it('titles a case with the start of its description, on one line', () => {
    assert.equal(titleFromDescription('井盖缺失'), '井盖缺失');
    const long = `文化东路与历山路交叉口西侧人行道上的雨水井盖\n缺失，夜间行人容易踩空，已有老人差点摔倒，请尽快处理`;
    const title = titleFromDescription(long);
    assert.equal([...title].length, 31);
    assert.ok(title.endsWith('…') && !title.includes('\n'));
  });

  it('blots out a number in the title before cutting it', () => {
    const title = titleFromDescription('小区东门垃圾桶满溢，垃圾散落一地，联系电话13811112222');
    assert.doesNotMatch(title, /\d{3,}/);
    assert.ok(title.endsWith('…'));
  });
});
