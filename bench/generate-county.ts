/**
 * A synthetic county for the benchmarks: district 370199 (not a real code in 济南), 10 subdistricts ×
 * 25 communities × 20 grids = 5,000 grids of ~300 m × 300 m on a lattice, each split into 2
 * micro-grids (west and east half). Codes, ltree paths and MultiPolygon 4326 boundaries follow the
 * schema (packages/db/src/schema/org.ts) and the demo seed: path = district.subdistrict.community.grid
 * with full codes as labels. Everything is generated inside the database (generate_series), in one
 * transaction.
 *
 * Layout: subdistricts 5 across × 2 down; in each, communities 5 × 5; in each, grids 5 × 4; so the
 * county is 125 × 40 grid cells, about 37.6 km × 12 km, numbered west to east, north to south.
 */
import type { Db } from '@wangge/db';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { Bbox } from './measure.ts';

export const COUNTY = {
  district: '370199',
  name: '合成区',
  subdistricts: 10,
  communitiesPerSubdistrict: 25,
  gridsPerCommunity: 20,
  microGridsPerGrid: 2,
} as const;

/** North-west corner and cell size in degrees (0.00336° ≈ 300 m of longitude at 36.5°N; 0.0027° ≈ 300 m of latitude). */
const WEST = 117.1;
const NORTH = 36.6;
const DX = 0.00336;
const DY = 0.0027;
const COLS = 125;
const ROWS = 40;

export const COUNTY_GRIDS = COUNTY.subdistricts * COUNTY.communitiesPerSubdistrict * COUNTY.gridsPerCommunity;

export const COUNTY_BBOX: Bbox = {
  west: WEST,
  east: WEST + COLS * DX,
  north: NORTH,
  south: NORTH - ROWS * DY,
};

/** An envelope over lattice cells [x0, x1) × [y0, y1), as a MultiPolygon; shared edges are bit-identical. */
const envelope = (x0: string, y0: string, x1: string, y1: string) =>
  sql.raw(
    `ST_Multi(ST_MakeEnvelope(${WEST} + (${x0}) * ${DX}, ${NORTH} - (${y1}) * ${DY}, ${WEST} + (${x1}) * ${DX}, ${NORTH} - (${y0}) * ${DY}, 4326))`,
  );

export interface CountySummary {
  divisions: number;
  grids: number;
  microGrids: number;
}

export async function generateCounty(db: Db): Promise<CountySummary> {
  const d = COUNTY.district;
  const count = async (table: 'division' | 'grid' | 'micro_grid') =>
    Number(
      (
        await rows<{ n: string }>(
          db,
          sql`SELECT count(*)::text AS n FROM ${sql.identifier(table)} WHERE district_code = ${d}`,
        )
      )[0]?.n,
    );
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      INSERT INTO division (code, name, level, parent_code, district_code, path, boundary)
      VALUES (${d}, ${COUNTY.name}, 'district', NULL, ${d}, ${d}::ltree, ${envelope('0', '0', String(COLS), String(ROWS))})`);
    // Subdistrict s: columns (s % 5) * 25 …, rows (s / 5) * 20 ….
    await tx.execute(sql`
      INSERT INTO division (code, name, level, parent_code, district_code, path, boundary)
      SELECT ${d}::text || lpad((s + 1)::text, 3, '0'), ${COUNTY.name}::text || '第' || (s + 1) || '街道', 'subdistrict', ${d}, ${d},
             (${d}::text || '.' || ${d}::text || lpad((s + 1)::text, 3, '0'))::ltree,
             ${envelope('(s % 5) * 25', '(s / 5) * 20', '(s % 5) * 25 + 25', '(s / 5) * 20 + 20')}
      FROM generate_series(0, ${COUNTY.subdistricts - 1}::int) AS s`);
    await tx.execute(sql`
      INSERT INTO division (code, name, level, parent_code, district_code, path, boundary)
      SELECT sub || lpad((c + 1)::text, 3, '0'), '第' || (s + 1) || '街道第' || (c + 1) || '社区居民委员会', 'community', sub, ${d},
             (${d}::text || '.' || sub || '.' || sub || lpad((c + 1)::text, 3, '0'))::ltree,
             ${envelope('(s % 5) * 25 + (c % 5) * 5', '(s / 5) * 20 + (c / 5) * 4', '(s % 5) * 25 + (c % 5) * 5 + 5', '(s / 5) * 20 + (c / 5) * 4 + 4')}
      FROM generate_series(0, ${COUNTY.subdistricts - 1}::int) AS s,
           LATERAL (SELECT ${d}::text || lpad((s + 1)::text, 3, '0') AS sub) AS k,
           generate_series(0, ${COUNTY.communitiesPerSubdistrict - 1}::int) AS c`);
    await tx.execute(sql`
      INSERT INTO grid (code, name, type, community_code, district_code, path, boundary)
      SELECT comm || lpad((g + 1)::text, 3, '0'), '第' || (s + 1) || '街道第' || (c + 1) || '社区第' || (g + 1) || '网格', 'basic', comm, ${d},
             (${d}::text || '.' || sub || '.' || comm || '.' || comm || lpad((g + 1)::text, 3, '0'))::ltree,
             ${envelope('gx', 'gy', 'gx + 1', 'gy + 1')}
      FROM generate_series(0, ${COUNTY_GRIDS - 1}::int) AS i,
           LATERAL (SELECT i / 500 AS s, (i / 20) % 25 AS c, i % 20 AS g) AS k,
           LATERAL (SELECT (s % 5) * 25 + (c % 5) * 5 + g % 5 AS gx, (s / 5) * 20 + (c / 5) * 4 + g / 5 AS gy,
                           ${d}::text || lpad((s + 1)::text, 3, '0') AS sub,
                           ${d}::text || lpad((s + 1)::text, 3, '0') || lpad((c + 1)::text, 3, '0') AS comm) AS p`);
    // Micro-grids: the west and the east half of each grid.
    await tx.execute(sql`
      INSERT INTO micro_grid (code, name, grid_id, district_code, path, boundary)
      SELECT g.code || lpad((m + 1)::text, 2, '0'), g.name || '第' || (m + 1) || '微网格', g.id, g.district_code,
             (g.path::text || '.' || g.code || lpad((m + 1)::text, 2, '0'))::ltree,
             ST_Multi(ST_MakeEnvelope(CASE WHEN m = 0 THEN b.x0 ELSE b.xm END, b.y0,
                                      CASE WHEN m = 0 THEN b.xm ELSE b.x1 END, b.y1, 4326))
      FROM grid AS g,
           LATERAL (SELECT ST_XMin(g.boundary) AS x0, ST_XMax(g.boundary) AS x1, ST_YMin(g.boundary) AS y0,
                           ST_YMax(g.boundary) AS y1, (ST_XMin(g.boundary) + ST_XMax(g.boundary)) / 2 AS xm) AS b,
           generate_series(0, ${COUNTY.microGridsPerGrid - 1}::int) AS m
      WHERE g.district_code = ${d}`);
  });
  return {
    divisions: await count('division'),
    grids: await count('grid'),
    microGrids: await count('micro_grid'),
  };
}
