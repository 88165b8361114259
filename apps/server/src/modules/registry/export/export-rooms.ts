import { type SQL, sql } from 'drizzle-orm';
import type { Locale } from '../../../http/errors.ts';
import type { Actor, Deps } from '../../../http/types.ts';
import { withinPaths } from '../../../lib/sql.ts';
import { type ExportColumn, exportList, sqlPages } from './export-list.ts';

export interface RoomFilters {
  gridCode?: string | undefined;
  buildingCode?: string | undefined;
}

interface Row {
  building_code: string;
  building_name: string;
  unit_no: number;
  room_no: string;
  floor: number | null;
  use: string;
  area_m2: string | null;
  rental_status: string | null;
  owner_name: string | null;
  owner_phone_mask: string | null;
  households: number;
  residents: number;
  grid_code: string;
  note: string | null;
}

/** The owner's phone as its mask under a header of its own, so a re-import leaves the stored number be. */
const COLUMNS: readonly ExportColumn<Row>[] = [
  { zh: '楼栋', en: 'Building', value: 'building_code', text: true },
  { zh: '楼栋名称', en: 'Building name', value: 'building_name' },
  { zh: '单元', en: 'Unit', value: 'unit_no' },
  { zh: '房间号', en: 'Room', value: 'room_no', text: true },
  { zh: '楼层', en: 'Floor', value: 'floor' },
  { zh: '房屋用途', en: 'Use', value: 'use', dict: 'roomUse' },
  // numeric comes back as text: written as a number, so Excel can sum it.
  { zh: '建筑面积', en: 'Floor area', value: (r) => (r.area_m2 === null ? null : Number(r.area_m2)) },
  { zh: '出租情况', en: 'Rental status', value: 'rental_status', dict: 'rentalStatus' },
  { zh: '房主姓名', en: 'Owner', value: 'owner_name' },
  { zh: '房主电话（脱敏）', en: 'Owner phone (masked)', value: 'owner_phone_mask', text: true },
  { zh: '户数', en: 'Households', value: 'households' },
  { zh: '居住人数', en: 'Residents', value: 'residents' },
  { zh: '网格编码', en: 'Grid code', value: 'grid_code', text: true },
  { zh: '备注', en: 'Note', value: 'note' },
];

/** Live rooms in the caller's bulk territory, by grid and building, as a workbook: see `exportList`. */
export function exportRooms(deps: Deps, actor: Actor, filters: RoomFilters, locale: Locale) {
  return exportList<Row>(deps, actor, locale, (paths) => {
    const where: SQL[] = [withinPaths('r.path', paths), sql`r.deleted_at IS NULL`];
    if (filters.gridCode) where.push(sql`g.code = ${filters.gridCode}`);
    if (filters.buildingCode) where.push(sql`b.code = ${filters.buildingCode}`);
    return {
      entity: 'room',
      sheet: { zh: '实有房屋', en: 'Housing' },
      columns: COLUMNS,
      filters,
      ...sqlPages<Row>(deps, {
        // The owner is named on the room, or is a (live) person of the registry.
        select: sql`b.code AS building_code, b.name AS building_name, r.unit_no, r.room_no, r.floor, r.use,
                    r.area_m2::text AS area_m2, r.rental_status, coalesce(r.owner_name, op.name) AS owner_name,
                    r.owner_phone_mask, g.code AS grid_code, r.note,
                    (SELECT count(*)::int FROM household h
                      WHERE h.room_id = r.id AND h.deleted_at IS NULL) AS households,
                    (SELECT count(*)::int FROM person p
                      WHERE p.room_id = r.id AND p.deleted_at IS NULL) AS residents`,
        from: sql`room r JOIN building b ON b.id = r.building_id JOIN grid g ON g.id = r.grid_id
                  LEFT JOIN person op ON op.id = r.owner_person_id AND op.deleted_at IS NULL`,
        where: sql.join(where, sql` AND `),
        orderBy: sql`b.code, r.unit_no, r.floor NULLS LAST, r.room_no, r.id`,
      }),
    };
  });
}
