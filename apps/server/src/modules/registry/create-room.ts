import type { RoomCreate, RoomView } from '@wangge/contracts';
import { one } from '@wangge/db';
import { parseRoomNo } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { isUniqueViolation } from '../../lib/pg-errors.ts';
import { recordAudit } from '../audit/index.ts';
import { findBuildingUnit } from './place.ts';
import { registryPolicy } from './registry.policy.ts';
import {
  checkOwner,
  checkRoomFields,
  ownerPhoneColumns,
  roomChanges,
  sealOwnerPhone,
} from './room-record.ts';
import { roomView } from './room-view.ts';

/** Registers a room (房屋) of a building's stairway unit, with its use, area, rental status and owner. */
export async function createRoom(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof RoomCreate>,
): Promise<z.infer<typeof RoomView>> {
  const now = deps.clock.now();
  const parsed = parseRoomNo(input.roomNo);
  if (!parsed.ok) throw new AppError('REGISTRY_ROOM_NO_INVALID', undefined, { value: input.roomNo });
  const values = checkRoomFields(input);
  const editPaths = registryPolicy.editPaths(actor.scope);
  if (editPaths.length === 0) throw new AppError('FORBIDDEN');
  const phone = ownerPhoneColumns(sealOwnerPhone(deps.config, values.ownerPhone), values.ownerPhone, null);

  try {
    return await deps.db.transaction(async (tx) => {
      const building = await findBuildingUnit(tx, editPaths, input.buildingCode, input.unitNo);
      const existing = await one<{ id: string }>(
        tx,
        sql`SELECT id FROM room WHERE building_id = ${building.id} AND unit_no = ${input.unitNo} AND room_no = ${parsed.roomNo}`,
      );
      if (existing) throw new AppError('REGISTRY_ROOM_EXISTS', { roomId: existing.id });
      if (values.ownerPersonId)
        await checkOwner(tx, registryPolicy.readPaths(actor.scope), values.ownerPersonId);
      const room = await one<{ id: string }>(
        tx,
        sql`INSERT INTO room (building_id, unit_no, room_no, floor, use, area_m2, rental_status, owner_person_id,
                              owner_name, owner_phone_enc, owner_phone_mask, note, grid_id, district_code, path,
                              created_at, updated_at)
            VALUES (${building.id}, ${input.unitNo}, ${parsed.roomNo}, ${parsed.floor}, ${values.use},
                    ${values.areaM2}, ${values.rentalStatus}, ${values.ownerPersonId}, ${values.ownerName},
                    ${phone.owner_phone_enc}, ${phone.owner_phone_mask}, ${values.note}, ${building.grid_id},
                    ${building.district_code}, ${building.path}::ltree, ${now}, ${now})
            RETURNING id`,
      );
      await recordAudit(tx, actor, now, {
        action: 'room.create',
        entityType: 'room',
        entityId: room!.id,
        districtCode: building.district_code,
        after: {
          changes: roomChanges(null, { unitNo: input.unitNo, roomNo: parsed.roomNo, ...values }),
        },
      });
      return roomView(tx, room!.id);
    });
  } catch (error) {
    // The same door registered twice at once: the unique index lets one win.
    if (isUniqueViolation(error, 'room_address_key')) throw new AppError('REGISTRY_ROOM_EXISTS');
    throw error;
  }
}
