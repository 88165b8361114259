import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { searchText, segment } from './search-text.ts';

describe('Chinese segmentation for search', () => {
  it('keeps the domain’s words whole', () => {
    assert.deepEqual(segment('路灯不亮'), ['路灯', '不亮']);
    assert.ok(segment('楼道里堆满杂物，消防通道堵了').includes('消防通道'));
    assert.ok(segment('网格员上报占道经营').includes('占道经营'));
  });
  it('drops punctuation and joins parts with spaces', () => {
    assert.equal(searchText('路灯不亮！', null, '文化东路'), '路灯 不亮 文化 东路');
  });
});
