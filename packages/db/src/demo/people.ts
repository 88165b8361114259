/** Deterministic, made-up Chinese personal names for demo staff and residents. */
import { pick, type Random } from './prng.ts';

/** Common surnames, the most frequent (in Shandong as nationally) listed more than once to weigh them. */
const SURNAMES = [
  ...'王王王李李李张张张刘刘陈陈杨杨赵赵孙孙徐马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁',
  ...'潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石贾夏付方白邹孟熊秦邱江尹薛闫段雷侯史',
  ...'陶贺顾毛郝龚邵万钱严武戴孔汤庞樊兰殷施牛房鞠宫仇',
];

const GIVEN = [
  ...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰玉华红梅建国志文海燕晓东俊峰德福丹宁',
  ...'雪琳颖婷欣怡浩然子涵宇轩博雅思远佳琪嘉欣鹏飞慧君立新振兴凤琴淑珍春生秋菊',
];

/**
 * Returns a function giving a new name on every call (one- or two-character given names), never the same
 * twice, so two people on one screen are never confused.
 */
export function createNamer(random: Random): () => string {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const given = random() < 0.3 ? pick(random, GIVEN) : pick(random, GIVEN) + pick(random, GIVEN);
      const name = pick(random, SURNAMES) + given;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}
