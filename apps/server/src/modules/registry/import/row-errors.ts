import type { Locale } from '../../../http/errors.ts';

/** Why a row was refused, in the report's language: the domain's field codes and the import's own. */
const TEXT: Record<string, { 'zh-CN': string; en: string }> = {
  REQUIRED: { 'zh-CN': '必填', en: 'Required' },
  TOO_LONG: { 'zh-CN': '内容过长', en: 'Too long' },
  CODE_UNKNOWN: {
    'zh-CN': '不是字典中的取值（见模板“字典”页）',
    en: 'Not a value of the dictionary (see the template)',
  },
  DATE_INVALID: {
    'zh-CN': '日期不正确（YYYY-MM-DD，不能晚于今天）',
    en: 'Not a valid date (YYYY-MM-DD, not in the future)',
  },
  DIVISION_CODE_INVALID: { 'zh-CN': '不是 6 位行政区划代码', en: 'Not a 6-digit division code' },
  PHONE_INVALID: { 'zh-CN': '电话号码不正确', en: 'Not a valid phone number' },
  ID_NUMBER_MALFORMED: {
    'zh-CN': '身份证号码格式不正确（18 位）',
    en: 'ID number malformed (18 characters)',
  },
  ID_NUMBER_ADDRESS_INVALID: { 'zh-CN': '身份证号码地址码不正确', en: 'ID number: unknown address code' },
  ID_NUMBER_BIRTH_DATE_INVALID: {
    'zh-CN': '身份证号码中的出生日期不存在',
    en: 'ID number: birth date does not exist',
  },
  ID_NUMBER_BIRTH_DATE_FUTURE: {
    'zh-CN': '身份证号码中的出生日期晚于今天',
    en: 'ID number: birth date in the future',
  },
  ID_NUMBER_CHECKSUM: {
    'zh-CN': '身份证号码校验位不正确（可能输错了）',
    en: 'ID number: check character wrong (a typo?)',
  },
  ID_TYPE_NOT_ALLOWED: {
    'zh-CN': '证件类型与居住类型不符（中国公民用居民身份证，境外人员用其他证件）',
    en: 'Document type does not fit the residency type',
  },
  SEX_MISMATCH: { 'zh-CN': '性别与身份证号码不一致', en: 'Sex contradicts the ID number' },
  BIRTH_DATE_MISMATCH: { 'zh-CN': '出生日期与身份证号码不一致', en: 'Birth date contradicts the ID number' },
  PERMIT_DATES_ORDER: { 'zh-CN': '截止日期早于起始日期', en: 'Ends before it starts' },
  NATIONALITY_INVALID: {
    'zh-CN': '国籍应为三位字母代码，如 KOR',
    en: 'Nationality must be a 3-letter code, e.g. KOR',
  },
  NOT_APPLICABLE: { 'zh-CN': '该居住类型不填此项', en: 'Not a field of this residency type' },
  BOOLEAN_INVALID: { 'zh-CN': '请填“是”或“否”', en: 'Write yes or no' },
  LOSSY_NUMBER: {
    'zh-CN': '单元格是数字格式，长号码已被 Excel 改变；请把该列设为文本后重新填写',
    en: 'The cell is a number and Excel changed the long number; format the column as text and type it again',
  },
  PLACE_REQUIRED: {
    'zh-CN': '请填楼栋、单元、房间号，或网格编码',
    en: 'Give building, unit and room, or a grid code',
  },
  GRID_UNKNOWN: {
    'zh-CN': '网格编码不存在或不在您的辖区',
    en: 'Unknown grid code, or outside your territory',
  },
  BUILDING_UNKNOWN: {
    'zh-CN': '楼栋不存在或不在您的辖区',
    en: 'Unknown building, or outside your territory',
  },
  BUILDING_AMBIGUOUS: {
    'zh-CN': '有多个同名楼栋，请填 18 位楼栋编码',
    en: 'Several buildings have this name: give the code',
  },
  UNIT_UNKNOWN: { 'zh-CN': '该楼栋没有这个单元', en: 'The building has no such unit' },
  UNIT_REQUIRED: {
    'zh-CN': '填了楼栋，请同时填单元和房间号',
    en: 'With a building, give the unit and the room',
  },
  ROOM_NO_INVALID: {
    'zh-CN': '房间号不正确（如 302、1502、B-101）',
    en: 'Not a room number (e.g. 302, 1502, B-101)',
  },
  GRID_MISMATCH: { 'zh-CN': '网格编码与楼栋所在网格不一致', en: 'The grid code is not the building’s grid' },
  HOUSEHOLD_NEEDS_ROOM: {
    'zh-CN': '填了户号，请同时填楼栋、单元和房间号',
    en: 'A household number needs building, unit and room',
  },
  DUPLICATE_IN_FILE: { 'zh-CN': '与第 {row} 行证件号码重复', en: 'Same ID number as row {row}' },
  DUPLICATE_ROOM_IN_FILE: { 'zh-CN': '与第 {row} 行是同一房屋', en: 'Same room as row {row}' },
  DUPLICATE_ORG_IN_FILE: {
    'zh-CN': '与第 {row} 行是同一单位（统一社会信用代码或网格内名称相同）',
    en: 'Same organisation as row {row} (credit code, or name in the grid)',
  },
  NUMBER_INVALID: { 'zh-CN': '数字不正确', en: 'Not a valid number' },
  USCC_MALFORMED: {
    'zh-CN': '统一社会信用代码格式不正确（18 位数字或大写字母）',
    en: 'Credit code malformed (18 digits or capital letters)',
  },
  USCC_CHECKSUM: {
    'zh-CN': '统一社会信用代码校验位不正确（可能输错了）',
    en: 'Credit code: check character wrong (a typo?)',
  },
  ROOM_DELETED: { 'zh-CN': '该房屋已删除', en: 'This room has been deleted' },
  ORG_ELSEWHERE: {
    'zh-CN': '该统一社会信用代码已在您辖区以外登记',
    en: 'This credit code is registered outside your territory',
  },
  PERSON_ELSEWHERE: {
    'zh-CN': '该证件号码已在您辖区以外登记，请联系所在社区办理迁出',
    en: 'Registered outside your territory; ask that community to move the person out',
  },
};

export function rowErrorText(
  code: string,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  const t = TEXT[code]?.[locale] ?? code;
  return t.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}
