import type { OrganisationQuery } from '@wangge/contracts';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Locale } from '../../../http/errors.ts';
import type { Actor, Deps } from '../../../http/types.ts';
import { organisationsWhere } from '../list-organisations.ts';
import { ORGANISATION_FROM } from '../organisation-view.ts';
import { type ExportColumn, exportList, sqlPages, yesNo } from './export-list.ts';

type Filters = Omit<z.infer<typeof OrganisationQuery>, 'page' | 'pageSize'>;

interface Row {
  name: string;
  kind: string;
  uscc: string | null;
  legal_rep_name: string | null;
  legal_rep_id_mask: string | null;
  contact_name: string | null;
  contact_phone_mask: string | null;
  address: string | null;
  employees: number | null;
  has_party_org: boolean;
  party_members: number | null;
  grid_code: string;
  grid_name: string;
  building_code: string | null;
}

/**
 * The organisations export. The masked numbers carry headers of their own, unlike the import
 * template's "法定代表人身份证号码" and "联系电话": an exported file imported again then has no column
 * for those numbers, and the stored ones stay untouched instead of being overwritten by their masks.
 */
const COLUMNS: readonly ExportColumn<Row>[] = [
  { zh: '单位名称', en: 'Name', value: 'name' },
  { zh: '单位类型', en: 'Kind', value: 'kind', dict: 'orgKind' },
  { zh: '统一社会信用代码', en: 'Unified social credit code', value: 'uscc', text: true },
  { zh: '法定代表人', en: 'Legal representative', value: 'legal_rep_name' },
  {
    zh: '法定代表人证件号码（脱敏）',
    en: 'Legal representative ID number (masked)',
    value: 'legal_rep_id_mask',
    text: true,
  },
  { zh: '联系人', en: 'Contact', value: 'contact_name' },
  { zh: '联系电话（脱敏）', en: 'Contact phone (masked)', value: 'contact_phone_mask', text: true },
  { zh: '地址', en: 'Address', value: 'address' },
  { zh: '从业人数', en: 'Employees', value: 'employees' },
  { zh: '有无党组织', en: 'Party organisation', value: (o, locale) => yesNo(o.has_party_org, locale) },
  { zh: '党员人数', en: 'Party members', value: 'party_members' },
  { zh: '网格编码', en: 'Grid code', value: 'grid_code', text: true },
  { zh: '网格', en: 'Grid', value: 'grid_name' },
  { zh: '楼栋', en: 'Building', value: 'building_code', text: true },
];

/** The filtered organisations list (as the console's, without paging) as a workbook: see `exportList`. */
export function exportOrganisations(deps: Deps, actor: Actor, filters: Filters, locale: Locale) {
  return exportList<Row>(deps, actor, locale, (paths) => ({
    entity: 'organisation',
    sheet: { zh: '单位组织', en: 'Organisations' },
    columns: COLUMNS,
    filters,
    ...sqlPages<Row>(deps, {
      select: sql`o.name, o.kind, o.uscc, o.legal_rep_name, o.legal_rep_id_mask, o.contact_name,
                  o.contact_phone_mask, o.address, o.employees, o.has_party_org, o.party_members,
                  g.code AS grid_code, g.name AS grid_name, b.code AS building_code`,
      from: ORGANISATION_FROM,
      where: organisationsWhere(filters, paths),
      orderBy: sql`g.code, o.name, o.id`,
    }),
  }));
}
