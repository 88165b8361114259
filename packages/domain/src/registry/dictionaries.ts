/**
 * The code tables of the registry (双实). Codes follow the national standards as gathered in
 * STANDARDS.md §2 (GB/T 2261.1 sex, GB/T 3304 ethnicity, GB/T 2261.2 marital status, GB/T 4762
 * political status, GB/T 4658 education, GA 214.12 religion, GB/T 4761 family relation); where no
 * standard list was found (reasons for moving, room use, rental status …) the codes are our own and
 * say so. Spreadsheets may give either the code or the Chinese label: `codeOf` accepts both.
 */

export interface DictEntry {
  code: string;
  'zh-CN': string;
  en: string;
}

const d = (code: string, zh: string, en: string): DictEntry => ({ code, 'zh-CN': zh, en });

/** GB/T 2261.1 */
export const SEX = [
  d('1', '男', 'Male'),
  d('2', '女', 'Female'),
  d('0', '未知', 'Unknown'),
  d('9', '未说明', 'Not stated'),
];

/** GB/T 3304: the 56 ethnic groups, 97 other, 98 of foreign origin. */
export const ETHNICITY = [
  ['01', '汉族', 'Han'],
  ['02', '蒙古族', 'Mongol'],
  ['03', '回族', 'Hui'],
  ['04', '藏族', 'Tibetan'],
  ['05', '维吾尔族', 'Uyghur'],
  ['06', '苗族', 'Miao'],
  ['07', '彝族', 'Yi'],
  ['08', '壮族', 'Zhuang'],
  ['09', '布依族', 'Buyei'],
  ['10', '朝鲜族', 'Korean'],
  ['11', '满族', 'Manchu'],
  ['12', '侗族', 'Dong'],
  ['13', '瑶族', 'Yao'],
  ['14', '白族', 'Bai'],
  ['15', '土家族', 'Tujia'],
  ['16', '哈尼族', 'Hani'],
  ['17', '哈萨克族', 'Kazakh'],
  ['18', '傣族', 'Dai'],
  ['19', '黎族', 'Li'],
  ['20', '傈僳族', 'Lisu'],
  ['21', '佤族', 'Wa'],
  ['22', '畲族', 'She'],
  ['23', '高山族', 'Gaoshan'],
  ['24', '拉祜族', 'Lahu'],
  ['25', '水族', 'Sui'],
  ['26', '东乡族', 'Dongxiang'],
  ['27', '纳西族', 'Nakhi'],
  ['28', '景颇族', 'Jingpo'],
  ['29', '柯尔克孜族', 'Kyrgyz'],
  ['30', '土族', 'Tu'],
  ['31', '达斡尔族', 'Daur'],
  ['32', '仫佬族', 'Mulao'],
  ['33', '羌族', 'Qiang'],
  ['34', '布朗族', 'Blang'],
  ['35', '撒拉族', 'Salar'],
  ['36', '毛南族', 'Maonan'],
  ['37', '仡佬族', 'Gelao'],
  ['38', '锡伯族', 'Xibe'],
  ['39', '阿昌族', 'Achang'],
  ['40', '普米族', 'Pumi'],
  ['41', '塔吉克族', 'Tajik'],
  ['42', '怒族', 'Nu'],
  ['43', '乌孜别克族', 'Uzbek'],
  ['44', '俄罗斯族', 'Russian'],
  ['45', '鄂温克族', 'Evenki'],
  ['46', '德昂族', 'Deang'],
  ['47', '保安族', 'Bonan'],
  ['48', '裕固族', 'Yugur'],
  ['49', '京族', 'Gin'],
  ['50', '塔塔尔族', 'Tatar'],
  ['51', '独龙族', 'Derung'],
  ['52', '鄂伦春族', 'Oroqen'],
  ['53', '赫哲族', 'Hezhen'],
  ['54', '门巴族', 'Monba'],
  ['55', '珞巴族', 'Lhoba'],
  ['56', '基诺族', 'Jino'],
  ['97', '其他', 'Other'],
  ['98', '外国血统中国籍人士', 'Chinese citizen of foreign origin'],
].map(([code, zh, en]) => d(code!, zh!, en!));

