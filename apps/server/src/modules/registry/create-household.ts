import type { HouseholdCreate, HouseholdView } from '@wangge/contracts';
import { one } from '@wangge/db';
import { diffFields } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/index.ts';
import { householdAnswer, householdNo, loadHousehold } from './household-record.ts';
import { registryPolicy } from './registry.policy.ts';
import { loadRoom } from './room-view.ts';

/** GB/T 4761's code for the head of household. */
const HEAD = '02';

/**
 * Opens a household (户) in a room. Its head, if named, must live in the room in no household yet:
 * they become its first member (relation 户主), recorded on their own history too. Other members join
 * by editing their person record.
 */
export async function createHousehold(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof HouseholdCreate>,
): Promise<z.infer<typeof HouseholdView>> {
  const now = deps.clock.now();
  const readPaths = registryPolicy.readPaths(actor.scope);
  return deps.db.transaction(async (tx) => {
    const room = await loadRoom(tx, input.roomId, readPaths);
    if (!room || !registryPolicy.canEdit(actor.scope, room.path)) throw new AppError('REGISTRY_NOT_FOUND');
    const headId = input.headPersonId ?? null;
    const head = headId
      ? await one<{ id: string; relation_to_head: string | null; district_code: string }>(
          tx,
          sql`SELECT id, relation_to_head, district_code FROM person
               WHERE id = ${headId} AND room_id = ${room.id} AND household_id IS NULL AND deleted_at IS NULL
               FOR UPDATE`,
        )
      : undefined;
    if (headId && !head) throw new AppError('REGISTRY_HEAD_NOT_MEMBER');
    const values = { roomId: room.id, householdNo: householdNo(input.householdNo), headPersonId: headId };
    const created = await one<{ id: string }>(
      tx,
      sql`INSERT INTO household (room_id, household_no, head_person_id, grid_id, district_code, path, created_at, updated_at)
          VALUES (${room.id}, ${values.householdNo}, ${headId}, ${room.grid_id}, ${room.district_code},
                  ${room.path}::ltree, ${now}, ${now})
          RETURNING id`,
    );
    const id = created!.id;
    await recordAudit(tx, actor, now, {
      action: 'household.create',
      entityType: 'household',
      entityId: id,
      districtCode: room.district_code,
      after: { changes: diffFields(null, values) },
    });
    if (head) {
      await tx.execute(
        sql`UPDATE person SET household_id = ${id}, relation_to_head = ${HEAD}, version = version + 1, updated_at = ${now}
             WHERE id = ${head.id}`,
      );
      await recordAudit(tx, actor, now, {
        action: 'person.update',
        entityType: 'person',
        entityId: head.id,
        districtCode: head.district_code,
        after: {
          changes: diffFields(
            { householdId: null, relationToHead: head.relation_to_head },
            { householdId: id, relationToHead: HEAD },
          ),
        },
      });
    }
    return householdAnswer(tx, (await loadHousehold(tx, id, readPaths))!);
  });
}
