import type { CaseSummary } from '@wangge/contracts';
import { one, rows, type Tx } from '@wangge/db';
import { CASE_NUMBER_PATTERN, type Scope } from '@wangge/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../http/types.ts';
import { likePattern, withinPaths } from '../../lib/sql.ts';
import { casePolicy } from './cases.policy.ts';
import { segment } from './search-text.ts';

export interface CaseQuery {
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
  division?: string | undefined;
  warning?: 'none' | 'yellow' | 'red' | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

const TASK_STATUS: Record<string, string> = {
  to_verify: 'pending_verification',
  to_accept: 'pending_acceptance',
  to_dispatch: 'pending_dispatch',
  to_check: 'pending_check',
  to_evaluate: 'pending_evaluation',
};

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
  if (departments.length) {
    byDepth.push(
      sql`a.department_id IN (${sql.join(
        departments.map((d) => sql`${d}`),
        sql`, `,
      )})`,
    );
  }
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
                           AND a.department_id IN (${sql.join(
                             departments.map((d) => sql`${d}`),
                             sql`, `,
                           )}))`);
  }
  return sql`(${sql.join(parts, sql` OR `)})`;
}

/** Inbox by task and search by number, words, category, status, territory, period and warning. */
export async function listCases(
  db: Tx,
  actor: Actor,
  q: CaseQuery,
): Promise<{ items: CaseSummary[]; total: number }> {
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
  const found = await rows<CaseSummary & { total: number }>(
    db,
    sql`SELECT c.id, c.number, c.title, c.status, c.level, c.channel, c.category_code AS "categoryCode",
               cat.name AS "categoryName", g.code AS "gridCode", g.name AS "gridName", c.community_code AS "communityCode",
               c.outside_grid AS "outsideGrid", c.warning, c.stage, c.stage_deadline AS "stageDeadline",
               c.reported_at AS "reportedAt", c.version, count(*) OVER ()::int AS total
        FROM case_record c
        LEFT JOIN case_category cat ON cat.code = c.category_code
        LEFT JOIN grid g ON g.id = c.grid_id
        WHERE ${sql.join(where, sql` AND `)}
        ORDER BY CASE c.warning WHEN 'red' THEN 0 WHEN 'yellow' THEN 1 ELSE 2 END, c.reported_at DESC, c.number DESC
        LIMIT ${q.limit} OFFSET ${q.offset}`,
  );
  return {
    items: found.map(({ total: _, ...c }) => ({
      ...c,
      stageDeadline: c.stageDeadline ? new Date(c.stageDeadline).toISOString() : null,
      reportedAt: new Date(c.reportedAt).toISOString(),
    })),
    total: found[0]?.total ?? 0,
  };
}
