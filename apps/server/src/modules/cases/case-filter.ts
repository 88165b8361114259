import type { CaseSort } from '@wangge/contracts';
import { one, type Tx } from '@wangge/db';
import { CASE_NUMBER_PATTERN, FINAL_STATUSES, type Scope } from '@wangge/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../http/types.ts';
import { likePattern, withinPaths } from '../../lib/sql.ts';
import { casePolicy } from './cases.policy.ts';
import { segment } from './search-text.ts';

/** What the case list, its export and the case map filter by (all optional, all combined with AND). */
export interface CaseFilter {
  task?:
    | 'to_verify'
    | 'to_accept'
    | 'to_dispatch'
    | 'to_handle'
    | 'to_check'
    | 'to_evaluate'
    | 'warned'
    | 'overdue'
    | 'mine'
    | undefined;
  q?: string | undefined;
  category?: string | undefined;
  status?: string | undefined;
  /** Open (not closed, rejected or merged) or finished cases; both when absent. */
  state?: 'open' | 'finished' | 'all' | undefined;
  division?: string | undefined;
  warning?: 'none' | 'yellow' | 'red' | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

const TASK_STATUS: Record<string, string> = {
  to_verify: 'pending_verification',
  to_accept: 'pending_acceptance',
  to_dispatch: 'pending_dispatch',
  to_check: 'pending_check',
  to_evaluate: 'pending_evaluation',
};

const inList = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** Assignments the caller works: by department, or at a territory node of their handling depth. */
function myAssignments(scope: Scope): SQL {
  const departments = casePolicy.departmentIds(scope);
  const byDepth: SQL[] = [];
  const depthOf: Record<string, number> = {
    gridWorker: 4,
    gridLeader: 4,
    communityStaff: 3,
    subdistrictDispatcher: 2,
  };
  for (const g of scope.grants) {
    const depth = depthOf[g.role];
    if (depth)
      byDepth.push(
        sql`(${withinPaths('a.territory_path', [g.path])} AND nlevel(a.territory_path) = ${depth})`,
      );
  }
  if (departments.length) byDepth.push(sql`a.department_id IN (${inList(departments)})`);
  if (byDepth.length === 0) return sql`false`;
  return sql`EXISTS (SELECT 1 FROM case_assignment a WHERE a.case_id = c.id AND a.state IN ('dispatched', 'claimed')
                     AND (${sql.join(byDepth, sql` OR `)}))`;
}

/** Every case the caller may see: in their territory, reported by them, or assigned to their department. */
function visible(actor: Actor): SQL {
  const departments = casePolicy.departmentIds(actor.scope);
  const parts = [
    withinPaths('c.path', casePolicy.readPaths(actor.scope)),
    sql`c.reporter_id = ${actor.userId}`,
  ];
  if (departments.length) {
    parts.push(sql`EXISTS (SELECT 1 FROM case_assignment a WHERE a.case_id = c.id
                           AND a.department_id IN (${inList(departments)}))`);
  }
  return sql`(${sql.join(parts, sql` OR `)})`;
}

/**
 * The WHERE clause over `case_record c` (joined with `case_category cat`) for the caller's scope
 * and a filter. User text only ever reaches SQL as parameters.
 */
export async function caseWhere(db: Tx, actor: Actor, q: CaseFilter): Promise<SQL> {
  const where: SQL[] = [visible(actor)];
  if (q.task && TASK_STATUS[q.task]) where.push(sql`c.status = ${TASK_STATUS[q.task]}`);
  if (q.task === 'to_handle')
    where.push(sql`c.status IN ('dispatched', 'in_progress')`, myAssignments(actor.scope));
  if (q.task === 'warned') where.push(sql`c.warning = 'yellow'`);
  if (q.task === 'overdue') where.push(sql`c.warning = 'red'`);
  if (q.task === 'mine') where.push(sql`c.reporter_id = ${actor.userId}`);
  if (q.q) {
    if (CASE_NUMBER_PATTERN.test(q.q)) where.push(sql`c.number = ${q.q}`);
    else for (const word of segment(q.q)) where.push(sql`c.search_text LIKE ${likePattern(word)}`);
  }
  if (q.category) where.push(sql`(c.category_code = ${q.category} OR cat.parent_code = ${q.category})`);
  if (q.status) where.push(sql`c.status = ${q.status}`);
  if (q.state === 'open') where.push(sql`c.status NOT IN (${inList(FINAL_STATUSES)})`);
  if (q.state === 'finished') where.push(sql`c.status IN (${inList(FINAL_STATUSES)})`);
  if (q.warning) where.push(sql`c.warning = ${q.warning}`);
  if (q.from) where.push(sql`c.reported_at >= ${q.from}::timestamptz`);
  if (q.to) where.push(sql`c.reported_at < ${q.to}::timestamptz`);
  if (q.division) {
    const node = await one<{ path: string }>(
      db,
      sql`SELECT path::text AS path FROM division WHERE code = ${q.division} UNION ALL SELECT path::text FROM grid WHERE code = ${q.division}`,
    );
    where.push(node ? sql`c.path <@ ${node.path}::ltree` : sql`false`);
  }
  return sql.join(where, sql` AND `);
}

const URGENCY = sql`CASE c.warning WHEN 'red' THEN 0 WHEN 'yellow' THEN 1 ELSE 2 END`;

/**
 * The whitelist of orders: a sort key picks one of these fixed clauses, so no user text reaches the
 * ORDER BY. The case number ends every order, so pages are stable.
 */
export const CASE_ORDER: Record<CaseSort, SQL> = {
  warning: sql`${URGENCY}, c.reported_at DESC, c.number DESC`,
  reportedAt: sql`c.reported_at ASC, c.number ASC`,
  '-reportedAt': sql`c.reported_at DESC, c.number DESC`,
  deadline: sql`c.stage_deadline ASC NULLS LAST, c.number ASC`,
  '-deadline': sql`c.stage_deadline DESC NULLS LAST, c.number DESC`,
  number: sql`c.number ASC`,
  '-number': sql`c.number DESC`,
};
