import type { CaseListItem, CaseSort, CaseSummary } from '@wangge/contracts';
import { rows, type Tx } from '@wangge/db';
import { allowedActions, type CaseLevel, type CaseStatus } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../http/types.ts';
import { CASE_ORDER, type CaseFilter, caseWhere } from './case-filter.ts';
import { casePolicy } from './cases.policy.ts';

export type { CaseFilter } from './case-filter.ts';

export interface CaseQuery extends CaseFilter {
  sort?: CaseSort | undefined;
  limit: number;
  offset: number;
}

/** A case summary with what the list decides rights by and the export shows besides. */
export interface FoundCase extends CaseSummary {
  path: string;
  reporterId: string | null;
  districtCode: string;
  communityName: string | null;
  address: string | null;
}

/** The page of matching cases in the caller's scope, in the chosen order, and how many match in all. */
export async function findCases(
  db: Tx,
  actor: Actor,
  q: CaseQuery,
): Promise<{ items: FoundCase[]; total: number }> {
  const where = await caseWhere(db, actor, q);
  const found = await rows<FoundCase & { total: number }>(
    db,
    sql`SELECT c.id, c.number, c.title, c.status, c.level, c.channel, c.category_code AS "categoryCode",
               cat.name AS "categoryName", g.code AS "gridCode", g.name AS "gridName", c.community_code AS "communityCode",
               com.name AS "communityName", c.address, c.path::text AS path, c.reporter_id AS "reporterId",
               c.district_code AS "districtCode",
               c.outside_grid AS "outsideGrid", c.warning, c.stage, c.stage_deadline AS "stageDeadline",
               c.reported_at AS "reportedAt", c.version, count(*) OVER ()::int AS total
        FROM case_record c
        LEFT JOIN case_category cat ON cat.code = c.category_code
        LEFT JOIN grid g ON g.id = c.grid_id
        LEFT JOIN division com ON com.code = c.community_code
        WHERE ${where}
        ORDER BY ${CASE_ORDER[q.sort ?? 'warning']}
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

/** May the caller dispatch this case now? The action engine's own rules: transition table and policy. */
export function canDispatch(actor: Actor, c: FoundCase): boolean {
  if (!allowedActions(c.status as CaseStatus).includes('dispatch')) return false;
  const ref = { path: c.path, level: c.level as CaseLevel, reporterId: c.reporterId };
  return casePolicy.mayAct(actor.scope, 'dispatch', ref, []);
}

/** Inbox by task and search by number, words, category, status, territory, period and warning. */
export async function listCases(
  db: Tx,
  actor: Actor,
  q: CaseQuery,
): Promise<{ items: CaseListItem[]; total: number }> {
  const { items, total } = await findCases(db, actor, q);
  return {
    items: items.map(
      ({ path: _p, reporterId: _r, districtCode: _d, communityName: _c, address: _a, ...c }, i) => ({
        ...c,
        canDispatch: canDispatch(actor, items[i]!),
      }),
    ),
    total,
  };
}
