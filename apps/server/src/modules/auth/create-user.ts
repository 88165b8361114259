import type { CreateUserRequest } from '@wangge/contracts';
import { one, schema, type Tx } from '@wangge/db';
import { DEPARTMENT_ROLES, hashPasswordAsync, isRole, passwordProblem } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/record.ts';
import { authPolicy } from './auth.policy.ts';

/**
 * Creates a user with their roles. `system` is the CLI (an operator on the server itself); over the
 * API an administrator may only grant roles inside their own territory.
 */
export async function createUser(deps: Deps, actor: Actor, input: CreateUserRequest, system = false) {
  if (passwordProblem(input.password)) throw new AppError('AUTH_PASSWORD_WEAK');
  if (!system && authPolicy.userAdminPaths(actor.scope).length === 0) throw new AppError('FORBIDDEN');
  const passwordHash = await hashPasswordAsync(input.password);
  return deps.db.transaction(async (tx) => {
    const taken = await one(tx, sql`SELECT 1 FROM app_user WHERE lower(username) = lower(${input.username})`);
    if (taken) throw new AppError('AUTH_USERNAME_TAKEN');
    const grants = [];
    for (const r of input.roles) grants.push(await resolveGrant(tx, r, actor, system));
    const [user] = await tx
      .insert(schema.appUser)
      .values({ username: input.username, displayName: input.displayName, kind: input.kind, passwordHash })
      .returning({ id: schema.appUser.id });
    if (!user) throw new AppError('INTERNAL');
    if (grants.length) {
      await tx
        .insert(schema.roleAssignment)
        .values(grants.map(({ district: _, ...g }) => ({ ...g, userId: user.id })));
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

const districtOf = (path: string) => path.split('.')[0]!;

type RoleInput = CreateUserRequest['roles'][number];

async function resolveGrant(tx: Tx, r: RoleInput, actor: Actor, system: boolean) {
  if (!isRole(r.role)) throw new AppError('AUTH_ROLE_UNKNOWN', undefined, { role: r.role });
  const base = { role: r.role, force: r.force ?? null, employment: r.employment ?? null };
  if (DEPARTMENT_ROLES.includes(r.role)) {
    if (!r.departmentId)
      throw new AppError('AUTH_ROLE_TARGET_INVALID', undefined, { role: r.role, target: 'departmentId' });
    const dept = await one<{ jurisdiction: string }>(
      tx,
      sql`SELECT jurisdiction::text AS jurisdiction FROM department WHERE id = ${r.departmentId}`,
    );
    if (!dept || (!system && !authPolicy.canGrantAt(actor.scope, dept.jurisdiction))) {
      throw new AppError('AUTH_DEPARTMENT_UNKNOWN');
    }
    return {
      ...base,
      departmentId: r.departmentId,
      scopePath: null,
      district: districtOf(dept.jurisdiction),
    };
  }
  if (!r.scopeCode)
    throw new AppError('AUTH_ROLE_TARGET_INVALID', undefined, { role: r.role, target: 'scopeCode' });
  const node = await one<{ path: string }>(
    tx,
    sql`SELECT path::text AS path FROM division WHERE code = ${r.scopeCode}
        UNION ALL SELECT path::text FROM grid WHERE code = ${r.scopeCode}`,
  );
  // Outside the administrator's territory answers like a code that does not exist.
  if (!node || (!system && !authPolicy.canGrantAt(actor.scope, node.path))) {
    throw new AppError('AUTH_SCOPE_UNKNOWN', undefined, { code: r.scopeCode });
  }
  return { ...base, scopePath: node.path, departmentId: null, district: districtOf(node.path) };
}
