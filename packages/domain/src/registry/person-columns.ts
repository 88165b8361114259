import type { PersonDraft } from './person.ts';
import { cellReader, matchHeaders, parseYesNo, type SheetColumn } from './sheet-columns.ts';

/** A column of the people spreadsheet (see SheetColumn). */
export type PersonColumn = SheetColumn<keyof PersonDraft | PlaceKey>;

/** Where the person lives: a grid, or a building (code or name) with unit and room; the household. */
export type PlaceKey = 'gridCode' | 'building' | 'unitNo' | 'roomNo' | 'householdNo' | 'relationToHead';

export const PERSON_COLUMNS: readonly PersonColumn[] = [
  { key: 'name', zh: '姓名', en: 'Name', required: true },
  {
    key: 'idType',
    zh: '证件类型',
    en: 'ID document type',
    dictionary: 'idDocumentType',
    note: '默认居民身份证',
  },
  { key: 'idNumber', zh: '证件号码', en: 'ID number', required: true, text: true },
  { key: 'residencyType', zh: '居住类型', en: 'Residency type', required: true, dictionary: 'residencyType' },
  { key: 'sex', zh: '性别', en: 'Sex', dictionary: 'sex', note: '身份证号码可推出，可不填' },
  { key: 'birthDate', zh: '出生日期', en: 'Birth date', note: 'YYYY-MM-DD；身份证号码可推出' },
  { key: 'ethnicity', zh: '民族', en: 'Ethnicity', dictionary: 'ethnicity' },
  { key: 'phone', zh: '联系电话', en: 'Phone', text: true },
  { key: 'formerName', zh: '曾用名', en: 'Former name' },
  { key: 'nativePlace', zh: '籍贯', en: 'Native place', text: true, note: '6 位行政区划代码' },
  { key: 'maritalStatus', zh: '婚姻状况', en: 'Marital status', dictionary: 'maritalStatus' },
  { key: 'politicalStatus', zh: '政治面貌', en: 'Political status', dictionary: 'politicalStatus' },
  { key: 'education', zh: '学历', en: 'Education', dictionary: 'education' },
  { key: 'religion', zh: '宗教信仰', en: 'Religion', dictionary: 'religion' },
  { key: 'occupation', zh: '职业', en: 'Occupation' },
  { key: 'workplace', zh: '服务处所', en: 'Workplace' },
  {
    key: 'hukouPlace',
    zh: '户籍地',
    en: 'Household registration place',
    text: true,
    note: '6 位行政区划代码',
  },
  { key: 'hukouAddress', zh: '户籍详址', en: 'Household registration address' },
  { key: 'currentAddress', zh: '现住址', en: 'Current address' },
  { key: 'hukouConsistent', zh: '人户一致', en: 'Lives at registered address', note: '是/否（户籍人口）' },
  {
    key: 'migrantReason',
    zh: '流入原因',
    en: 'Reason for moving',
    dictionary: 'migrantReason',
    note: '流动人口必填',
  },
  { key: 'permitType', zh: '办证类型', en: 'Residence permit', dictionary: 'permitType' },
  { key: 'permitStart', zh: '居住证起始日期', en: 'Permit from' },
  { key: 'permitEnd', zh: '居住证截止日期', en: 'Permit until' },
  { key: 'nationality', zh: '国籍', en: 'Nationality', note: '境外人员必填，ISO 3166 三位字母代码，如 KOR' },
  { key: 'foreignName', zh: '外文姓名', en: 'Foreign name' },
  { key: 'gridCode', zh: '网格编码', en: 'Grid code', text: true, note: '不填楼栋时必填' },
  { key: 'building', zh: '楼栋', en: 'Building', text: true, note: '楼栋编码（18 位）或楼栋名称' },
  { key: 'unitNo', zh: '单元', en: 'Unit', text: true },
  { key: 'roomNo', zh: '房间号', en: 'Room', text: true },
  { key: 'householdNo', zh: '户号', en: 'Household number', text: true },
  { key: 'relationToHead', zh: '与户主关系', en: 'Relation to head', dictionary: 'relationToHead' },
];

/** Which column of the file fills which field; unknown headers and missing required ones are named. */
export const matchPersonHeaders = (headers: readonly string[]) => matchHeaders(PERSON_COLUMNS, headers);

export interface PersonRowPlace {
  gridCode: string | null;
  building: string | null;
  unitNo: string | null;
  roomNo: string | null;
  householdNo: string | null;
  relationToHead: string | null;
}

/** A row's cells as a draft person and its place, blanks as null; the rules come after. */
export function personRow(
  index: Map<PersonColumn['key'], number>,
  cells: readonly string[],
): { draft: PersonDraft; place: PersonRowPlace; hukouConsistentInvalid: boolean } {
  const get = cellReader(index, cells);
  const hk = parseYesNo(get('hukouConsistent'));
  const hukouConsistent = hk === 'invalid' ? null : hk;
  const draft: PersonDraft = {
    name: get('name'),
    formerName: get('formerName'),
    idType: get('idType'),
    idNumber: get('idNumber'),
    sex: get('sex'),
    birthDate: get('birthDate'),
    ethnicity: get('ethnicity'),
    nativePlace: get('nativePlace'),
    maritalStatus: get('maritalStatus'),
    politicalStatus: get('politicalStatus'),
    education: get('education'),
    religion: get('religion'),
    occupation: get('occupation'),
    workplace: get('workplace'),
    phone: get('phone'),
    hukouPlace: get('hukouPlace'),
    hukouAddress: get('hukouAddress'),
    currentAddress: get('currentAddress'),
    residencyType: get('residencyType'),
    hukouConsistent,
    migrantReason: get('migrantReason'),
    permitType: get('permitType'),
    permitStart: get('permitStart'),
    permitEnd: get('permitEnd'),
    nationality: get('nationality'),
    foreignName: get('foreignName'),
  };
  return {
    draft,
    place: {
      gridCode: get('gridCode'),
      building: get('building'),
      unitNo: get('unitNo'),
      roomNo: get('roomNo'),
      householdNo: get('householdNo'),
      relationToHead: get('relationToHead'),
    },
    hukouConsistentInvalid: hk === 'invalid',
  };
}
