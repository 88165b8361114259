/** Deterministic, made-up Chinese personal names for demo staff and residents. */
import { pick, type Random } from './prng.ts';

/** Common surnames, the most frequent (in Shandong as nationally) listed more than once to weigh them. */
const SURNAMES = [
  ...'王王王李李李张张张刘刘陈陈杨杨赵赵孙孙徐马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁',
  ...'潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石贾夏付方白邹孟熊秦邱江尹薛闫段雷侯史',
  ...'陶贺顾毛郝龚邵万钱严武戴孔汤庞樊兰殷施牛房鞠宫仇',
];

/** Whole given names (two characters, or one below), so that no odd pair of characters comes out. */
const GIVEN_TWO = [
  '秀英',
  '桂兰',
  '玉兰',
  '淑珍',
  '凤英',
  '秀兰',
  '建国',
  '建华',
  '国庆',
  '志强',
  '志刚',
  '永刚',
  '海燕',
  '晓东',
  '晓燕',
  '丽娟',
  '俊峰',
  '德福',
  '文静',
  '雪梅',
  '春生',
  '秋菊',
  '立新',
  '振华',
  '红梅',
  '明辉',
  '鹏飞',
  '子涵',
  '浩然',
  '宇轩',
  '佳琪',
  '欣怡',
  '雨桐',
  '思远',
  '博文',
  '嘉怡',
  '一鸣',
  '梓萱',
  '晨阳',
  '心怡',
  '家豪',
  '美玲',
  '玉珍',
  '凤琴',
  '金凤',
  '宏伟',
  '卫东',
  '新民',
  '爱华',
  '丽华',
  '庆丰',
  '广明',
  '传海',
  '连生',
  '长青',
  '瑞雪',
  '婷婷',
  '晶晶',
  '亚楠',
  '晓峰',
  '文博',
  '振宇',
  '梦瑶',
  '嘉宁',
  '少华',
  '兆祥',
  '元勋',
  '以宁',
  '书瑶',
  '若曦',
];
const GIVEN_ONE = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚燕鹏辉玲桐琳颖欣浩宁'];

/**
 * Returns a function giving a new name on every call (one- or two-character given names), never the same
 * twice, so two people on one screen are never confused.
 */
export function createNamer(random: Random): () => string {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const given = random() < 0.3 ? pick(random, GIVEN_ONE) : pick(random, GIVEN_TWO);
      const name = pick(random, SURNAMES) + given;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}
