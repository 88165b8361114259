import { schema } from '@wangge/db';
import { eq } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/record.ts';
import { authPolicy } from './auth.policy.ts';
import { loadManagedUser } from './managed-user.ts';
import { districtOf } from './resolve-grant.ts';

/**
 * Revokes one role assignment inside the territory. It takes effect on the user's next request
 * (sessions load their grants each time). A user keeps at least one role: an account with none
 * would vanish from every administrator's list, so the last one goes by disabling the account.
 */
export async function revokeRole(deps: Deps, actor: Actor, userId: string, assignmentId: string) {
  await deps.db.transaction(async (tx) => {
    const user = await loadManagedUser(tx, actor, userId, 'visible');
    const grant = user.grants.find((g) => g.id === assignmentId);
    if (!grant || !authPolicy.canGrantAt(actor.scope, grant.reach))
      throw new AppError('AUTH_ASSIGNMENT_NOT_FOUND');
    if (user.id === actor.userId && grant.role === 'admin') throw new AppError('AUTH_SELF_CHANGE');
    if (user.grants.length === 1) throw new AppError('AUTH_ROLE_LAST');
    await tx.delete(schema.roleAssignment).where(eq(schema.roleAssignment.id, assignmentId));
    await recordAudit(tx, actor, deps.clock.now(), {
      action: 'user.role_revoke',
      entityType: 'user',
      entityId: user.id,
      districtCode: districtOf(grant.reach),
      before: {
        assignmentId,
        role: grant.role,
        scopePath: grant.scopePath,
        departmentId: grant.departmentId,
      },
    });
  });
}
