import type { Crs, LocateResult } from '@wangge/contracts';
import { one, type Tx } from '@wangge/db';
import { toWgs84Point } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { Locale } from '../../http/errors.ts';
import { divisionsOnPath, ref } from './divisions.repo.ts';

const NEAREST_WITHIN_M = 1000;

const OUTSIDE = {
  'zh-CN': '该位置不在任何网格内',
  en: 'This point is not inside any grid',
};
const GAP = {
  'zh-CN': '该位置在社区内，但不在任何网格内（网格未全覆盖）',
  en: 'This point is inside a community but not inside any grid (a coverage gap)',
};

/**
 * Point → micro-grid, grid, community, subdistrict, district. Grid names and codes are public
 * (they are posted on boards), so any signed-in user may locate; a point outside every grid gets a
 * plain answer with the nearest grid, not an error.
 */
export async function locate(
  db: Tx,
  input: { lng: number; lat: number; crs: Crs },
  locale: Locale,
): Promise<LocateResult> {
  const [lng, lat] = toWgs84Point([input.lng, input.lat], input.crs);
  const point = sql`ST_SetSRID(ST_MakePoint(${lng}::float8, ${lat}::float8), 4326)`;
  const grid = await one<{
    id: string;
    code: string;
    name: string;
    type: 'basic' | 'exclusive';
    path: string;
  }>(
    db,
    sql`SELECT id, code, name, type, path::text AS path FROM grid
        WHERE ST_Covers(boundary, ${point}) ORDER BY code LIMIT 1`,
  );
  const base = {
    found: false,
    point: { lng, lat },
    microGrid: null,
    grid: null,
    nearest: null,
    message: null,
  };
  if (grid) {
    const micro = await one<{ code: string; name: string }>(
      db,
      sql`SELECT code, name FROM micro_grid WHERE grid_id = ${grid.id} AND ST_Covers(boundary, ${point}) ORDER BY code LIMIT 1`,
    );
    return {
      ...base,
      found: true,
      microGrid: micro ?? null,
      grid: { code: grid.code, name: grid.name, type: grid.type },
      ...(await levels(db, grid.path)),
    };
  }
  const community = await one<{ path: string }>(
    db,
    sql`SELECT path::text AS path FROM division WHERE level = 'community' AND boundary IS NOT NULL
        AND ST_Covers(boundary, ${point}) ORDER BY code LIMIT 1`,
  );
  const nearest = await one<{ code: string; name: string; distance: number }>(
    db,
    sql`SELECT code, name, ST_Distance(boundary::geography, ${point}::geography) AS distance
        FROM grid ORDER BY boundary <-> ${point} LIMIT 1`,
  );
  return {
    ...base,
    ...(community
      ? await levels(db, community.path)
      : { community: null, subdistrict: null, district: null }),
    nearest:
      nearest && nearest.distance <= NEAREST_WITHIN_M
        ? { code: nearest.code, name: nearest.name, distanceM: Math.round(nearest.distance) }
        : null,
    message: (community ? GAP : OUTSIDE)[locale],
  };
}

async function levels(db: Tx, path: string) {
  const found = await divisionsOnPath(db, path);
  const at = (level: string) => {
    const d = found.find((x) => x.level === level);
    return d ? ref(d) : null;
  };
  return { community: at('community'), subdistrict: at('subdistrict'), district: at('district') };
}
