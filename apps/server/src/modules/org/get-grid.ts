import type { GridDetail } from '@wangge/contracts';
import { one, rows } from '@wangge/db';
import { isRole, ROLE_LABELS } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { AppError, type Locale } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { divisionsOnPath, ref } from './divisions.repo.ts';
import { orgPolicy } from './org.policy.ts';

/** One grid with its micro-grids, buildings, staff and party organisations; outside scope it does not exist. */
export async function getGrid(deps: Deps, actor: Actor, locale: Locale, code: string): Promise<GridDetail> {
  const grid = await one<{
    id: string;
    code: string;
    name: string;
    type: 'basic' | 'exclusive';
    path: string;
    unitName: string | null;
    communityCode: string;
    areaM2: number;
    geometry: { type: string; coordinates: unknown };
  }>(
    deps.db,
    sql`SELECT id, code, name, type, path::text AS path, unit_name AS "unitName", community_code AS "communityCode",
               ST_Area(boundary::geography) AS "areaM2", ST_AsGeoJSON(boundary, 7)::json AS geometry
        FROM grid WHERE code = ${code}`,
  );
  if (!grid || !orgPolicy.canReadInside(orgPolicy.readPaths(actor.scope), grid.path)) {
    throw new AppError('ORG_GRID_NOT_FOUND');
  }
  const ancestors = await divisionsOnPath(deps.db, grid.path);
  const level = (l: string) => ancestors.find((d) => d.level === l);
  const community = level('community');
  const subdistrict = level('subdistrict');
  const district = level('district');
  if (!community || !subdistrict || !district)
    throw new Error(`grid ${code} has an incomplete division path`);

  const buildings = await rows<{
    code: string;
    name: string;
    floors: number;
    microGridCode: string | null;
    units: Array<{ unitNo: number; households: number }>;
  }>(
    deps.db,
    sql`SELECT b.code, b.name, b.floors, m.code AS "microGridCode",
               COALESCE(json_agg(json_build_object('unitNo', u.unit_no, 'households', u.households) ORDER BY u.unit_no)
                        FILTER (WHERE u.unit_no IS NOT NULL), '[]'::json) AS units
        FROM building b LEFT JOIN micro_grid m ON m.id = b.micro_grid_id
        LEFT JOIN building_unit u ON u.building_id = b.id
        WHERE b.grid_id = ${grid.id} GROUP BY b.id, m.code ORDER BY b.code`,
  );
  const microGrids = await rows<{ code: string; name: string; buildings: number }>(
    deps.db,
    sql`SELECT m.code, m.name, (SELECT count(*)::int FROM building b WHERE b.micro_grid_id = m.id) AS buildings
        FROM micro_grid m WHERE m.grid_id = ${grid.id} ORDER BY m.code`,
  );
  // Staff assigned to this grid, or to the community (community staff) above it.
  const staff = await rows<{
    userId: string;
    displayName: string;
    role: string;
    force: 'basic' | 'professional' | 'linked' | null;
    employment: 'full_time' | 'part_time' | null;
  }>(
    deps.db,
    sql`SELECT u.id AS "userId", u.display_name AS "displayName", ra.role, ra.force, ra.employment
        FROM role_assignment ra JOIN app_user u ON u.id = ra.user_id
        WHERE ra.scope_path = ${grid.path}::ltree AND u.kind = 'staff'
        ORDER BY array_position(ARRAY['gridLeader','gridWorker','buildingLeader','unitLeader'], ra.role), ra.employment, u.display_name`,
  );
  const partyOrgs = await rows<{ id: string; kind: string; name: string }>(
    deps.db,
    sql`SELECT id, kind, name FROM party_org WHERE territory_path = ${grid.path}::ltree
        OR (kind = 'grid_branch' AND ${grid.path}::ltree <@ territory_path AND id IN (
              SELECT parent_id FROM party_org WHERE territory_path = ${grid.path}::ltree))
        ORDER BY array_position(ARRAY['grid_branch','party_group','household_hub'], kind), name`,
  );
  const buildingList = buildings.map((b) => ({
    ...b,
    households: b.units.reduce((s, u) => s + u.households, 0),
  }));
  return {
    code: grid.code,
    name: grid.name,
    type: grid.type,
    communityCode: community.code,
    communityName: community.name,
    households: buildingList.reduce((s, b) => s + b.households, 0),
    buildings: buildingList.length,
    areaM2: Math.round(grid.areaM2),
    unitName: grid.unitName,
    subdistrict: ref(subdistrict),
    district: ref(district),
    geometry: grid.geometry,
    microGrids,
    buildingList,
    staff: staff.map((s) => ({ ...s, roleLabel: isRole(s.role) ? ROLE_LABELS[s.role][locale] : s.role })),
    partyOrgs,
  };
}
