import type { RoleGrantRequest } from '@wangge/contracts';
import { one, type Tx } from '@wangge/db';
import { DEPARTMENT_ROLES, isRole, type Role } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../../http/types.ts';
import { authPolicy } from './auth.policy.ts';

export interface ResolvedGrant {
  role: Role;
  scopePath: string | null;
  departmentId: string | null;
  force: RoleGrantRequest['force'] | null;
  employment: RoleGrantRequest['employment'] | null;
  /** The county the grant lies in, for the audit row. */
  district: string;
  /** The path the grant reaches: its territory node, or its department's jurisdiction. */
  path: string;
}

export const districtOf = (path: string) => path.split('.')[0]!;

/**
 * Checks one role to grant and finds where it is held: a division or grid code, or a department
 * for department roles (a territory role may name the department whose professional force it is).
 * `system` is the CLI; over the API the place must lie inside the
 * administrator's territory, and a place outside answers like one that does not exist.
 */
export async function resolveGrant(
  tx: Tx,
  r: RoleGrantRequest,
  actor: Actor,
  system: boolean,
): Promise<ResolvedGrant> {
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
      path: dept.jurisdiction,
    };
  }
  if (!r.scopeCode)
    throw new AppError('AUTH_ROLE_TARGET_INVALID', undefined, { role: r.role, target: 'scopeCode' });
  const node = await one<{ path: string }>(
    tx,
    sql`SELECT path::text AS path FROM division WHERE code = ${r.scopeCode}
        UNION ALL SELECT path::text FROM grid WHERE code = ${r.scopeCode}`,
  );
  if (!node || (!system && !authPolicy.canGrantAt(actor.scope, node.path))) {
    throw new AppError('AUTH_SCOPE_UNKNOWN', undefined, { code: r.scopeCode });
  }
  // A department's professional force on a grid (一员多格): the department must serve that place.
  if (r.departmentId) {
    const serves = await one(
      tx,
      sql`SELECT 1 FROM department WHERE id = ${r.departmentId} AND ${node.path}::ltree <@ jurisdiction`,
    );
    if (!serves) throw new AppError('AUTH_DEPARTMENT_UNKNOWN');
  }
  return {
    ...base,
    scopePath: node.path,
    departmentId: r.departmentId ?? null,
    district: districtOf(node.path),
    path: node.path,
  };
}

/** The row to insert for a resolved grant. */
export const assignmentValues = ({ district: _d, path: _p, ...g }: ResolvedGrant, userId: string) => ({
  ...g,
  userId,
});
