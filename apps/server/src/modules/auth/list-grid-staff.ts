import type { GridAssignments } from '@wangge/contracts';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { AppError, type Locale } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { withinPaths } from '../../lib/sql.ts';
import { roleLabel } from './assignments.repo.ts';
import { authPolicy } from './auth.policy.ts';
import { findPlace } from './find-place.ts';

type Person = GridAssignments['items'][number]['staff'][number];

/**
 * Who works which grid: every grid in the administrator's territory (or under one division or
 * grid code) with the staff whose roles are held at it, leaders first.
 */
export async function listGridStaff(
  deps: Deps,
  actor: Actor,
  locale: Locale,
  query: { within?: string | undefined },
): Promise<GridAssignments> {
  const paths = authPolicy.userAdminPaths(actor.scope);
  if (paths.length === 0) throw new AppError('FORBIDDEN');
  const place = query.within ? await findPlace(deps.db, query.within, paths) : null;
  const grids = await rows<{
    code: string;
    name: string;
    type: 'basic' | 'exclusive';
    communityCode: string;
    communityName: string;
    staff: Array<Omit<Person, 'roleLabel'>>;
  }>(
    deps.db,
    sql`SELECT g.code, g.name, g.type, g.community_code AS "communityCode", c.name AS "communityName",
               COALESCE((
                 SELECT json_agg(json_build_object('assignmentId', ra.id, 'userId', u.id, 'username', u.username,
                          'displayName', u.display_name, 'disabled', u.disabled, 'role', ra.role,
                          'force', ra.force, 'employment', ra.employment, 'departmentName', d.name)
                        ORDER BY array_position(ARRAY['gridLeader','gridWorker','buildingLeader','unitLeader'], ra.role),
                                 array_position(ARRAY['basic','professional','linked'], ra.force),
                                 ra.employment, u.username)
                 FROM role_assignment ra JOIN app_user u ON u.id = ra.user_id
                 LEFT JOIN department d ON d.id = ra.department_id
                 WHERE ra.scope_path = g.path AND u.kind = 'staff'), '[]'::json) AS staff
        FROM grid g JOIN division c ON c.code = g.community_code
        WHERE ${withinPaths('g.path', paths)}
          AND (${place}::ltree IS NULL OR g.path <@ ${place}::ltree)
        ORDER BY g.code`,
  );
  return {
    items: grids.map((g) => ({
      ...g,
      staff: g.staff.map((s) => ({ ...s, roleLabel: roleLabel(s.role, locale) })),
    })),
  };
}
