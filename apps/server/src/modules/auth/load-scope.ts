import { rows, type Tx } from '@wangge/db';
import type { Scope, ScopeGrant } from '@wangge/domain';
import { isRole } from '@wangge/domain';
import { sql } from 'drizzle-orm';

/** A user's grants; a department role's path is the department's jurisdiction. */
export async function loadScope(db: Tx, userId: string): Promise<Scope> {
  const grants = await rows<{ role: string; path: string; department_id: string | null }>(
    db,
    sql`SELECT ra.role, COALESCE(ra.scope_path, d.jurisdiction)::text AS path, ra.department_id
        FROM role_assignment ra LEFT JOIN department d ON d.id = ra.department_id
        WHERE ra.user_id = ${userId}`,
  );
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
