import type { OrganisationDraft } from './organisation.ts';
import { cellReader, matchHeaders, parseCount, parseYesNo, type SheetColumn } from './sheet-columns.ts';

/** Where the organisation is: a building (code or name, which gives the grid) or a grid. */
export type OrganisationPlaceKey = 'gridCode' | 'building';
export type OrganisationColumn = SheetColumn<keyof OrganisationDraft | OrganisationPlaceKey>;

/**
 * The organisations (单位) spreadsheet. An import updates by the unified social credit code, or, for a
 * body without one (owners' committees, some public units), by its name within its grid.
 */
export const ORGANISATION_COLUMNS: readonly OrganisationColumn[] = [
  { key: 'name', zh: '单位名称', en: 'Name', required: true },
  { key: 'kind', zh: '单位类型', en: 'Kind', required: true, dictionary: 'orgKind' },
  {
    key: 'uscc',
    zh: '统一社会信用代码',
    en: 'Unified social credit code',
    text: true,
    note: '18 位；企业、个体工商户、社会组织、物业必填',
  },
  { key: 'legalRepName', zh: '法定代表人', en: 'Legal representative' },
  { key: 'legalRepIdNumber', zh: '法定代表人身份证号码', en: 'Legal representative ID number', text: true },
  { key: 'contactName', zh: '联系人', en: 'Contact' },
  { key: 'contactPhone', zh: '联系电话', en: 'Contact phone', text: true },
  { key: 'address', zh: '地址', en: 'Address' },
  { key: 'employees', zh: '从业人数', en: 'Employees' },
  { key: 'hasPartyOrg', zh: '有无党组织', en: 'Party organisation', note: '有/无' },
  { key: 'partyMembers', zh: '党员人数', en: 'Party members' },
  { key: 'gridCode', zh: '网格编码', en: 'Grid code', text: true, note: '不填楼栋时必填' },
  { key: 'building', zh: '楼栋', en: 'Building', text: true, note: '楼栋编码（18 位）或楼栋名称' },
];

export const matchOrganisationHeaders = (headers: readonly string[]) =>
  matchHeaders(ORGANISATION_COLUMNS, headers);

/** A row's cells as an organisation draft and its place, blanks as null; malformed numbers and yes/no flagged. */
export function organisationRow(
  index: ReadonlyMap<OrganisationColumn['key'], number>,
  cells: readonly string[],
) {
  const get = cellReader(index, cells);
  const employees = parseCount(get('employees'));
  const partyMembers = parseCount(get('partyMembers'));
  const hasPartyOrg = parseYesNo(get('hasPartyOrg'));
  const draft: OrganisationDraft = {
    name: get('name'),
    kind: get('kind'),
    uscc: get('uscc'),
    legalRepName: get('legalRepName'),
    legalRepIdNumber: get('legalRepIdNumber'),
    contactName: get('contactName'),
    contactPhone: get('contactPhone'),
    address: get('address'),
    employees: employees === 'invalid' ? null : employees,
    hasPartyOrg: hasPartyOrg === 'invalid' ? null : hasPartyOrg,
    partyMembers: partyMembers === 'invalid' ? null : partyMembers,
  };
  const invalid: Array<{ field: OrganisationColumn['key']; code: 'NUMBER_INVALID' | 'BOOLEAN_INVALID' }> = [];
  if (employees === 'invalid') invalid.push({ field: 'employees', code: 'NUMBER_INVALID' });
  if (partyMembers === 'invalid') invalid.push({ field: 'partyMembers', code: 'NUMBER_INVALID' });
  if (hasPartyOrg === 'invalid') invalid.push({ field: 'hasPartyOrg', code: 'BOOLEAN_INVALID' });
  return { draft, place: { gridCode: get('gridCode'), building: get('building') }, invalid };
}