/** GB/T 2261.2 */
export const MARITAL_STATUS = [
  d('10', '未婚', 'Single'),
  d('20', '已婚', 'Married'),
  d('21', '初婚', 'First marriage'),
  d('22', '再婚', 'Remarried'),
  d('23', '复婚', 'Remarried to former spouse'),
  d('30', '丧偶', 'Widowed'),
  d('40', '离婚', 'Divorced'),
  d('90', '未说明', 'Not stated'),
];

/** GB/T 4762 */
export const POLITICAL_STATUS = [
  d('01', '中共党员', 'CPC member'),
  d('02', '中共预备党员', 'CPC probationary member'),
  d('03', '共青团员', 'CYL member'),
  d('04', '民革党员', 'RCCK member'),
  d('05', '民盟盟员', 'CDL member'),
  d('06', '民建会员', 'CNDCA member'),
  d('07', '民进会员', 'CAPD member'),
  d('08', '农工党党员', 'CPWDP member'),
  d('09', '致公党党员', 'CZGP member'),
  d('10', '九三学社社员', 'Jiusan Society member'),
  d('11', '台盟盟员', 'TDSL member'),
  d('12', '无党派人士', 'Without party affiliation'),
  d('13', '群众', 'Ordinary citizen'),
];

/** Party members in the sense of 双报到: full and probationary CPC members. */
export const PARTY_MEMBER_STATUSES = ['01', '02'];

/** GB/T 4658 (first level). */
export const EDUCATION = [
  d('10', '研究生', 'Postgraduate'),
  d('20', '大学本科', 'Bachelor'),
  d('30', '大学专科', 'College'),
  d('40', '中等职业教育', 'Secondary vocational'),
  d('60', '普通高级中学', 'Senior high school'),
  d('70', '初级中学', 'Junior high school'),
  d('80', '小学', 'Primary school'),
  d('90', '其他', 'Other'),
];

/** GA 214.12 */
export const RELIGION = [
  d('00', '无宗教信仰', 'None'),
  d('10', '佛教', 'Buddhism'),
  d('20', '喇嘛教', 'Tibetan Buddhism'),
  d('30', '道教', 'Taoism'),
  d('40', '天主教', 'Catholicism'),
  d('50', '基督教', 'Protestantism'),
  d('60', '东正教', 'Orthodox Christianity'),
  d('70', '伊斯兰教', 'Islam'),
  d('99', '其他', 'Other'),
];

/** GB/T 4761 family relations, as implementations use them (the first level). */
export const RELATION_TO_HEAD = [
  d('02', '户主', 'Head of household'),
  d('10', '配偶', 'Spouse'),
  d('20', '子', 'Son'),
  d('30', '女', 'Daughter'),
  d('40', '孙子女', 'Grandchild'),
  d('50', '父母', 'Parent'),
  d('60', '祖父母', 'Grandparent'),
  d('70', '兄弟姐妹', 'Sibling'),
  d('80', '其他亲属', 'Other relative'),
  d('99', '非亲属', 'Not related'),
];

/** Residency type (实有人口 subtypes): registered 户籍, migrant 流动, overseas 境外. Our codes. */
export const RESIDENCY_TYPE = [
  d('registered', '户籍人口', 'Registered resident'),
  d('migrant', '流动人口', 'Migrant'),
  d('overseas', '境外人员', 'Overseas person'),
];
export type ResidencyType = 'registered' | 'migrant' | 'overseas';

