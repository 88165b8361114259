import type { RoomFields } from '@wangge/contracts';
import { one, type Tx } from '@wangge/db';
import { diffFields, type FieldChange, maskAnyPhone, validateRoomFields } from '@wangge/domain';
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

/** The field rules (the domain's, shared with the import); every failure at once, as REGISTRY_INVALID. */
export function checkRoomFields(input: z.infer<typeof RoomFields>): RoomValues {
  const checked = validateRoomFields(input);
  if (!checked.ok) throw invalid(checked.errors);
  const v = checked.values;
  // In this order: the history lists changes in the order of the fields.
  return {
    use: v.use ?? input.use,
    areaM2: v.areaM2,
    rentalStatus: v.rentalStatus,
    ownerPersonId: input.ownerPersonId ?? null,
    ownerName: v.ownerName,
    ownerPhone: v.ownerPhone,
    note: v.note,
  };
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

/** A stored room's values as the rules see them, with its phone opened by `storedOwnerPhone`. */
export const storedRoomValues = (
  row: {
    use: string;
    area_m2: string | null;
    rental_status: string | null;
    owner_person_id: string | null;
    owner_name: string | null;
    note: string | null;
  },
  stored: StoredRoomPhone | null,
): RoomValues => ({
  use: row.use,
  areaM2: row.area_m2 === null ? null : Number(row.area_m2),
  rentalStatus: row.rental_status,
  ownerPersonId: row.owner_person_id,
  ownerName: row.owner_name,
  ownerPhone: stored?.phone ?? null,
  note: row.note,
});

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
