import type { UserList, UserListQuery } from '@wangge/contracts';
import { rows } from '@wangge/db';
import { isRole } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { AppError, type Locale } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { likePattern } from '../../lib/sql.ts';
import {
  type AssignmentRow,
  assignmentJoins,
  assignmentJson,
  assignmentsWithin,
  toAssignment,
} from './assignments.repo.ts';
import { authPolicy } from './auth.policy.ts';

/**
 * Users holding any role inside the administrator's territory (or in a department serving it), a
 * page at a time, each with the roles they hold there.
 */
export async function listUsers(
  deps: Deps,
  actor: Actor,
  locale: Locale,
  query: UserListQuery,
): Promise<UserList> {
  const paths = authPolicy.userAdminPaths(actor.scope);
  if (paths.length === 0) throw new AppError('FORBIDDEN');
  if (query.role !== undefined && !isRole(query.role))
    throw new AppError('AUTH_ROLE_UNKNOWN', undefined, { role: query.role });
  const pattern = query.q ? likePattern(query.q) : null;
  const role = query.role ?? null;
  const disabled = query.disabled === undefined ? null : query.disabled === 'true';
  const matching = sql`FROM app_user u
        JOIN role_assignment ra ON ra.user_id = u.id
        ${assignmentJoins}
        WHERE ${assignmentsWithin(paths)}
          AND (${pattern}::text IS NULL OR u.username ILIKE ${pattern} OR u.display_name ILIKE ${pattern})
          AND (${disabled}::boolean IS NULL OR u.disabled = ${disabled})
        GROUP BY u.id
        HAVING ${role}::text IS NULL OR bool_or(ra.role = ${role})`;
  const found = await rows<{
    id: string;
    username: string;
    display_name: string;
    kind: string;
    disabled: boolean;
    total: number;
    roles: AssignmentRow[];
  }>(
    deps.db,
    sql`SELECT u.id, u.username, u.display_name, u.kind, u.disabled, count(*) OVER ()::int AS total,
               json_agg(${assignmentJson} ORDER BY ra.created_at, ra.scope_path) AS roles
        ${matching}
        ORDER BY u.username LIMIT ${query.limit} OFFSET ${query.offset}`,
  );
  // A page past the end has no row to carry the count.
  const total =
    found[0]?.total ??
    (query.offset === 0
      ? 0
      : ((
          await rows<{ n: number }>(deps.db, sql`SELECT count(*)::int AS n FROM (SELECT u.id ${matching}) m`)
        )[0]?.n ?? 0));
  return {
    items: found.map((u) => ({
      id: u.id,
      username: u.username,
      displayName: u.display_name,
      kind: u.kind,
      disabled: u.disabled,
      roles: u.roles.map((r) => toAssignment(r, locale)),
    })),
    total,
  };
}
