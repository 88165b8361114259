import type { CasePoint, CasePoints } from '@wangge/contracts';
import { one, rows, type Tx } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../http/types.ts';
import { CASE_ORDER, type CaseFilter, caseWhere } from './case-filter.ts';

export interface CasePointsQuery extends Omit<CaseFilter, 'task' | 'q'> {
  limit: number;
}

/**
 * The case map's points in one query: the located cases of the filter in the caller's scope, red,
 * then yellow, then the rest, newest first, up to the limit; with how many match, how many have no
 * location and how many the limit left out.
 */
export async function casePoints(db: Tx, actor: Actor, q: CasePointsQuery): Promise<CasePoints> {
  const where = await caseWhere(db, actor, q);
  const from = sql`FROM case_record c LEFT JOIN case_category cat ON cat.code = c.category_code WHERE ${where}`;
  const counts = await one<{ total: number; withoutLocation: number }>(
    db,
    sql`SELECT count(*)::int AS total, (count(*) FILTER (WHERE c.location IS NULL))::int AS "withoutLocation" ${from}`,
  );
  const points = await rows<CasePoint>(
    db,
    sql`SELECT c.id, c.number, c.title, c.status, c.warning, cat.name AS "categoryName",
               ST_X(c.location)::float8 AS lng, ST_Y(c.location)::float8 AS lat
        ${from} AND c.location IS NOT NULL
        ORDER BY ${CASE_ORDER.warning}
        LIMIT ${q.limit}`,
  );
  const total = counts?.total ?? 0;
  const withoutLocation = counts?.withoutLocation ?? 0;
  return {
    points: points.map((p) => ({ ...p, lng: Number(p.lng), lat: Number(p.lat) })),
    total,
    withoutLocation,
    omitted: total - withoutLocation - points.length,
  };
}
