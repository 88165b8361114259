import { rows, type Tx } from '@wangge/db';
import { parseRoomNo } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { withinPaths } from '../../../lib/sql.ts';

export interface IndexedGrid {
  id: string;
  code: string;
  path: string;
  districtCode: string;
}
export interface IndexedBuilding {
  id: string;
  code: string;
  gridId: string;
  gridCode: string;
  path: string;
  districtCode: string;
  units: Set<number>;
}

/**
 * The grids and buildings an import may write into, held in memory for the whole file: a subdistrict
 * has a few hundred buildings, a district a few thousand, so each row's address resolves without a
 * query. Buildings are found by their code or their name (names repeat across communities: a name
 * that matches several is reported, not guessed).
 */
export async function loadPlaceIndex(db: Tx, paths: readonly string[]) {
  const grids = await rows<{ id: string; code: string; path: string; district_code: string }>(
    db,
    sql`SELECT id, code, path::text AS path, district_code FROM grid WHERE ${withinPaths('path', paths)}`,
  );
  const buildings = await rows<{
    id: string;
    code: string;
    name: string;
    grid_id: string;
    grid_code: string;
    path: string;
    district_code: string;
    units: number[];
  }>(
    db,
    sql`SELECT b.id, b.code, b.name, b.grid_id, g.code AS grid_code, b.path::text AS path, b.district_code,
               ARRAY(SELECT u.unit_no FROM building_unit u WHERE u.building_id = b.id) AS units
          FROM building b JOIN grid g ON g.id = b.grid_id WHERE ${withinPaths('b.path', paths)}`,
  );
  const gridByCode = new Map<string, IndexedGrid>(
    grids.map((g) => [g.code, { id: g.id, code: g.code, path: g.path, districtCode: g.district_code }]),
  );
  const byCode = new Map<string, IndexedBuilding>();
  const byName = new Map<string, IndexedBuilding[]>();
  for (const b of buildings) {
    const ib: IndexedBuilding = {
      id: b.id,
      code: b.code,
      gridId: b.grid_id,
      gridCode: b.grid_code,
      path: b.path,
      districtCode: b.district_code,
      units: new Set(b.units),
    };
    byCode.set(b.code, ib);
    const key = b.name.replace(/\s/g, '');
    byName.set(key, [...(byName.get(key) ?? []), ib]);
  }
  return {
    grid: (code: string) => gridByCode.get(code),
    /** The building named by an 18-digit code or by its name: one, none, or 'ambiguous'. */
    building: (ref: string): IndexedBuilding | undefined | 'ambiguous' => {
      const r = ref.replace(/\s/g, '');
      if (/^\d{18}$/.test(r)) return byCode.get(r);
      const found = byName.get(r) ?? [];
      return found.length > 1 ? 'ambiguous' : found[0];
    },
  };
}
export type PlaceIndex = Awaited<ReturnType<typeof loadPlaceIndex>>;

/** Where a row puts its record: a grid, and the building and room when the row names them. */
export interface RowPlace {
  gridId: string;
  gridCode: string;
  path: string;
  districtCode: string;
  buildingId: string | null;
  buildingCode: string | null;
  room: { buildingId: string; unitNo: number; roomNo: string; floor: number | null } | null;
}

type PlaceKey = 'gridCode' | 'building' | 'unitNo' | 'roomNo';

/**
 * A row's place from the in-memory index: a building (code or name; with `withRoom`, its unit and
 * room too), whose grid a grid code given beside it must match; or else a grid. Problems go to `at`
 * under the column they concern; null when the place cannot be used.
 */
export function rowPlace(
  places: PlaceIndex,
  given: {
    gridCode?: string | null;
    building: string | null;
    unitNo?: string | null;
    roomNo?: string | null;
  },
  withRoom: boolean,
  at: (key: PlaceKey, code: string, value?: string | null) => void,
): RowPlace | null {
  const fail = (key: PlaceKey, code: string, value?: string | null) => {
    at(key, code, value);
    return null;
  };
  if (given.building) {
    const b = places.building(given.building);
    if (b === 'ambiguous') return fail('building', 'BUILDING_AMBIGUOUS', given.building);
    if (!b) return fail('building', 'BUILDING_UNKNOWN', given.building);
    if (given.gridCode && given.gridCode !== b.gridCode)
      return fail('gridCode', 'GRID_MISMATCH', given.gridCode);
    const place: RowPlace = {
      gridId: b.gridId,
      gridCode: b.gridCode,
      path: b.path,
      districtCode: b.districtCode,
      buildingId: b.id,
      buildingCode: b.code,
      room: null,
    };
    if (!withRoom) return place;
    if (!given.unitNo || !given.roomNo) return fail(given.unitNo ? 'roomNo' : 'unitNo', 'UNIT_REQUIRED');
    const unitNo = Number(given.unitNo);
    if (!Number.isInteger(unitNo) || !b.units.has(unitNo))
      return fail('unitNo', 'UNIT_UNKNOWN', given.unitNo);
    const r = parseRoomNo(given.roomNo);
    if (!r.ok) return fail('roomNo', 'ROOM_NO_INVALID', given.roomNo);
    return { ...place, room: { buildingId: b.id, unitNo, roomNo: r.roomNo, floor: r.floor } };
  }
  if (given.gridCode) {
    const g = places.grid(given.gridCode);
    if (!g) return fail('gridCode', 'GRID_UNKNOWN', given.gridCode);
    return {
      gridId: g.id,
      gridCode: g.code,
      path: g.path,
      districtCode: g.districtCode,
      buildingId: null,
      buildingCode: null,
      room: null,
    };
  }
  return fail('building', 'PLACE_REQUIRED');
}
