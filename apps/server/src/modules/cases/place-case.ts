import type { Crs } from '@wangge/contracts';
import { one, type Tx } from '@wangge/db';
import { toWgs84Point } from '@wangge/domain';
import { sql } from 'drizzle-orm';

export interface CasePlace {
  path: string;
  districtCode: string;
  subdistrictCode: string | null;
  communityCode: string | null;
  gridId: string | null;
  microGridId: string | null;
  outsideGrid: boolean;
  point: [number, number] | null;
}

/**
 * Where a report lies: its grid (and micro-grid) when a grid covers the point; otherwise the
 * community or subdistrict whose boundary covers it, flagged as outside every grid, for the
 * subdistrict's dispatch queue. Undefined when no territory of ours covers it.
 */
export async function placeByPoint(
  tx: Tx,
  location: { lng: number; lat: number; crs: Crs },
): Promise<CasePlace | undefined> {
  const [lng, lat] = toWgs84Point([location.lng, location.lat], location.crs);
  const pt = sql`ST_SetSRID(ST_MakePoint(${lng}::float8, ${lat}::float8), 4326)`;
  const found = await one<{
    path: string;
    district_code: string;
    grid_id: string | null;
    micro_grid_id: string | null;
    community_code: string | null;
  }>(
    tx,
    sql`SELECT g.path::text AS path, g.district_code, g.id AS grid_id, g.community_code,
               (SELECT m.id FROM micro_grid m WHERE m.grid_id = g.id AND ST_Covers(m.boundary, ${pt}) ORDER BY m.code LIMIT 1) AS micro_grid_id
        FROM grid g WHERE ST_Covers(g.boundary, ${pt}) ORDER BY g.code LIMIT 1`,
  );
  if (found) {
    const labels = found.path.split('.');
    return {
      path: found.path,
      districtCode: found.district_code,
      subdistrictCode: labels[1] ?? null,
      communityCode: found.community_code,
      gridId: found.grid_id,
      microGridId: found.micro_grid_id,
      outsideGrid: false,
      point: [lng, lat],
    };
  }
  const division = await one<{ path: string; district_code: string; level: string; code: string }>(
    tx,
    sql`SELECT path::text AS path, district_code, level, code FROM division
        WHERE level IN ('community', 'subdistrict') AND boundary IS NOT NULL AND ST_Covers(boundary, ${pt})
        ORDER BY nlevel(path) DESC, code LIMIT 1`,
  );
  if (!division) return undefined;
  return placeOutside(division.path, division.district_code, [lng, lat]);
}

/** A report placed in a grid chosen by hand (a caller who can name the place but not point at it). */
export async function placeByGrid(tx: Tx, gridCode: string): Promise<CasePlace | undefined> {
  const found = await one<{ id: string; path: string; district_code: string; community_code: string }>(
    tx,
    sql`SELECT id, path::text AS path, district_code, community_code FROM grid WHERE code = ${gridCode}`,
  );
  if (!found) return undefined;
  return {
    path: found.path,
    districtCode: found.district_code,
    subdistrictCode: found.path.split('.')[1] ?? null,
    communityCode: found.community_code,
    gridId: found.id,
    microGridId: null,
    outsideGrid: false,
    point: null,
  };
}

/** A report with no point (a call giving only an address) waits in the subdistrict's queue to be placed. */
export async function placeBySubdistrict(tx: Tx, anyPathInside: string): Promise<CasePlace | undefined> {
  const subdistrictPath = anyPathInside.split('.').slice(0, 2).join('.');
  const division = await one<{ path: string; district_code: string }>(
    tx,
    sql`SELECT path::text AS path, district_code FROM division WHERE level = 'subdistrict' AND path = ${subdistrictPath}::ltree`,
  );
  return division ? placeOutside(division.path, division.district_code, null) : undefined;
}

function placeOutside(path: string, districtCode: string, point: [number, number] | null): CasePlace {
  const labels = path.split('.');
  // Outside every grid the case waits in the subdistrict's queue, wherever in it the point lies.
  return {
    path: labels.slice(0, 2).join('.'),
    districtCode,
    subdistrictCode: labels[1] ?? null,
    communityCode: labels[2] ?? null,
    gridId: null,
    microGridId: null,
    outsideGrid: true,
    point,
  };
}
