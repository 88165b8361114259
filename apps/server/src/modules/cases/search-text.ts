import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/**
 * Words of the governance domain that jieba's default dictionary splits wrongly (路灯不亮 → 路 / 灯不亮).
 * Raw pg_trgm finds nothing in unsegmented Chinese (STACK-NOTES §1), so cases store their text
 * segmented, words separated by spaces, and queries are segmented the same way.
 */
const DOMAIN_WORDS = [
  '路灯',
  '井盖',
  '占道经营',
  '网格员',
  '网格长',
  '暴露垃圾',
  '乱堆物料',
  '消防通道',
  '高空抛物',
  '电动车',
  '充电桩',
  '私搭乱建',
  '违章建筑',
  '噪音扰民',
  '油烟扰民',
  '下水道',
  '化粪池',
  '垃圾桶',
  '楼道',
  '单元门',
  '物业',
  '业委会',
  '电梯',
  '漏水',
  '停车',
  '共享单车',
  '流浪狗',
  '绿化带',
  '树木',
  '积水',
  '不亮',
  '堵塞',
  '破损',
  '脱落',
  '异味',
  '渗漏',
  '12345',
  '微心愿',
  '邻里纠纷',
  '家庭纠纷',
  '独居老人',
  '低保',
];

let jieba: Jieba | undefined;
function segmenter(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    jieba.loadDict(Buffer.from(DOMAIN_WORDS.map((w) => `${w} 200000 n`).join('\n')));
  }
  return jieba;
}

const PUNCTUATION = /^[\s\p{P}\p{S}]+$/u;

/** The words of a text, segmented, lower-cased, without punctuation. */
export function segment(text: string): string[] {
  return segmenter()
    .cut(text, true)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w.length > 0 && !PUNCTUATION.test(w));
}

/** The `search_text` of a case: its words separated by spaces (indexed with pg_trgm). */
export const searchText = (...parts: Array<string | null | undefined>) =>
  segment(parts.filter(Boolean).join(' ')).join(' ');
