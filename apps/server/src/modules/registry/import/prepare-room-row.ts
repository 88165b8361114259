import {
  type matchRoomHeaders,
  ROOM_COLUMNS,
  type RoomColumn,
  type RoomFieldValues,
  roomRow,
  validateRoomFields,
} from '@wangge/domain';
import type { SheetRow } from '../../../lib/sheets/index.ts';
import { type PlaceIndex, type RowPlace, rowPlace } from './place-index.ts';
import { type RowProblem, rowProblems } from './row-problem.ts';

export type RoomHeader = ReturnType<typeof matchRoomHeaders>;

export interface PreparedRoom {
  row: number;
  room: NonNullable<RowPlace['room']>;
  gridId: string;
  path: string;
  districtCode: string;
  values: RoomFieldValues;
}

const PERSONAL = new Set<RoomColumn['key']>(['ownerPhone']);

/** A housing row through every rule that needs no database: the room's fields and its address in the index. */
export function prepareRoomRow(
  places: PlaceIndex,
  header: RoomHeader,
  sheetRow: SheetRow,
): { ok: true; prepared: PreparedRoom } | { ok: false; problems: RowProblem[] } {
  const { problems, at, lossy } = rowProblems(sheetRow, ROOM_COLUMNS, PERSONAL);
  lossy(header.index);
  if (problems.length > 0) return { ok: false, problems };

  const { draft, address, areaInvalid } = roomRow(header.index, sheetRow.cells);
  const cell = (key: RoomColumn['key']) => sheetRow.cells[header.index.get(key) ?? -1];
  if (areaInvalid) at('areaM2', 'NUMBER_INVALID', cell('areaM2'));
  const checked = validateRoomFields(draft);
  if (!checked.ok) for (const e of checked.errors) at(e.field, e.code, cell(e.field));
  if (!address.building) at('building', 'REQUIRED');
  const where = address.building
    ? rowPlace(places, address, true, (key, code, value) =>
        // a room row names no grid: only building, unit and room problems arise
        at(key as RoomColumn['key'], code, value),
      )
    : null;

  if (problems.length > 0 || !checked.ok || !where?.room) return { ok: false, problems };
  return {
    ok: true,
    prepared: {
      row: sheetRow.rowNumber,
      room: where.room,
      gridId: where.gridId,
      path: where.path,
      districtCode: where.districtCode,
      values: checked.values,
    },
  };
}
