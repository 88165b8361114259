import type { HouseholdUpdate, HouseholdView } from '@wangge/contracts';
import { one } from '@wangge/db';
import { diffFields } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/index.ts';
import { householdAnswer, householdNo, loadHousehold } from './household-record.ts';
import { assertRecordId } from './record-id.ts';
import { registryPolicy } from './registry.policy.ts';

/** Changes a household's number or head (a live member of it, or none); `version` as the caller saw it. */
export async function updateHousehold(
  deps: Deps,
  actor: Actor,
  id: string,
  input: z.infer<typeof HouseholdUpdate>,
): Promise<z.infer<typeof HouseholdView>> {
  assertRecordId(id);
  const now = deps.clock.now();
  const readPaths = registryPolicy.readPaths(actor.scope);
  return deps.db.transaction(async (tx) => {
    const before = await loadHousehold(tx, id, readPaths, true);
    if (!before || !registryPolicy.canEdit(actor.scope, before.path))
      throw new AppError('REGISTRY_NOT_FOUND');
    if (before.version !== input.version) throw new AppError('REGISTRY_VERSION_CONFLICT');
    const headId = input.headPersonId ?? null;
    if (headId) {
      const member = await one<{ id: string }>(
        tx,
        sql`SELECT id FROM person WHERE id = ${headId} AND household_id = ${id} AND deleted_at IS NULL`,
      );
      if (!member) throw new AppError('REGISTRY_HEAD_NOT_MEMBER');
    }
    const changes = diffFields(
      { householdNo: before.household_no, headPersonId: before.head_person_id },
      { householdNo: householdNo(input.householdNo), headPersonId: headId },
    );
    if (changes.length > 0) {
      await tx.execute(
        sql`UPDATE household SET household_no = ${householdNo(input.householdNo)}, head_person_id = ${headId},
                   version = version + 1, updated_at = ${now}
             WHERE id = ${id}`,
      );
      await recordAudit(tx, actor, now, {
        action: 'household.update',
        entityType: 'household',
        entityId: id,
        districtCode: before.district_code,
        after: { changes },
      });
    }
    return householdAnswer(tx, (await loadHousehold(tx, id, readPaths))!);
  });
}
