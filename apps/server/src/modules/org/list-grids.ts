import { rows } from '@wangge/db';
import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { withinPaths } from '../../lib/sql.ts';
import { findDivision } from './divisions.repo.ts';
import { orgPolicy } from './org.policy.ts';

export async function listGrids(
  deps: Deps,
  actor: Actor,
  query: { division?: string | undefined; type?: 'basic' | 'exclusive' | undefined; limit: number },
) {
  const paths = orgPolicy.readPaths(actor.scope);
  const where: SQL[] = [withinPaths('g.path', paths)];
  if (query.division) {
    const division = await findDivision(deps.db, query.division);
    if (!division || !orgPolicy.canSeeNode(paths, division.path))
      throw new AppError('ORG_DIVISION_NOT_FOUND');
    where.push(sql`g.path <@ ${division.path}::ltree`);
  }
  if (query.type) where.push(sql`g.type = ${query.type}`);
  const items = await rows<{
    code: string;
    name: string;
    type: 'basic' | 'exclusive';
    communityCode: string;
    communityName: string;
    households: number;
    buildings: number;
    areaM2: number;
    total: number;
  }>(
    deps.db,
    sql`SELECT g.code, g.name, g.type, g.community_code AS "communityCode", c.name AS "communityName",
               (SELECT COALESCE(sum(u.households), 0)::int FROM building b JOIN building_unit u ON u.building_id = b.id
                WHERE b.grid_id = g.id) AS households,
               (SELECT count(*)::int FROM building b WHERE b.grid_id = g.id) AS buildings,
               round(ST_Area(g.boundary::geography))::float8 AS "areaM2",
               count(*) OVER ()::int AS total
        FROM grid g JOIN division c ON c.code = g.community_code
        WHERE ${sql.join(where, sql` AND `)} ORDER BY g.code LIMIT ${query.limit}`,
  );
  return { items: items.map(({ total: _, ...g }) => g), total: items[0]?.total ?? 0 };
}
