import { rows, type Tx } from '@wangge/db';
import { sql } from 'drizzle-orm';

const DISPATCH_ROLES: Record<string, string[]> = {
  grid: ['communityStaff'],
  community: ['communityStaff'],
  subdistrict: ['subdistrictDispatcher'],
  department: ['subdistrictDispatcher'],
};

/** Who dispatches a case at its level: community staff for grid and community cases, else the command centre. */
export async function dispatchersOf(tx: Tx, path: string, level: string): Promise<string[]> {
  const roles = DISPATCH_ROLES[level] ?? ['subdistrictDispatcher'];
  const found = await rows<{ user_id: string }>(
    tx,
    sql`SELECT DISTINCT ra.user_id FROM role_assignment ra JOIN app_user u ON u.id = ra.user_id
        WHERE ra.scope_path @> ${path}::ltree AND ra.role IN ${sql.raw(`('${roles.join("','")}')`)}
          AND NOT u.disabled`,
  );
  return found.map((r) => r.user_id);
}

/** Who works an assignment: a department's handlers, or the handlers at a territory node. */
export async function assigneesOf(
  tx: Tx,
  target: { territoryPath: string | null; departmentId: string | null },
): Promise<string[]> {
  if (target.departmentId) {
    const found = await rows<{ user_id: string }>(
      tx,
      sql`SELECT DISTINCT user_id FROM role_assignment WHERE role = 'departmentHandler' AND department_id = ${target.departmentId}`,
    );
    return found.map((r) => r.user_id);
  }
  const depth = (target.territoryPath ?? '').split('.').length;
  const roles =
    depth >= 4
      ? "('gridWorker','gridLeader')"
      : depth === 3
        ? "('communityStaff')"
        : "('subdistrictDispatcher')";
  const found = await rows<{ user_id: string }>(
    tx,
    sql`SELECT DISTINCT user_id FROM role_assignment
        WHERE role IN ${sql.raw(roles)} AND scope_path @> ${target.territoryPath}::ltree
          AND (${depth < 4} OR force IS DISTINCT FROM 'linked')`,
  );
  return found.map((r) => r.user_id);
}
