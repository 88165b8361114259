import type { CreateUserRequest } from '@wangge/contracts';
import { one, schema } from '@wangge/db';
import { hashPasswordAsync, passwordProblem } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/record.ts';
import { authPolicy } from './auth.policy.ts';
import { assignmentValues, type ResolvedGrant, resolveGrant } from './resolve-grant.ts';
import { sameGrant } from './same-grant.ts';

/**
 * Creates a user with their roles. `system` is the CLI (an operator on the server itself); over the
 * API an administrator may only grant roles inside their own territory.
 */
export async function createUser(deps: Deps, actor: Actor, input: CreateUserRequest, system = false) {
  if (passwordProblem(input.password)) throw new AppError('AUTH_PASSWORD_WEAK');
  if (!system && authPolicy.userAdminPaths(actor.scope).length === 0) throw new AppError('FORBIDDEN');
  // Over the API a user needs a role: one without any would be in no administrator's territory.
  if (!system && input.roles.length === 0) throw new AppError('AUTH_ROLE_REQUIRED');
  const passwordHash = await hashPasswordAsync(input.password);
  return deps.db.transaction(async (tx) => {
    const taken = await one(tx, sql`SELECT 1 FROM app_user WHERE lower(username) = lower(${input.username})`);
    if (taken) throw new AppError('AUTH_USERNAME_TAKEN');
    const grants: ResolvedGrant[] = [];
    for (const r of input.roles) {
      const grant = await resolveGrant(tx, r, actor, system);
      if (grants.some((g) => sameGrant(g, grant)))
        throw new AppError('AUTH_ROLE_DUPLICATE', undefined, { role: grant.role });
      grants.push(grant);
    }
    const [user] = await tx
      .insert(schema.appUser)
      .values({ username: input.username, displayName: input.displayName, kind: input.kind, passwordHash })
      .returning({ id: schema.appUser.id });
    if (!user) throw new AppError('INTERNAL');
    if (grants.length) {
      await tx.insert(schema.roleAssignment).values(grants.map((g) => assignmentValues(g, user.id)));
    }
    await recordAudit(tx, actor, deps.clock.now(), {
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      districtCode: grants[0]?.district ?? null,
      after: {
        username: input.username,
        displayName: input.displayName,
        kind: input.kind,
        roles: input.roles,
      },
    });
    return { id: user.id };
  });
}
