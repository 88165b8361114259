import type { PersonQuery } from '@wangge/contracts';
import { one, rows } from '@wangge/db';
import { type DictionaryName, dictLabel } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, type Locale } from '../../../http/errors.ts';
import type { Actor, Deps } from '../../../http/types.ts';
import { type SheetTarget, writeWorkbook } from '../../../lib/sheets/index.ts';
import { recordAudit } from '../../audit/index.ts';
import { PEOPLE_FROM, peopleWhere } from '../list-people.ts';
import { registryPolicy } from '../registry.policy.ts';

export const MAX_EXPORT = 50_000;
const PAGE = 5_000;
type Filters = Omit<z.infer<typeof PersonQuery>, 'page' | 'pageSize'>;

/** Columns of the export: what offices report on; personal numbers as masks (the clear ones need a reveal each). */
const COLUMNS: Array<{ zh: string; en: string; key: string; dict?: DictionaryName; text?: boolean }> = [
  { zh: '姓名', en: 'Name', key: 'name' },
  { zh: '证件号码', en: 'ID number', key: 'id_number_mask', text: true },
  { zh: '性别', en: 'Sex', key: 'sex', dict: 'sex' },
  { zh: '出生日期', en: 'Birth date', key: 'birth_date' },
  { zh: '民族', en: 'Ethnicity', key: 'ethnicity', dict: 'ethnicity' },
  { zh: '政治面貌', en: 'Political status', key: 'political_status', dict: 'politicalStatus' },
  { zh: '联系电话', en: 'Phone', key: 'phone_mask', text: true },
  { zh: '居住类型', en: 'Residency type', key: 'residency_type', dict: 'residencyType' },
  { zh: '网格', en: 'Grid', key: 'grid_name' },
  { zh: '楼栋', en: 'Building', key: 'building_name' },
  { zh: '单元', en: 'Unit', key: 'unit_no' },
  { zh: '房间号', en: 'Room', key: 'room_no' },
  { zh: '与户主关系', en: 'Relation to head', key: 'relation_to_head', dict: 'relationToHead' },
  { zh: '现住址', en: 'Current address', key: 'current_address' },
];

/**
 * A people list as a workbook, for those with bulk rights in their territory: counted first (more
 * than 50,000 is refused, never silently cut), audited with the filters and the count before a
 * byte is sent, then streamed page by page.
 */
export async function exportPeople(deps: Deps, actor: Actor, filters: Filters, locale: Locale) {
  const paths = registryPolicy.bulkPaths(actor.scope);
  if (paths.length === 0) throw new AppError('REGISTRY_EXPORT_FORBIDDEN');
  const where = peopleWhere(deps, { ...filters, deleted: false }, paths);
  const total = (await one<{ n: number }>(
    deps.db,
    sql`SELECT count(*)::int AS n FROM ${PEOPLE_FROM} WHERE ${where}`,
  ))!.n;
  if (total > MAX_EXPORT)
    throw new AppError('REGISTRY_EXPORT_TOO_LARGE', undefined, { max: MAX_EXPORT, total });
  const now = deps.clock.now();
  const districts = [...new Set(paths.map((p) => p.split('.')[0]!))];
  await deps.db.transaction((tx) =>
    recordAudit(
      tx,
      actor,
      now,
      districts.map((districtCode) => ({
        action: 'registry.export',
        entityType: 'person',
        districtCode,
        after: { rows: total, filters, subjectName: null, field: null, reason: null },
      })),
    ),
  );
  async function* data() {
    for (let offset = 0; offset < total; offset += PAGE) {
      const page = await rows<Record<string, unknown>>(
        deps.db,
        sql`SELECT p.name, p.id_number_mask, p.sex, p.birth_date::text AS birth_date, p.ethnicity, p.political_status,
                   p.phone_mask, p.residency_type, g.name AS grid_name, b.name AS building_name, r.unit_no, r.room_no,
                   p.relation_to_head, p.current_address
              FROM ${PEOPLE_FROM} WHERE ${where}
             ORDER BY g.code, b.code NULLS LAST, r.unit_no NULLS LAST, r.room_no NULLS LAST, p.name, p.id
             LIMIT ${PAGE} OFFSET ${offset}`,
      );
      for (const r of page)
        yield COLUMNS.map((c) => {
          const v = r[c.key];
          if (v == null) return '';
          return c.dict ? dictLabel(c.dict, String(v), locale) : v;
        });
    }
  }
  return {
    total,
    write: (target: SheetTarget) =>
      writeWorkbook(target, [
        {
          name: locale === 'zh-CN' ? '实有人口' : 'People',
          columns: COLUMNS.map((c) => ({ header: locale === 'zh-CN' ? c.zh : c.en, text: c.text ?? false })),
          rows: data(),
        },
      ]),
  };
}
