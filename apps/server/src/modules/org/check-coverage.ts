import type { CoverageReport } from '@wangge/contracts';
import { one, rows, type Tx } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { type DivisionRow, ref } from './divisions.repo.ts';

type Geometry = { type: string; coordinates: unknown };

/**
 * Overlays run with a precision grid (1e-9°, a tenth of a millimetre): GEOS then snap-rounds instead
 * of retrying a failed floating-point overlay through a C++ exception, which PGlite's WebAssembly
 * build cannot catch: such a query silently returned no rows at all (every gap of a subdistrict was
 * lost when one community's difference needed the retry).
 */
const GRID = 1e-9;

/**
 * 边界明确、无缝隙、全覆盖: within a division, grids must not overlap, must cover their community
 * without gaps, and must not stray outside it. Pieces smaller than `minAreaM2` are floating-point
 * slivers, not findings. Areas are geodesic (m²).
 */
export async function checkCoverage(
  db: Tx,
  division: DivisionRow,
  minAreaM2: number,
): Promise<CoverageReport> {
  const path = sql`${division.path}::ltree`;
  const counts = await one<{ grids: number; communities: number }>(
    db,
    sql`SELECT (SELECT count(*)::int FROM grid WHERE path <@ ${path}) AS grids,
               (SELECT count(*)::int FROM division WHERE level = 'community' AND path <@ ${path}) AS communities`,
  );
  const missing = await rows<{ code: string }>(
    db,
    sql`SELECT code FROM division WHERE level = 'community' AND path <@ ${path} AND boundary IS NULL ORDER BY code`,
  );
  const overlaps = await rows<{ gridA: string; gridB: string; areaM2: number; geometry: Geometry }>(
    db,
    sql`SELECT a.code AS "gridA", b.code AS "gridB", ST_Area(x.geom::geography) AS "areaM2",
               ST_AsGeoJSON(x.geom, 7)::json AS geometry
        FROM grid a JOIN grid b ON a.code < b.code AND a.boundary && b.boundary
        CROSS JOIN LATERAL (SELECT ST_CollectionExtract(ST_Intersection(a.boundary, b.boundary, ${GRID}::float8), 3) AS geom) x
        WHERE (a.path <@ ${path} OR b.path <@ ${path})
          AND ST_Relate(a.boundary, b.boundary, '2********')
          AND ST_Area(x.geom::geography) >= ${minAreaM2}
        ORDER BY a.code, b.code`,
  );
  const gaps = await rows<{ communityCode: string; areaM2: number; geometry: Geometry }>(
    db,
    sql`WITH covered AS (
          SELECT c.code, c.boundary, ST_Union(g.boundary, ${GRID}::float8) AS grids
          FROM division c LEFT JOIN grid g ON g.community_code = c.code
          WHERE c.level = 'community' AND c.path <@ ${path} AND c.boundary IS NOT NULL
          GROUP BY c.code, c.boundary
        )
        SELECT code AS "communityCode", ST_Area(d.geom::geography) AS "areaM2", ST_AsGeoJSON(d.geom, 7)::json AS geometry
        FROM covered,
             LATERAL ST_Dump(CASE WHEN grids IS NULL THEN boundary ELSE ST_Difference(boundary, grids, ${GRID}::float8) END) d
        WHERE ST_Area(d.geom::geography) >= ${minAreaM2}
        ORDER BY code, ST_Area(d.geom::geography) DESC`,
  );
  const outside = await rows<{ grid: string; communityCode: string; areaM2: number; geometry: Geometry }>(
    db,
    sql`SELECT g.code AS grid, c.code AS "communityCode", ST_Area(x.geom::geography) AS "areaM2",
               ST_AsGeoJSON(x.geom, 7)::json AS geometry
        FROM grid g JOIN division c ON c.code = g.community_code
        CROSS JOIN LATERAL (SELECT ST_Difference(g.boundary, c.boundary, ${GRID}::float8) AS geom) x
        WHERE g.path <@ ${path} AND c.boundary IS NOT NULL AND NOT ST_CoveredBy(g.boundary, c.boundary)
          AND ST_Area(x.geom::geography) >= ${minAreaM2}
        ORDER BY g.code`,
  );
  const round = <T extends { areaM2: number }>(list: T[]) =>
    list.map((x) => ({ ...x, areaM2: Math.round(x.areaM2 * 100) / 100 }));
  return {
    division: ref(division),
    ok: overlaps.length === 0 && gaps.length === 0 && outside.length === 0,
    gridCount: counts?.grids ?? 0,
    communitiesChecked: (counts?.communities ?? 0) - missing.length,
    overlaps: round(overlaps),
    gaps: round(gaps),
    outside: round(outside),
    communitiesWithoutBoundary: missing.map((m) => m.code),
  };
}
