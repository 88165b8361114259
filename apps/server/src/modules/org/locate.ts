import type { Crs, DivisionRef, LocateResult } from '@wangge/contracts';
import { one, type Tx } from '@wangge/db';
import { toWgs84Point } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { Locale } from '../../http/errors.ts';

const NEAREST_WITHIN_M = 1000;

const OUTSIDE = {
  'zh-CN': '该位置不在任何网格内',
  en: 'This point is not inside any grid',
};
const GAP = {
  'zh-CN': '该位置在社区内，但不在任何网格内（网格未全覆盖）',
  en: 'This point is inside a community but not inside any grid (a coverage gap)',
};

interface Found {
  grid: { code: string; name: string; type: 'basic' | 'exclusive' } | null;
  micro: { code: string; name: string } | null;
  nearest: { code: string; name: string; distance: number } | null;
  in_community: boolean;
  divisions: DivisionRef[] | null;
}

/**
 * Point → micro-grid, grid, community, subdistrict, district, in one round trip (it is on the path
 * of every report). Grid names and codes are public (they are posted on boards), so any signed-in
 * user may locate; a point outside every grid gets a plain answer with the nearest grid, not an error.
 */
export async function locate(
  db: Tx,
  input: { lng: number; lat: number; crs: Crs },
  locale: Locale,
): Promise<LocateResult> {
  const [lng, lat] = toWgs84Point([input.lng, input.lat], input.crs);
  const found = await one<Found>(
    db,
    sql`WITH p AS (SELECT ST_SetSRID(ST_MakePoint(${lng}::float8, ${lat}::float8), 4326) AS pt),
        g AS (SELECT grid.id, grid.code, grid.name, grid.type, grid.path FROM grid, p
              WHERE ST_Covers(grid.boundary, p.pt) ORDER BY grid.code LIMIT 1),
        m AS (SELECT m.code, m.name FROM micro_grid m, g, p
              WHERE m.grid_id = g.id AND ST_Covers(m.boundary, p.pt) ORDER BY m.code LIMIT 1),
        c AS (SELECT d.path FROM division d, p WHERE NOT EXISTS (SELECT 1 FROM g)
                AND d.level = 'community' AND d.boundary IS NOT NULL AND ST_Covers(d.boundary, p.pt)
              ORDER BY d.code LIMIT 1),
        n AS (SELECT grid.code, grid.name, ST_Distance(grid.boundary::geography, p.pt::geography) AS distance
              FROM grid, p WHERE NOT EXISTS (SELECT 1 FROM g) ORDER BY grid.boundary <-> p.pt LIMIT 1),
        at AS (SELECT COALESCE((SELECT path FROM g), (SELECT path FROM c)) AS path)
        SELECT (SELECT json_build_object('code', code, 'name', name, 'type', type) FROM g) AS grid,
               (SELECT row_to_json(m) FROM m) AS micro,
               (SELECT row_to_json(n) FROM n) AS nearest,
               EXISTS (SELECT 1 FROM c) AS in_community,
               (SELECT json_agg(json_build_object('code', d.code, 'name', d.name, 'level', d.level) ORDER BY nlevel(d.path))
                FROM division d, at WHERE d.code = ANY(string_to_array(at.path::text, '.'))) AS divisions`,
  );
  const level = (l: DivisionRef['level']) => found?.divisions?.find((d) => d.level === l) ?? null;
  const nearest = found?.nearest;
  return {
    found: Boolean(found?.grid),
    point: { lng, lat },
    microGrid: found?.micro ?? null,
    grid: found?.grid ?? null,
    community: level('community'),
    subdistrict: level('subdistrict'),
    district: level('district'),
    nearest:
      nearest && nearest.distance <= NEAREST_WITHIN_M
        ? { code: nearest.code, name: nearest.name, distanceM: Math.round(nearest.distance) }
        : null,
    message: found?.grid ? null : (found?.in_community ? GAP : OUTSIDE)[locale],
  };
}
