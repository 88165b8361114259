import type { RoomRevealAnswer, RoomRevealRequest } from '@wangge/contracts';
import { one } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/index.ts';
import { openPhone } from './pii.ts';
import { assertRecordId } from './record-id.ts';
import { registryPolicy } from './registry.policy.ts';
import { loadRoom } from './room-view.ts';

/**
 * A room owner's phone in the clear, for someone whose role needs it, with the reason they gave; the
 * audit row is written in the same transaction before the number leaves. (An owner in the registry
 * with no phone on the room keeps theirs on their person record, revealed there.)
 */
export async function revealRoomOwner(
  deps: Deps,
  actor: Actor,
  id: string,
  req: z.infer<typeof RoomRevealRequest>,
): Promise<z.infer<typeof RoomRevealAnswer>> {
  assertRecordId(id);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const room = await loadRoom(tx, id, registryPolicy.readPaths(actor.scope));
    if (!room) throw new AppError('REGISTRY_NOT_FOUND');
    if (!registryPolicy.canReveal(actor.scope, room.path)) throw new AppError('REGISTRY_REVEAL_FORBIDDEN');
    const owner = room.owner_person_id
      ? await one<{ name: string }>(
          tx,
          sql`SELECT name FROM person WHERE id = ${room.owner_person_id} AND deleted_at IS NULL`,
        )
      : undefined;
    await recordAudit(tx, actor, now, {
      action: 'room.reveal',
      entityType: 'room',
      entityId: room.id,
      districtCode: room.district_code,
      after: {
        field: req.field,
        reason: req.reason,
        subjectName: room.owner_name ?? owner?.name ?? null,
        subjectMasked: room.owner_phone_mask,
      },
    });
    return {
      field: req.field,
      value: room.owner_phone_enc ? openPhone(deps.config, room.owner_phone_enc) : null,
    };
  });
}
