import { matchRoomHeaders } from '@wangge/domain';
import type { Actor, Deps } from '../../../http/types.ts';
import { headerProblem } from './header-problem.ts';
import { loadPlaceIndex } from './place-index.ts';
import { type PreparedRoom, prepareRoomRow, type RoomHeader } from './prepare-room-row.ts';
import type { ImportSpec } from './sheet-import.ts';
import { writeRoomsChunk } from './write-rooms-chunk.ts';

/**
 * The housing import (实有房屋): a room is known by building, unit and door number; one registered
 * is updated in the columns the file has, a new one is added to its building. An address twice in
 * the file is refused on its second row.
 */
export async function roomsImport(
  deps: Deps,
  actor: Actor,
  scopePaths: readonly string[],
): Promise<ImportSpec<RoomHeader, PreparedRoom>> {
  const now = deps.clock.now();
  const places = await loadPlaceIndex(deps.db, scopePaths);
  return {
    header(cells) {
      const header = matchRoomHeaders(cells);
      const problem = headerProblem(header);
      return problem ? { ok: false, problem } : { ok: true, header };
    },
    prepare: (header, row) => prepareRoomRow(places, header, row),
    key: (p) => `${p.room.buildingId}|${p.room.unitNo}|${p.room.roomNo}`,
    duplicate: (first, p) => ({
      column: '房间号',
      value: p.room.roomNo,
      code: 'DUPLICATE_ROOM_IN_FILE',
      params: { row: first },
    }),
    write: (tx, header, chunk) =>
      writeRoomsChunk(tx, actor, now, chunk, { config: deps.config, present: header.index }),
  };
}
