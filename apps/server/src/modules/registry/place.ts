import { one, type Tx } from '@wangge/db';
import { parseRoomNo } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import { withinPaths } from '../../lib/sql.ts';

/** Where a registry record sits: its grid (scope path and district) and, for people and rooms, a room. */
export interface Place {
  gridId: string;
  path: string;
  districtCode: string;
  roomId: string | null;
  buildingId: string | null;
}

export interface PlaceInput {
  gridCode?: string | undefined;
  room?: { buildingCode: string; unitNo: number; roomNo: string } | null | undefined;
}

/**
 * Resolves a grid code or a room address inside `paths` (the caller's territory for the operation).
 * A room not yet registered is added to its building (residential, nothing else known): grid workers
 * register people as they find them, door by door. Runs in the caller's transaction.
 */
export async function resolvePlace(
  tx: Tx,
  paths: readonly string[],
  input: PlaceInput,
  now: Date,
): Promise<Place> {
  if (input.room) {
    const { buildingCode, unitNo } = input.room;
    const parsed = parseRoomNo(input.room.roomNo);
    if (!parsed.ok) throw new AppError('REGISTRY_ROOM_NO_INVALID', undefined, { value: input.room.roomNo });
    const building = await findBuildingUnit(tx, paths, buildingCode, unitNo);
    const room = await one<{ id: string }>(
      tx,
      sql`INSERT INTO room (building_id, unit_no, room_no, floor, grid_id, district_code, path, created_at, updated_at)
          VALUES (${building.id}, ${unitNo}, ${parsed.roomNo}, ${parsed.floor}, ${building.grid_id},
                  ${building.district_code}, ${building.path}::ltree, ${now}, ${now})
          ON CONFLICT (building_id, unit_no, room_no) DO UPDATE SET room_no = EXCLUDED.room_no
          RETURNING id`,
    );
    return {
      gridId: building.grid_id,
      path: building.path,
      districtCode: building.district_code,
      roomId: room!.id,
      buildingId: building.id,
    };
  }
  if (!input.gridCode) throw new AppError('REGISTRY_GRID_REQUIRED');
  const grid = await one<{ id: string; path: string; district_code: string }>(
    tx,
    sql`SELECT id, path::text AS path, district_code FROM grid WHERE code = ${input.gridCode} AND ${withinPaths('path', paths)}`,
  );
  if (!grid) throw new AppError('REGISTRY_GRID_UNKNOWN', undefined, { code: input.gridCode });
  return {
    gridId: grid.id,
    path: grid.path,
    districtCode: grid.district_code,
    roomId: null,
    buildingId: null,
  };
}

/** A building inside `paths` with its stairway unit; the same answers as a person's room address. */
export async function findBuildingUnit(tx: Tx, paths: readonly string[], code: string, unitNo: number) {
  const building = await one<{
    id: string;
    grid_id: string;
    path: string;
    district_code: string;
    has_unit: boolean;
  }>(
    tx,
    sql`SELECT b.id, b.grid_id, b.path::text AS path, b.district_code,
               EXISTS (SELECT 1 FROM building_unit u WHERE u.building_id = b.id AND u.unit_no = ${unitNo}) AS has_unit
          FROM building b WHERE b.code = ${code} AND ${withinPaths('b.path', paths)}`,
  );
  if (!building) throw new AppError('REGISTRY_BUILDING_UNKNOWN', undefined, { code });
  if (!building.has_unit) throw new AppError('REGISTRY_UNIT_UNKNOWN', undefined, { code, unit: unitNo });
  return building;
}
