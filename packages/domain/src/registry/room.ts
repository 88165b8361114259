import { codeOf } from './dictionaries.ts';
import type { FieldError, PersonErrorCode } from './person.ts';
import { normalizePhone } from './phone.ts';

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

/** A room's own fields as entered (form or spreadsheet), before the rules; codes or labels accepted. */
export interface RoomDraft {
  use?: string | null;
  areaM2?: number | null;
  rentalStatus?: string | null;
  ownerName?: string | null;
  ownerPhone?: string | null;
  note?: string | null;
}

export interface RoomFieldValues {
  use: string | null;
  areaM2: number | null;
  rentalStatus: string | null;
  ownerName: string | null;
  ownerPhone: string | null;
  note: string | null;
}

export type RoomField = keyof RoomDraft;
const ROOM_LIMITS = { ownerName: 50, note: 500 } as const;

/**
 * The rules of a room's fields, shared by the form and the import: use and rental status from their
 * dictionaries, the area as on a certificate, the owner's phone normalised (still in the clear), text
 * trimmed and bounded. A use left blank stays null: the caller decides the default (a new room is
 * residential; an import leaves an existing room's use alone).
 */
export function validateRoomFields(
  draft: RoomDraft,
): { ok: true; values: RoomFieldValues } | { ok: false; errors: FieldError<RoomField>[] } {
  const errors: FieldError<RoomField>[] = [];
  const fail = (field: RoomField, code: string) => errors.push({ field, code: code as PersonErrorCode });
  const coded = (field: 'use' | 'rentalStatus', dict: 'roomUse' | 'rentalStatus') => {
    const v = draft[field];
    if (v == null || v.trim() === '') return null;
    const code = codeOf(dict, v);
    if (!code) fail(field, 'CODE_UNKNOWN');
    return code ?? null;
  };
  const text = (field: keyof typeof ROOM_LIMITS) => {
    // A note keeps its line breaks; a name is one line.
    const raw = draft[field]?.trim();
    const t = field === 'note' ? raw : raw?.replace(/\s+/g, ' ');
    if (!t) return null;
    if (t.length > ROOM_LIMITS[field]) fail(field, 'TOO_LONG');
    return t;
  };
  const area = draft.areaM2 ?? null;
  if (area !== null && !validAreaM2(area)) fail('areaM2', 'NUMBER_INVALID');
  let ownerPhone: string | null = null;
  if (draft.ownerPhone?.trim()) {
    const phone = normalizePhone(draft.ownerPhone);
    if (phone.ok) ownerPhone = phone.phone;
    else fail('ownerPhone', phone.error);
  }
  const values: RoomFieldValues = {
    use: coded('use', 'roomUse'),
    areaM2: area,
    rentalStatus: coded('rentalStatus', 'rentalStatus'),
    ownerName: text('ownerName'),
    ownerPhone,
    note: text('note'),
  };
  return errors.length > 0 ? { ok: false, errors } : { ok: true, values };
}
