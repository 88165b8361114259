import type { PersonQuery } from '@wangge/contracts';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Locale } from '../../../http/errors.ts';
import type { Actor, Deps } from '../../../http/types.ts';
import { PEOPLE_FROM, peopleWhere } from '../list-people.ts';
import { type ExportColumn, exportList, sqlPages } from './export-list.ts';

type Filters = Omit<z.infer<typeof PersonQuery>, 'page' | 'pageSize'>;
type Row = Record<string, unknown>;

/** Columns of the export: what offices report on; personal numbers as masks (the clear ones need a reveal each). */
const COLUMNS: readonly ExportColumn<Row>[] = [
  { zh: '姓名', en: 'Name', value: 'name' },
  { zh: '证件号码', en: 'ID number', value: 'id_number_mask', text: true },
  { zh: '性别', en: 'Sex', value: 'sex', dict: 'sex' },
  { zh: '出生日期', en: 'Birth date', value: 'birth_date' },
  { zh: '民族', en: 'Ethnicity', value: 'ethnicity', dict: 'ethnicity' },
  { zh: '政治面貌', en: 'Political status', value: 'political_status', dict: 'politicalStatus' },
  { zh: '联系电话', en: 'Phone', value: 'phone_mask', text: true },
  { zh: '居住类型', en: 'Residency type', value: 'residency_type', dict: 'residencyType' },
  { zh: '网格', en: 'Grid', value: 'grid_name' },
  { zh: '楼栋', en: 'Building', value: 'building_name' },
  { zh: '单元', en: 'Unit', value: 'unit_no' },
  { zh: '房间号', en: 'Room', value: 'room_no' },
  { zh: '与户主关系', en: 'Relation to head', value: 'relation_to_head', dict: 'relationToHead' },
  { zh: '现住址', en: 'Current address', value: 'current_address' },
];

/** The filtered people list (live records) as a workbook: see `exportList`. */
export function exportPeople(deps: Deps, actor: Actor, filters: Filters, locale: Locale) {
  return exportList<Row>(deps, actor, locale, (paths) => ({
    entity: 'person',
    sheet: { zh: '实有人口', en: 'People' },
    columns: COLUMNS,
    filters,
    ...sqlPages<Row>(deps, {
      select: sql`p.name, p.id_number_mask, p.sex, p.birth_date::text AS birth_date, p.ethnicity,
                  p.political_status, p.phone_mask, p.residency_type, g.name AS grid_name,
                  b.name AS building_name, r.unit_no, r.room_no, p.relation_to_head, p.current_address`,
      from: PEOPLE_FROM,
      where: peopleWhere(deps, { ...filters, deleted: false }, paths),
      orderBy: sql`g.code, b.code NULLS LAST, r.unit_no NULLS LAST, r.room_no NULLS LAST, p.name, p.id`,
    }),
  }));
}
