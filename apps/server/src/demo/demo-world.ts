/**
 * The demo territory as the case seeder sees it: grids with their buildings and outdoor spots (each
 * point checked to lie in its own grid), who works where, departments, categories, the calendar.
 * Read from the seeded database, so the cases follow whatever the demo seed made.
 */
import type { Category } from '@wangge/contracts';
import { type Db, mulberry32, rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { type ClockSettings, loadClockSettings } from '../modules/cases/clock-settings.ts';
import { categorySnapshot } from '../modules/taxonomy/index.ts';

export type Point = [number, number];

export interface DemoBuilding {
  name: string;
  floors: number;
  units: number;
  /** Points at the building (its location and a few metres around it), all inside its grid. */
  points: Point[];
}

export interface DemoGrid {
  code: string;
  name: string;
  communityCode: string;
  exclusive: 'school' | 'market' | null;
  unitName: string | null;
  buildings: DemoBuilding[];
  outdoor: Array<{ address: string; point: Point }>;
  fullTime: string[];
  partTime: string[];
  leaders: string[];
  buildingLeaders: string[];
  unitLeaders: string[];
}

export interface DemoWorld {
  subdistrictCode: string;
  grids: DemoGrid[];
  /** Community code → its staff (the demo login first). */
  communityStaff: Map<string, string[]>;
  dispatchers: string[];
  hotline: string[];
  leaders: string[];
  /** Department code → its handlers (the demo login first). */
  handlers: Map<string, string[]>;
  departmentIds: Map<string, string>;
  /** Resident-side users who report through the resident pages, by username. */
  residents: string[];
  /** The community the resident-side users live in. */
  residentCommunity: string | null;
  categories: ReadonlyMap<string, Category>;
  settings: ClockSettings;
}

interface GrantRow {
  username: string;
  role: string;
  path: string | null;
  dept: string | null;
  employment: string | null;
  force: string | null;
}

/** Demo logins come first in every list, so that they get the larger share of the work. */
const DEMO_FIRST = new Set([
  'dispatcher',
  'hotline',
  'community',
  'gridworker',
  'gridleader',
  'building',
  'unit',
  'dept',
  'leader',
]);
const byDemoFirst = (a: string, b: string) =>
  Number(DEMO_FIRST.has(b)) - Number(DEMO_FIRST.has(a)) || a.localeCompare(b);

const DIRECTIONS = [
  { name: '东', dx: 1, dy: 0 },
  { name: '南', dx: 0, dy: -1 },
  { name: '西', dx: -1, dy: 0 },
  { name: '北', dx: 0, dy: 1 },
] as const;

export async function loadDemoWorld(db: Db, subdistrictCode: string): Promise<DemoWorld> {
  const district = subdistrictCode.slice(0, 6);
  const subdistrictPath = `${district}.${subdistrictCode}`;
  const gridRows = await rows<{
    code: string;
    name: string;
    community_code: string;
    unit_name: string | null;
  }>(
    db,
    sql`SELECT code, name, community_code, unit_name FROM grid WHERE path <@ ${subdistrictPath}::ltree ORDER BY code`,
  );
  const buildingRows = await rows<{
    grid_code: string;
    name: string;
    floors: number;
    units: number;
    lng: number;
    lat: number;
  }>(
    db,
    sql`SELECT g.code AS grid_code, b.name, b.floors, ST_X(b.location) AS lng, ST_Y(b.location) AS lat,
               (SELECT count(*)::int FROM building_unit u WHERE u.building_id = b.id) AS units
        FROM building b JOIN grid g ON g.id = b.grid_id
        WHERE g.path <@ ${subdistrictPath}::ltree ORDER BY b.code`,
  );
  const grants = await rows<GrantRow>(
    db,
    sql`SELECT u.username, ra.role, ra.scope_path::text AS path, d.code AS dept, ra.employment, ra.force
        FROM role_assignment ra JOIN app_user u ON u.id = ra.user_id LEFT JOIN department d ON d.id = ra.department_id
        WHERE NOT u.disabled AND (ra.scope_path <@ ${subdistrictPath}::ltree OR d.district_code = ${district})
        ORDER BY u.username`,
  );
  const departments = await rows<{ id: string; code: string }>(
    db,
    sql`SELECT id, code FROM department WHERE district_code = ${district}`,
  );

  // Candidate points: at and beside each building, a few metres apart; kept only where the grid that
  // locates them (the first covering grid by code, as intake does) is the building's own.
  const random = mulberry32(0x5eed_ca5e);
  const candidates: Array<{ grid: string; building: number; address: string | null; point: Point }> = [];
  buildingRows.forEach((b, i) => {
    const jitter = () => (random() - 0.5) * 0.0001;
    candidates.push({ grid: b.grid_code, building: i, address: null, point: [b.lng, b.lat] });
    candidates.push({
      grid: b.grid_code,
      building: i,
      address: null,
      point: [b.lng + jitter(), b.lat + jitter()],
    });
    for (const d of DIRECTIONS) {
      candidates.push({
        grid: b.grid_code,
        building: i,
        address: d.name,
        point: [b.lng + d.dx * 0.00024 + jitter(), b.lat + d.dy * 0.00018 + jitter()],
      });
    }
  });
  const located = await rows<{ i: number; code: string | null }>(
    db,
    sql`SELECT p.i::int AS i,
               (SELECT g.code FROM grid g WHERE ST_Covers(g.boundary, ST_SetSRID(ST_MakePoint((p.v->>0)::float8, (p.v->>1)::float8), 4326))
                ORDER BY g.code LIMIT 1) AS code
        FROM jsonb_array_elements(${JSON.stringify(candidates.map((c) => c.point))}::jsonb) WITH ORDINALITY AS p(v, i)`,
  );
  const inOwnGrid = new Set(located.filter((l) => l.code === candidates[l.i - 1]?.grid).map((l) => l.i - 1));

  const grids = gridRows.map((g): DemoGrid => {
    const path = `${subdistrictPath}.${g.community_code}.${g.code}`;
    const here = (role: string, pick: (r: GrantRow) => boolean = () => true) =>
      [
        ...new Set(
          grants.filter((r) => r.role === role && r.path === path && pick(r)).map((r) => r.username),
        ),
      ].sort(byDemoFirst);
    return {
      code: g.code,
      name: g.name,
      communityCode: g.community_code,
      exclusive: g.unit_name ? (g.unit_name.includes('学') ? 'school' : 'market') : null,
      unitName: g.unit_name,
      buildings: [],
      outdoor: [],
      fullTime: here('gridWorker', (r) => r.force === 'basic' && r.employment === 'full_time'),
      partTime: here('gridWorker', (r) => r.force === 'basic' && r.employment === 'part_time'),
      leaders: here('gridLeader'),
      buildingLeaders: here('buildingLeader'),
      unitLeaders: here('unitLeader'),
    };
  });
  const gridByCode = new Map(grids.map((g) => [g.code, g]));
  const buildings = buildingRows.map((b) => {
    const building: DemoBuilding = {
      name: b.name,
      floors: b.floors,
      units: Math.max(1, b.units),
      points: [],
    };
    gridByCode.get(b.grid_code)?.buildings.push(building);
    return building;
  });
  candidates.forEach((c, i) => {
    if (!inOwnGrid.has(i)) return;
    const building = buildings[c.building];
    const grid = gridByCode.get(c.grid);
    if (!building || !grid) return;
    if (c.address === null) building.points.push(c.point);
    else {
      const address = grid.unitName ? `${grid.unitName}${c.address}门` : `${building.name}${c.address}侧`;
      grid.outdoor.push({ address, point: c.point });
    }
  });
  for (const g of grids) g.buildings = g.buildings.filter((b) => b.points.length > 0);

  const users = (role: string, pick: (r: GrantRow) => boolean = () => true) =>
    [...new Set(grants.filter((r) => r.role === role && pick(r)).map((r) => r.username))].sort(byDemoFirst);
  const communityStaff = new Map<string, string[]>();
  for (const code of new Set(grids.map((g) => g.communityCode))) {
    communityStaff.set(
      code,
      users('communityStaff', (r) => r.path === `${subdistrictPath}.${code}`),
    );
  }
  const handlers = new Map<string, string[]>();
  for (const d of departments)
    handlers.set(
      d.code,
      users('departmentHandler', (r) => r.dept === d.code),
    );

  return {
    subdistrictCode,
    grids: grids.filter((g) => g.buildings.length > 0 && g.outdoor.length > 0 && g.fullTime.length > 0),
    communityStaff,
    dispatchers: users('subdistrictDispatcher'),
    hotline: users('hotlineOperator'),
    leaders: users('leader'),
    handlers,
    departmentIds: new Map(departments.map((d) => [d.code, d.id])),
    residents: [
      ...users('resident'),
      ...users('volunteer'),
      ...users('registeredMember'),
      ...users('partner'),
    ],
    residentCommunity:
      grants.find((r) => r.role === 'resident' && r.path?.split('.').length === 3)?.path?.split('.')[2] ??
      null,
    categories: (await categorySnapshot(db)).byCode,
    settings: await loadClockSettings(db),
  };
}
