import type { RoomFields } from '@wangge/contracts';
import { one, type Tx } from '@wangge/db';
import {
  diffFields,
  type FieldChange,
  type FieldError,
  maskAnyPhone,
  normalizePhone,
  type PersonErrorCode,
  validAreaM2,
} from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Config } from '../../config.ts';
import { AppError } from '../../http/errors.ts';
import { withinPaths } from '../../lib/sql.ts';
import { invalid } from './field-errors.ts';
import { openPhone, sealPhone } from './pii.ts';

/** A room's own fields as checked: trimmed text, the owner's phone normalised (still in the clear). */
export interface RoomValues {
  use: string;
  areaM2: number | null;
  rentalStatus: string | null;
  ownerPersonId: string | null;
  ownerName: string | null;
  ownerPhone: string | null;
  note: string | null;
}

const text = (v: string | null | undefined) => {
  const t = v?.trim().replace(/\s+/g, ' ');
  return t ? t : null;
};

/** The field rules beyond the contract's shape; every failure at once, as REGISTRY_INVALID. */
export function checkRoomFields(input: z.infer<typeof RoomFields>): RoomValues {
  const errors: FieldError<string>[] = [];
  const area = input.areaM2 ?? null;
  if (area !== null && !validAreaM2(area))
    errors.push({ field: 'areaM2', code: 'NUMBER_INVALID' as PersonErrorCode });
  let ownerPhone: string | null = null;
  if (text(input.ownerPhone)) {
    const phone = normalizePhone(input.ownerPhone);
    if (phone.ok) ownerPhone = phone.phone;
    else errors.push({ field: 'ownerPhone', code: phone.error });
  }
  if (errors.length > 0) throw invalid(errors);
  return {
    use: input.use,
    areaM2: area,
    rentalStatus: input.rentalStatus ?? null,
    ownerPersonId: input.ownerPersonId ?? null,
    ownerName: text(input.ownerName),
    ownerPhone,
    note: input.note?.trim() || null,
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

/** The owner, when named by id, must be a live person the caller can see. */
export async function checkOwner(tx: Tx, paths: readonly string[], personId: string) {
  const found = await one<{ id: string }>(
    tx,
    sql`SELECT id FROM person WHERE id = ${personId} AND deleted_at IS NULL AND ${withinPaths('path', paths)}`,
  );
  if (!found) throw new AppError('REGISTRY_OWNER_UNKNOWN');
}

/** The owner's phone sealed before the transaction (encrypting is CPU work, kept out of the locks). */
export const sealOwnerPhone = (config: Config, phone: string | null) =>
  phone ? sealPhone(config, phone) : null;

/** The owner's phone columns: an unchanged number keeps its stored ciphertext (a new one differs every time). */
export function ownerPhoneColumns(
  sealed: ReturnType<typeof sealOwnerPhone>,
  phone: string | null,
  before: StoredRoomPhone | null,
) {
  if (phone !== null && before?.phone === phone)
    return { owner_phone_enc: before.enc, owner_phone_mask: before.mask };
  return { owner_phone_enc: sealed?.enc ?? null, owner_phone_mask: sealed?.mask ?? null };
}

export interface StoredRoomPhone {
  phone: string;
  enc: string;
  mask: string;
}

/** The stored phone opened (in memory only) so that an edit can tell whether it changed. */
export function storedOwnerPhone(
  config: Config,
  enc: string | null,
  mask: string | null,
): StoredRoomPhone | null {
  return enc ? { phone: openPhone(config, enc), enc, mask: mask ?? '' } : null;
}

/**
 * An edit that leaves the owner's phone out (`undefined`) keeps the stored one, so that a form need not
 * reveal it to send it back; `null` or '' removes it. The stored number is only opened in memory (this
 * is not a reveal): it passed the same rules when it was written.
 */
export const keepLeftOutPhone = (
  values: RoomValues,
  input: { ownerPhone?: string | null },
  stored: StoredRoomPhone | null,
): RoomValues => (input.ownerPhone === undefined ? { ...values, ownerPhone: stored?.phone ?? null } : values);

/** What changed, for the history: the owner's phone as masks only. */
export function roomChanges(
  before: (RoomValues & { unitNo: number; roomNo: string }) | null,
  after: RoomValues & { unitNo: number; roomNo: string },
): FieldChange[] {
  return diffFields(before ? { ...before } : null, { ...after }, { masks: { ownerPhone: maskAnyPhone } });
}
