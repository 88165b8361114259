import type { DepartmentAssignments } from '@wangge/contracts';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { AppError, type Locale } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { withinPaths } from '../../lib/sql.ts';
import { roleLabel } from './assignments.repo.ts';
import { authPolicy } from './auth.policy.ts';

type Department = DepartmentAssignments['items'][number];
type Person = Omit<Department['handlers'][number], 'roleLabel'>;

const person = sql`json_build_object('assignmentId', ra.id, 'userId', u.id, 'username', u.username,
  'displayName', u.display_name, 'disabled', u.disabled, 'role', ra.role, 'force', ra.force,
  'employment', ra.employment, 'departmentName', d.name)`;

/**
 * Who handles cases for which department: the departments serving the administrator's territory,
 * each with its handlers and its professional forces on the grids (with how many grids each covers).
 */
export async function listDepartmentStaff(
  deps: Deps,
  actor: Actor,
  locale: Locale,
): Promise<DepartmentAssignments> {
  const paths = authPolicy.userAdminPaths(actor.scope);
  if (paths.length === 0) throw new AppError('FORBIDDEN');
  const found = await rows<{
    id: string;
    code: string;
    name: string;
    handlers: Person[];
    gridWorkers: Array<Person & { grids: number }>;
  }>(
    deps.db,
    sql`SELECT d.id, d.code, d.name,
               COALESCE((SELECT json_agg(${person} ORDER BY u.username)
                         FROM role_assignment ra JOIN app_user u ON u.id = ra.user_id
                         WHERE ra.department_id = d.id AND ra.role = 'departmentHandler'), '[]'::json) AS handlers,
               COALESCE((SELECT json_agg(w.p ORDER BY w.username)
                         FROM (SELECT u.username,
                                      json_build_object('assignmentId', (array_agg(ra.id ORDER BY ra.scope_path))[1],
                                        'userId', u.id, 'username', u.username, 'displayName', u.display_name,
                                        'disabled', u.disabled, 'role', ra.role, 'force', ra.force,
                                        'employment', min(ra.employment), 'departmentName', d.name,
                                        'grids', count(*)::int) AS p
                               FROM role_assignment ra JOIN app_user u ON u.id = ra.user_id
                               WHERE ra.department_id = d.id AND ra.role <> 'departmentHandler'
                               GROUP BY u.id, ra.role, ra.force) w), '[]'::json) AS "gridWorkers"
        FROM department d
        WHERE ${withinPaths('d.jurisdiction', paths)}
        ORDER BY d.code`,
  );
  return {
    items: found.map((d) => ({
      ...d,
      handlers: d.handlers.map((p) => ({ ...p, roleLabel: roleLabel(p.role, locale) })),
      gridWorkers: d.gridWorkers.map((p) => ({ ...p, roleLabel: roleLabel(p.role, locale) })),
    })),
  };
}
