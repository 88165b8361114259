import { rows, type Tx } from '@wangge/db';
import { type SQL, sql } from 'drizzle-orm';

const DISPATCH_ROLES: Record<string, string> = {
  grid: "('communityStaff')",
  community: "('communityStaff')",
  subdistrict: "('subdistrictDispatcher')",
  department: "('subdistrictDispatcher')",
};

/** SQL selecting `user_id`: who dispatches a case at its level (community staff for grid and community cases). */
export const dispatchersSql = (path: string, level: string): SQL =>
  sql`SELECT DISTINCT ra.user_id FROM role_assignment ra JOIN app_user u ON u.id = ra.user_id
      WHERE ra.scope_path @> ${path}::ltree AND ra.role IN ${sql.raw(DISPATCH_ROLES[level] ?? "('subdistrictDispatcher')")}
        AND NOT u.disabled`;

/** SQL selecting `user_id`: who works an assignment (a department's handlers, or the handlers at a node). */
export function assigneesSql(target: { territoryPath: string | null; departmentId: string | null }): SQL {
  if (target.departmentId) {
    return sql`SELECT DISTINCT user_id FROM role_assignment WHERE role = 'departmentHandler' AND department_id = ${target.departmentId}`;
  }
  const depth = (target.territoryPath ?? '').split('.').length;
  const roles =
    depth >= 4
      ? "('gridWorker','gridLeader')"
      : depth === 3
        ? "('communityStaff')"
        : "('subdistrictDispatcher')";
  // Linked forces (volunteers, property staff sharing a grid) are not handlers.
  return sql`SELECT DISTINCT user_id FROM role_assignment
             WHERE role IN ${sql.raw(roles)} AND scope_path @> ${target.territoryPath}::ltree
               AND (${depth < 4} OR force IS DISTINCT FROM 'linked')`;
}

export async function dispatchersOf(tx: Tx, path: string, level: string): Promise<string[]> {
  return (await rows<{ user_id: string }>(tx, dispatchersSql(path, level))).map((r) => r.user_id);
}

export async function assigneesOf(
  tx: Tx,
  target: { territoryPath: string | null; departmentId: string | null },
): Promise<string[]> {
  return (await rows<{ user_id: string }>(tx, assigneesSql(target))).map((r) => r.user_id);
}
