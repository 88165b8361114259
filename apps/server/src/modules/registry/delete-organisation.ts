import type { DeleteRequest } from '@wangge/contracts';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/index.ts';
import { loadOrganisation } from './organisation-view.ts';
import { assertRecordId } from './record-id.ts';
import { registryPolicy } from './registry.policy.ts';

/**
 * Soft delete (closed, moved away, entered by mistake): the organisation leaves lists and searches, its
 * credit code is free to register again, and the audit keeps why.
 */
export async function deleteOrganisation(
  deps: Deps,
  actor: Actor,
  id: string,
  req: z.infer<typeof DeleteRequest>,
): Promise<void> {
  assertRecordId(id);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const o = await loadOrganisation(tx, id, registryPolicy.readPaths(actor.scope), true);
    if (!o || !registryPolicy.canEdit(actor.scope, o.path)) throw new AppError('REGISTRY_NOT_FOUND');
    if (o.deleted_at) throw new AppError('REGISTRY_DELETED');
    if (o.version !== req.version) throw new AppError('REGISTRY_VERSION_CONFLICT');
    await tx.execute(
      sql`UPDATE organisation SET deleted_at = ${now}, version = version + 1, updated_at = ${now} WHERE id = ${id}`,
    );
    await recordAudit(tx, actor, now, {
      action: 'organisation.delete',
      entityType: 'organisation',
      entityId: id,
      districtCode: o.district_code,
      after: { reason: req.reason, changes: [] },
    });
  });
}
