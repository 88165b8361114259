import type { Me } from '@wangge/contracts';
import { rows, type Tx } from '@wangge/db';
import { isRole, ROLE_LABELS } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { Locale } from '../../http/errors.ts';
import type { AuthUser } from '../../http/types.ts';

/** The signed-in user with their roles, each named by the territory node or department it is held in. */
export async function getMe(db: Tx, user: AuthUser, locale: Locale): Promise<Me> {
  const grants = await rows<{
    role: string;
    scope_path: string | null;
    scope_name: string | null;
    department_id: string | null;
    department_name: string | null;
  }>(
    db,
    sql`SELECT ra.role, ra.scope_path::text AS scope_path,
               COALESCE(dv.name, g.name) AS scope_name, ra.department_id, d.name AS department_name
        FROM role_assignment ra
        LEFT JOIN division dv ON dv.path = ra.scope_path
        LEFT JOIN grid g ON g.path = ra.scope_path
        LEFT JOIN department d ON d.id = ra.department_id
        WHERE ra.user_id = ${user.id}
        ORDER BY ra.created_at, ra.scope_path`,
  );
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    kind: user.kind,
    locale: user.locale,
    roles: grants.map((g) => ({
      role: g.role,
      roleLabel: isRole(g.role) ? ROLE_LABELS[g.role][locale] : g.role,
      scopePath: g.scope_path,
      scopeName: g.scope_name,
      departmentId: g.department_id,
      departmentName: g.department_name,
    })),
  };
}
