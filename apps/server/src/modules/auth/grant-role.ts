import type { RoleGrantRequest } from '@wangge/contracts';
import { schema } from '@wangge/db';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/record.ts';
import { loadManagedUser } from './managed-user.ts';
import { assignmentValues, resolveGrant } from './resolve-grant.ts';
import { sameGrant } from './same-grant.ts';

/** Grants an existing user one more role, at a place (or in a department) inside the territory. */
export async function grantRole(deps: Deps, actor: Actor, userId: string, input: RoleGrantRequest) {
  return deps.db.transaction(async (tx) => {
    const user = await loadManagedUser(tx, actor, userId, 'visible');
    const grant = await resolveGrant(tx, input, actor, false);
    if (user.grants.some((g) => sameGrant(g, grant)))
      throw new AppError('AUTH_ROLE_DUPLICATE', undefined, { role: grant.role });
    const [row] = await tx
      .insert(schema.roleAssignment)
      .values(assignmentValues(grant, user.id))
      .returning({ id: schema.roleAssignment.id });
    if (!row) throw new AppError('INTERNAL');
    await recordAudit(tx, actor, deps.clock.now(), {
      action: 'user.role_grant',
      entityType: 'user',
      entityId: user.id,
      districtCode: grant.district,
      after: {
        assignmentId: row.id,
        role: grant.role,
        scopePath: grant.scopePath,
        departmentId: grant.departmentId,
        force: grant.force,
        employment: grant.employment,
      },
    });
    return { id: row.id };
  });
}
