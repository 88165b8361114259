import type { DeleteRequest, PersonView, VersionBody } from '@wangge/contracts';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { isUniqueViolation } from '../../lib/pg-errors.ts';
import { recordAudit } from '../audit/index.ts';
import { loadPerson, personView } from './person-view.ts';
import { registryPolicy } from './registry.policy.ts';

/**
 * Soft delete (moved away, died, entered by mistake): the record leaves every list and search but
 * stays, restorable, until the purge removes it after the retention period. The audit stays for good.
 */
export async function deletePerson(deps: Deps, actor: Actor, id: string, req: z.infer<typeof DeleteRequest>) {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const p = await loadPerson(tx, id, registryPolicy.readPaths(actor.scope), true);
    if (!p || !registryPolicy.canEdit(actor.scope, p.path)) throw new AppError('REGISTRY_NOT_FOUND');
    if (p.deleted_at) throw new AppError('REGISTRY_DELETED');
    if (p.version !== req.version) throw new AppError('REGISTRY_VERSION_CONFLICT');
    await tx.execute(
      sql`UPDATE person SET deleted_at = ${now}, deleted_by = ${actor.userId}, version = version + 1, updated_at = ${now}
           WHERE id = ${id}`,
    );
    // A deleted head no longer heads the household.
    await tx.execute(sql`UPDATE household SET head_person_id = NULL WHERE head_person_id = ${id}`);
    await recordAudit(tx, actor, now, {
      action: 'person.delete',
      entityType: 'person',
      entityId: id,
      districtCode: p.district_code,
      after: { reason: req.reason, changes: [] },
    });
  });
}

/** Brings a deleted record back (before the purge), unless the same ID number was registered since. */
export async function restorePerson(
  deps: Deps,
  actor: Actor,
  id: string,
  req: z.infer<typeof VersionBody>,
): Promise<z.infer<typeof PersonView>> {
  const now = deps.clock.now();
  try {
    return await deps.db.transaction(async (tx) => {
      const p = await loadPerson(tx, id, registryPolicy.restorePaths(actor.scope), true);
      if (!p) throw new AppError('REGISTRY_NOT_FOUND');
      if (!p.deleted_at) throw new AppError('REGISTRY_NOT_DELETED');
      if (p.version !== req.version) throw new AppError('REGISTRY_VERSION_CONFLICT');
      await tx.execute(
        sql`UPDATE person SET deleted_at = NULL, deleted_by = NULL, version = version + 1, updated_at = ${now} WHERE id = ${id}`,
      );
      await recordAudit(tx, actor, now, {
        action: 'person.restore',
        entityType: 'person',
        entityId: id,
        districtCode: p.district_code,
        after: { changes: [] },
      });
      return personView(tx, actor.scope, (await loadPerson(tx, id, registryPolicy.readPaths(actor.scope)))!);
    });
  } catch (error) {
    if (isUniqueViolation(error, 'person_id_number_live_key'))
      throw new AppError('REGISTRY_PERSON_EXISTS', undefined, { where: '' });
    throw error;
  }
}