/** 流入原因 (migrants); no standard list was found (STANDARDS.md §2 gap): our codes. */
export const MIGRANT_REASON = [
  d('work', '务工', 'Work'),
  d('business', '经商', 'Business'),
  d('family', '投靠亲友', 'Joining family'),
  d('study', '学习培训', 'Study or training'),
  d('marriage', '婚嫁', 'Marriage'),
  d('medical', '就医', 'Medical treatment'),
  d('other', '其他', 'Other'),
];

/** 办证类型 (migrants' residence permit); our codes. */
export const PERMIT_TYPE = [
  d('permit', '居住证', 'Residence permit'),
  d('registration', '居住登记', 'Residence registration'),
  d('none', '未办理', 'None'),
];

/** Identity documents (GA/T 517 证件代码, the ones seen in practice). */
export const ID_DOCUMENT_TYPE = [
  d('111', '居民身份证', 'Resident identity card'),
  d('414', '普通护照', 'Passport'),
  d('516', '港澳居民来往内地通行证', 'Mainland travel permit (HK/Macao)'),
  d('511', '台湾居民来往大陆通行证', 'Mainland travel permit (Taiwan)'),
  d('553', '外国人永久居留身份证', 'Foreign permanent resident ID card'),
  d('990', '其他证件', 'Other document'),
];
/** The resident identity card: the only document checked against GB 11643. */
export const RESIDENT_ID_CARD = '111';

/** 房屋用途 (room use); our codes. */
export const ROOM_USE = [
  d('residential', '住宅', 'Residential'),
  d('commercial', '商业', 'Commercial'),
  d('office', '办公', 'Office'),
  d('mixed', '商住两用', 'Mixed'),
  d('storage', '仓储', 'Storage'),
  d('other', '其他', 'Other'),
];

/** 出租情况 (rental status); our codes. */
export const RENTAL_STATUS = [
  d('owner', '自住', 'Owner-occupied'),
  d('rented', '出租', 'Rented out'),
  d('shared', '合租', 'Shared rental'),
  d('vacant', '空置', 'Vacant'),
  d('other', '其他', 'Other'),
];

/** Organisation kinds (DOMAIN.md §4). */
export const ORG_KIND = [
  d('company', '企业', 'Company'),
  d('individual', '个体工商户', 'Individual business'),
  d('social', '社会组织', 'Social organisation'),
  d('public', '机关事业单位', 'Public unit'),
  d('property', '物业服务企业', 'Property management company'),
  d('owners_committee', '业主委员会', "Owners' committee"),
  d('other', '其他', 'Other'),
];

export const DICTIONARIES = {
  sex: SEX,
  ethnicity: ETHNICITY,
  maritalStatus: MARITAL_STATUS,
  politicalStatus: POLITICAL_STATUS,
  education: EDUCATION,
  religion: RELIGION,
  relationToHead: RELATION_TO_HEAD,
  residencyType: RESIDENCY_TYPE,
  migrantReason: MIGRANT_REASON,
  permitType: PERMIT_TYPE,
  idDocumentType: ID_DOCUMENT_TYPE,
  roomUse: ROOM_USE,
  rentalStatus: RENTAL_STATUS,
  orgKind: ORG_KIND,
} as const;
export type DictionaryName = keyof typeof DICTIONARIES;

export const dictCodes = (name: DictionaryName): string[] => DICTIONARIES[name].map((e) => e.code);

/** The code of a value given as a code or a label in either language (spreadsheets carry labels). */
export function codeOf(name: DictionaryName, value: string): string | undefined {
  const v = value.trim();
  for (const e of DICTIONARIES[name] as readonly DictEntry[]) {
    if (e.code === v || e['zh-CN'] === v || e.en.toLowerCase() === v.toLowerCase()) return e.code;
  }
  return undefined;
}

export function dictLabel(
  name: DictionaryName,
  code: string | null | undefined,
  locale: 'zh-CN' | 'en',
): string {
  if (code == null) return '';
  const e = (DICTIONARIES[name] as readonly DictEntry[]).find((x) => x.code === code);
  return e ? e[locale] : code;
}
