import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type ClassifiableCategory,
  normalizeForMatching,
  rankCategories,
  scoreCategory,
} from './classify.ts';

const CATEGORIES: ClassifiableCategory[] = [
  { code: '01006', name: '路灯井盖异常', keywords: ['路灯井盖', '井盖'] },
  { code: '01037', name: '路灯异常', keywords: ['路灯', '路灯不亮', '灯不亮'] },
  { code: '06010', name: '暴露垃圾', keywords: ['暴露垃圾', '垃圾', '乱扔垃圾'] },
  { code: '06036', name: '乱堆杂物', keywords: ['乱堆杂物', '杂物', '乱堆'] },
  { code: '09012', name: '占用消防通道', keywords: ['占用消防通道', '消防通道'] },
  { code: 'AQ01', name: '消防通道堵塞', keywords: ['消防通道', '消防通道堵', '杂物'] },
  { code: '07001', name: '非法小广告', keywords: ['小广告', 'SOS'] },
];

describe('normalizeForMatching', () => {
  it('folds full-width forms and case, and drops whitespace', () => {
    assert.equal(normalizeForMatching(' 路灯（坏了） ＳＯＳ\n'), '路灯(坏了)sos');
  });
});

describe('scoreCategory', () => {
  it('weighs each word found by its length squared, longest first', () => {
    assert.deepEqual(scoreCategory('路灯不亮了', CATEGORIES[1]!), {
      code: '01037',
      score: 16 + 9 + 4,
      matched: ['路灯不亮', '灯不亮', '路灯'],
    });
    assert.equal(scoreCategory('路灯不亮了', CATEGORIES[0]!).score, 0);
  });

  it('counts the name itself, with or without 异常', () => {
    assert.deepEqual(scoreCategory('路灯异常', { code: 'x', name: '路灯异常', keywords: [] }).matched, [
      '路灯异常',
      '路灯',
    ]);
  });
});

describe('rankCategories', () => {
  it('puts the street light first for a light that is out', () => {
    const ranked = rankCategories('路灯不亮了', CATEGORIES);
    assert.equal(ranked[0]?.code, '01037');
    assert.equal(ranked.length, 1);
  });

  it('ranks the blocked fire lane above the generic matches', () => {
    const ranked = rankCategories('楼道里堆满杂物，消防通道堵了', CATEGORIES);
    assert.deepEqual(
      ranked.map((r) => r.code),
      ['AQ01', '09012', '06036'],
    );
  });

  it('breaks ties by the longer best word, then by code', () => {
    const ranked = rankCategories('垃圾', [
      { code: 'B', name: '乙', keywords: ['垃圾'] },
      { code: 'A', name: '甲', keywords: ['垃圾'] },
    ]);
    assert.deepEqual(
      ranked.map((r) => r.code),
      ['A', 'B'],
    );
  });

  it('matches Latin keywords case-insensitively and full-width text', () => {
    assert.equal(rankCategories('路口有个ｓｏｓ报警点', CATEGORIES)[0]?.code, '07001');
  });

  it('returns nothing for empty text, no hits or a zero limit, and at most limit items', () => {
    assert.deepEqual(rankCategories('   ', CATEGORIES), []);
    assert.deepEqual(rankCategories('今天天气很好', CATEGORIES), []);
    assert.deepEqual(rankCategories('路灯不亮', CATEGORIES, 0), []);
    assert.equal(rankCategories('乱扔垃圾还乱堆杂物，路灯不亮，消防通道', CATEGORIES, 2).length, 2);
  });
});
