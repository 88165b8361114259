/**
 * Rooms (房屋) are addressed inside a building by stairway unit and room number, as the doors say:
 * '302', '1502', 'B-101'. The floor is the number without its last two digits unless given.
 */
const ROOM_NO = /^[0-9A-Za-z][0-9A-Za-z-]{0,11}$/;

export type RoomNoResult =
  | { ok: true; roomNo: string; floor: number | null }
  | { ok: false; error: 'ROOM_NO_INVALID' };

export function parseRoomNo(value: unknown): RoomNoResult {
  if (typeof value !== 'string' && typeof value !== 'number') return { ok: false, error: 'ROOM_NO_INVALID' };
  const roomNo = String(value).trim().toUpperCase();
  if (!ROOM_NO.test(roomNo)) return { ok: false, error: 'ROOM_NO_INVALID' };
  const digits = /^(\d{3,4})$/.exec(roomNo);
  const floor = digits ? Number(roomNo.slice(0, -2)) : null;
  return { ok: true, roomNo, floor: floor && floor > 0 ? floor : null };
}

/** Floor area in m², two decimals, as on a property certificate. */
export function validAreaM2(value: number): boolean {
  return (
    Number.isFinite(value) &&
    value > 0 &&
    value < 100_000 &&
    Math.abs(Math.round(value * 100) - value * 100) < 1e-6
  );
}
