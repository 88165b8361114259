import type { TerritoryMap } from '@wangge/contracts';
import { rows, type Tx } from '@wangge/db';
import { commonAncestor } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { withinOrAbovePaths, withinPaths } from '../../lib/sql.ts';
import { type DivisionRow, findDivision, ref } from './divisions.repo.ts';
import { orgPolicy } from './org.policy.ts';

type Geometry = { type: string; coordinates: unknown };
const feature = <P>(geometry: Geometry, properties: P) => ({
  type: 'Feature' as const,
  geometry,
  properties,
});
const collection = <P>(features: Array<{ type: 'Feature'; geometry: Geometry; properties: P }>) => ({
  type: 'FeatureCollection' as const,
  features,
});

/**
 * Everything the territory page draws for one division, limited to the caller's scope. Without a
 * division: the smallest division that frames all of the caller's territory.
 */
export async function getMap(deps: Deps, actor: Actor, divisionCode?: string): Promise<TerritoryMap> {
  const paths = orgPolicy.readPaths(actor.scope);
  const division = divisionCode ? await findDivision(deps.db, divisionCode) : await frameOf(deps.db, paths);
  if (!division || !orgPolicy.canSeeNode(paths, division.path)) throw new AppError('ORG_DIVISION_NOT_FOUND');
  const inScope = withinPaths('g.path', paths);
  const under = sql`g.path <@ ${division.path}::ltree`;

  const grids = await rows<TerritoryMap['grids']['features'][number]['properties'] & { geometry: Geometry }>(
    deps.db,
    sql`SELECT g.code, g.name, g.type, g.community_code AS "communityCode", c.name AS "communityName",
               COALESCE(b.households, 0)::int AS households, COALESCE(b.buildings, 0)::int AS buildings,
               (SELECT count(DISTINCT ra.user_id)::int FROM role_assignment ra
                WHERE ra.scope_path = g.path AND ra.role = 'gridWorker') AS workers,
               ST_AsGeoJSON(g.boundary, 7)::json AS geometry
        FROM grid g JOIN division c ON c.code = g.community_code
        LEFT JOIN LATERAL (
          SELECT count(DISTINCT bl.id) AS buildings, sum(u.households) AS households
          FROM building bl LEFT JOIN building_unit u ON u.building_id = bl.id WHERE bl.grid_id = g.id
        ) b ON true
        WHERE ${under} AND ${inScope} ORDER BY g.code`,
  );
  const microGrids = await rows<{ code: string; name: string; gridCode: string; geometry: Geometry }>(
    deps.db,
    sql`SELECT m.code, m.name, g.code AS "gridCode", ST_AsGeoJSON(m.boundary, 7)::json AS geometry
        FROM micro_grid m JOIN grid g ON g.id = m.grid_id WHERE ${under} AND ${inScope} ORDER BY m.code`,
  );
  const buildings = await rows<{
    code: string;
    name: string;
    gridCode: string;
    floors: number;
    units: number;
    households: number;
    geometry: Geometry;
  }>(
    deps.db,
    sql`SELECT bl.code, bl.name, g.code AS "gridCode", bl.floors,
               count(u.unit_no)::int AS units, COALESCE(sum(u.households), 0)::int AS households,
               ST_AsGeoJSON(bl.location, 7)::json AS geometry
        FROM building bl JOIN grid g ON g.id = bl.grid_id LEFT JOIN building_unit u ON u.building_id = bl.id
        WHERE ${under} AND ${inScope} GROUP BY bl.id, g.code ORDER BY bl.code`,
  );
  const communities = await rows<{ code: string; name: string; geometry: Geometry }>(
    deps.db,
    sql`SELECT c.code, c.name, ST_AsGeoJSON(c.boundary, 7)::json AS geometry
        FROM division c
        WHERE c.level = 'community' AND c.boundary IS NOT NULL AND c.path <@ ${division.path}::ltree
          AND ${withinOrAbovePaths('c.path', paths)}
        ORDER BY c.code`,
  );
  const [extent] = await rows<{ xmin: number | null; ymin: number; xmax: number; ymax: number }>(
    deps.db,
    sql`SELECT ST_XMin(e) AS xmin, ST_YMin(e) AS ymin, ST_XMax(e) AS xmax, ST_YMax(e) AS ymax
        FROM (SELECT ST_Extent(g.boundary) AS e FROM grid g WHERE ${under} AND ${inScope}) s`,
  );
  return {
    division: ref(division),
    bbox: extent?.xmin == null ? null : [extent.xmin, extent.ymin, extent.xmax, extent.ymax],
    communities: collection(communities.map(({ geometry, ...p }) => feature(geometry, p))),
    grids: collection(grids.map(({ geometry, ...p }) => feature(geometry, p))),
    microGrids: collection(microGrids.map(({ geometry, ...p }) => feature(geometry, p))),
    buildings: collection(buildings.map(({ geometry, ...p }) => feature(geometry, p))),
  };
}

/** The deepest division that is an ancestor of (or equal to) every path in scope. */
async function frameOf(db: Tx, paths: string[]): Promise<DivisionRow | undefined> {
  if (paths.length === 0) return undefined;
  const common = commonAncestor(paths);
  // Walk up to the nearest division (a grid path's last label is a grid code).
  for (let n = common.length; n > 0; n--) {
    const found = await findDivision(db, common[n - 1]!);
    if (found) return found;
  }
  return undefined;
}
