import { one, type Tx } from '@wangge/db';
import type { Scope, ScopeGrant } from '@wangge/domain';
import { isRole } from '@wangge/domain';
import { type SQL, sql } from 'drizzle-orm';

interface GrantRow {
  role: string;
  path: string;
  department_id: string | null;
}

/**
 * A user's grants as a JSON array, for use inside a query (session resolution reads the user and
 * their grants in one round trip). A department role's path is the department's jurisdiction.
 */
export const grantsJson = (userId: SQL): SQL =>
  sql`(SELECT COALESCE(json_agg(json_build_object('role', ra.role, 'path', COALESCE(ra.scope_path, d.jurisdiction)::text,
                                                 'department_id', ra.department_id)), '[]'::json)
       FROM role_assignment ra LEFT JOIN department d ON d.id = ra.department_id WHERE ra.user_id = ${userId})`;

export function toScope(userId: string, grants: readonly GrantRow[]): Scope {
  return {
    userId,
    grants: grants
      .filter((g) => isRole(g.role))
      .map(
        (g): ScopeGrant => ({
          role: g.role as ScopeGrant['role'],
          path: g.path,
          ...(g.department_id ? { departmentId: g.department_id } : {}),
        }),
      ),
  };
}

export async function loadScope(db: Tx, userId: string): Promise<Scope> {
  const row = await one<{ grants: GrantRow[] }>(
    db,
    sql`SELECT ${grantsJson(sql`${userId}::uuid`)} AS grants`,
  );
  return toScope(userId, row?.grants ?? []);
}
