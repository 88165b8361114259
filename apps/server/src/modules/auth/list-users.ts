import { rows } from '@wangge/db';
import { isRole, ROLE_LABELS } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { AppError, type Locale } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { likePattern, withinPaths } from '../../lib/sql.ts';
import { authPolicy } from './auth.policy.ts';

/** Users holding any role inside the administrator's territory (or in a department serving it). */
export async function listUsers(
  deps: Deps,
  actor: Actor,
  locale: Locale,
  query: { q?: string; limit: number },
) {
  const paths = authPolicy.userAdminPaths(actor.scope);
  if (paths.length === 0) throw new AppError('FORBIDDEN');
  const pattern = query.q ? likePattern(query.q) : null;
  const found = await rows<{
    id: string;
    username: string;
    display_name: string;
    kind: string;
    disabled: boolean;
    roles: Array<{ role: string; path: string | null; department: string | null }>;
  }>(
    deps.db,
    sql`SELECT u.id, u.username, u.display_name, u.kind, u.disabled,
               json_agg(json_build_object('role', ra.role, 'path', ra.scope_path::text, 'department', d.name)
                        ORDER BY ra.role) AS roles
        FROM app_user u
        JOIN role_assignment ra ON ra.user_id = u.id
        LEFT JOIN department d ON d.id = ra.department_id
        WHERE ${withinPaths(sql`COALESCE(ra.scope_path, d.jurisdiction)`, paths)}
          AND (${pattern}::text IS NULL OR u.username ILIKE ${pattern} OR u.display_name ILIKE ${pattern})
        GROUP BY u.id ORDER BY u.username LIMIT ${query.limit}`,
  );
  return found.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    kind: u.kind,
    disabled: u.disabled,
    roles: u.roles.map((r) => ({
      role: r.role,
      roleLabel: isRole(r.role) ? ROLE_LABELS[r.role][locale] : r.role,
      scopePath: r.path,
      departmentName: r.department,
    })),
  }));
}
