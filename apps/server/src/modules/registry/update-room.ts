import type { RoomUpdate, RoomView } from '@wangge/contracts';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/index.ts';
import { assertRecordId } from './record-id.ts';
import { registryPolicy } from './registry.policy.ts';
import {
  checkOwner,
  checkRoomFields,
  keepLeftOutPhone,
  ownerPhoneColumns,
  roomChanges,
  sealOwnerPhone,
  storedOwnerPhone,
  storedRoomValues,
} from './room-record.ts';
import { loadRoom, roomView } from './room-view.ts';

/**
 * Changes a room's use, area, rental status, owner or note; `version` must be the one the caller saw.
 * The owner's phone left out keeps the stored one; `null` or '' removes it.
 */
export async function updateRoom(
  deps: Deps,
  actor: Actor,
  id: string,
  input: z.infer<typeof RoomUpdate>,
): Promise<z.infer<typeof RoomView>> {
  const now = deps.clock.now();
  const checked = checkRoomFields(input);
  assertRecordId(id);
  const readPaths = registryPolicy.readPaths(actor.scope);
  // A phone left out is not sealed: it is kept as stored (see keepLeftOutPhone).
  const sealed = sealOwnerPhone(deps.config, checked.ownerPhone);

  return deps.db.transaction(async (tx) => {
    const before = await loadRoom(tx, id, readPaths, true);
    if (!before || !registryPolicy.canEdit(actor.scope, before.path))
      throw new AppError('REGISTRY_NOT_FOUND');
    if (before.version !== input.version) throw new AppError('REGISTRY_VERSION_CONFLICT');
    if (checked.ownerPersonId && checked.ownerPersonId !== before.owner_person_id)
      await checkOwner(tx, readPaths, checked.ownerPersonId);
    // The stored phone opened in memory: to keep it when left out and to tell whether it changed.
    const stored = storedOwnerPhone(deps.config, before.owner_phone_enc, before.owner_phone_mask);
    const values = keepLeftOutPhone(checked, input, stored);
    const old = { unitNo: before.unit_no, roomNo: before.room_no, ...storedRoomValues(before, stored) };
    const changes = roomChanges(old, { ...values, unitNo: before.unit_no, roomNo: before.room_no });
    if (changes.length > 0) {
      const phone = ownerPhoneColumns(sealed, values.ownerPhone, stored);
      await tx.execute(
        sql`UPDATE room SET use = ${values.use}, area_m2 = ${values.areaM2}, rental_status = ${values.rentalStatus},
                   owner_person_id = ${values.ownerPersonId}, owner_name = ${values.ownerName},
                   owner_phone_enc = ${phone.owner_phone_enc}, owner_phone_mask = ${phone.owner_phone_mask},
                   note = ${values.note}, version = version + 1, updated_at = ${now}
             WHERE id = ${id}`,
      );
      await recordAudit(tx, actor, now, {
        action: 'room.update',
        entityType: 'room',
        entityId: id,
        districtCode: before.district_code,
        after: { changes },
      });
    }
    return roomView(tx, id);
  });
}
