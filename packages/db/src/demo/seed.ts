/**
 * Writes the demo subdistrict (甸柳新村街道) into an empty database in one transaction: divisions, grids,
 * micro-grids, buildings, departments, the party organisation, staff and the demo logins.
 */
import { hashPasswordAsync } from '@wangge/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../db.ts';
import {
  appUser,
  building,
  buildingUnit,
  department,
  division,
  grid,
  microGrid,
  partyHubHousehold,
  partyOrg,
  roleAssignment,
} from '../schema/index.ts';
import {
  communityPath,
  DEMO_DISTRICT,
  DEMO_SUBDISTRICT,
  DISTRICT_PATH,
  gridPath,
  microGridPath,
  SUBDISTRICT_PATH,
} from './constants.ts';
import { DEMO_DEPARTMENTS } from './departments.ts';
import { buildingId, departmentId, gridId, microGridId } from './ids.ts';
import { DEFAULT_LAYOUT_SEED, generateLayout, type LngLat } from './layout.ts';
import { DEMO_PASSWORD } from './logins.ts';
import { planParty } from './party.ts';
import { createNamer } from './people.ts';
import { mulberry32 } from './prng.ts';
import { planStaff } from './staff.ts';

export { DEMO_SUBDISTRICT } from './constants.ts';
export { DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin } from './logins.ts';

export interface DemoSummary {
  communities: number;
  grids: number;
  basic: number;
  exclusive: number;
  microGrids: number;
  buildings: number;
  households: number;
  departments: number;
  users: number;
  roleAssignments: number;
  partyOrgs: number;
}

const DISTRICT = DEMO_DISTRICT.code;

// Geometry goes in as GeoJSON through explicit SQL: drizzle's geometry type would drop the SRID.
const polygon = (ring: LngLat[]): SQL =>
  sql`ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify({ type: 'Polygon', coordinates: [ring] })}), 4326)`;
const multiPolygon = (ring: LngLat[]): SQL => sql`ST_Multi(${polygon(ring)})`;
const point = ([lng, lat]: LngLat): SQL =>
  sql`ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify({ type: 'Point', coordinates: [lng, lat] })}), 4326)`;

/** Many rows per statement (fast on PGlite), in chunks that stay far below PostgreSQL's 65,535 parameters. */
async function insertAll<T extends PgTable>(tx: Tx, table: T, values: PgInsertValue<T>[]): Promise<void> {
  for (let k = 0; k < values.length; k += 1000) await tx.insert(table).values(values.slice(k, k + 1000));
}

export async function seedDemo(db: Db, options: { seed?: number } = {}): Promise<DemoSummary> {
  const seed = options.seed ?? DEFAULT_LAYOUT_SEED;
  const layout = generateLayout(seed);
  // A separate stream for people, so changing the staff plan leaves the map as it is.
  const random = mulberry32(seed ^ 0x9e3779b9);
  const nextName = createNamer(random);
  const staff = planStaff(layout, random, nextName);
  const party = planParty(layout, random, nextName);
  // Hashed once (scrypt is deliberately slow) and shared by every demo login; it runs on the thread pool
  // while the database (on this thread) takes the territory.
  const passwordHash = hashPasswordAsync(DEMO_PASSWORD);
  const microGrids = layout.grids.flatMap((g) => g.microGrids);
  const buildings = layout.grids.flatMap((g) => g.buildings);

  await db.transaction(async (tx) => {
    // Divisions may already be there from `wangge import-divisions`: the demo names them and draws their
    // boundaries, keeping a boundary someone else already drew.
    await tx
      .insert(division)
      .values([
        // The demo holds one subdistrict of 历下区, so the district's boundary is that subdistrict's.
        {
          code: DISTRICT,
          name: DEMO_DISTRICT.name,
          level: 'district',
          parentCode: null,
          districtCode: DISTRICT,
          path: DISTRICT_PATH,
          boundary: multiPolygon(layout.subdistrict.ring),
        },
        {
          code: DEMO_SUBDISTRICT.code,
          name: DEMO_SUBDISTRICT.name,
          level: 'subdistrict',
          parentCode: DISTRICT,
          districtCode: DISTRICT,
          path: SUBDISTRICT_PATH,
          boundary: multiPolygon(layout.subdistrict.ring),
        },
        ...layout.communities.map((c) => ({
          code: c.code,
          name: c.name,
          level: 'community' as const,
          parentCode: DEMO_SUBDISTRICT.code,
          districtCode: DISTRICT,
          path: communityPath(c.code),
          boundary: multiPolygon(c.ring),
        })),
      ])
      .onConflictDoUpdate({
        target: division.code,
        set: { name: sql`excluded.name`, boundary: sql`COALESCE(${division.boundary}, excluded.boundary)` },
      });
    await insertAll(
      tx,
      grid,
      layout.grids.map((g) => ({
        id: gridId(g.code),
        code: g.code,
        name: g.name,
        type: g.type,
        communityCode: g.communityCode,
        districtCode: DISTRICT,
        path: gridPath(g.code),
        boundary: multiPolygon(g.ring),
        unitName: g.unitName,
      })),
    );
    await insertAll(
      tx,
      microGrid,
      microGrids.map((m) => ({
        id: microGridId(m.code),
        code: m.code,
        name: m.name,
        gridId: gridId(m.code.slice(0, 15)),
        districtCode: DISTRICT,
        path: microGridPath(m.code),
        boundary: multiPolygon(m.ring),
      })),
    );
    await insertAll(
      tx,
      building,
      buildings.map((b) => ({
        id: buildingId(b.code),
        code: b.code,
        name: b.name,
        gridId: gridId(b.code.slice(0, 15)),
        microGridId: microGridId(b.microGridCode),
        districtCode: DISTRICT,
        path: gridPath(b.code.slice(0, 15)),
        floors: b.floors,
        location: point(b.location),
        footprint: polygon(b.footprint),
      })),
    );
    await insertAll(
      tx,
      buildingUnit,
      buildings.flatMap((b) => b.units.map((u) => ({ buildingId: buildingId(b.code), ...u }))),
    );
    await insertAll(
      tx,
      department,
      DEMO_DEPARTMENTS.map((d) => ({
        id: departmentId(d.code),
        code: d.code,
        name: d.name,
        districtCode: DISTRICT,
        jurisdiction: DISTRICT_PATH,
      })),
    );
    await insertAll(
      tx,
      partyOrg,
      party.orgs.map((o) => ({ ...o, districtCode: DISTRICT })),
    );
    await insertAll(tx, partyHubHousehold, party.hubHouseholds);
    const hash = await passwordHash;
    await insertAll(
      tx,
      appUser,
      staff.users.map((u) => ({
        id: u.id,
        username: u.username,
        displayName: u.displayName,
        kind: u.kind,
        passwordHash: u.demo ? hash : null,
      })),
    );
    await insertAll(tx, roleAssignment, staff.assignments);
  });

  return {
    communities: layout.communities.length,
    grids: layout.grids.length,
    basic: layout.grids.filter((g) => g.type === 'basic').length,
    exclusive: layout.grids.filter((g) => g.type === 'exclusive').length,
    microGrids: microGrids.length,
    buildings: buildings.length,
    households: buildings.reduce((sum, b) => sum + b.households, 0),
    departments: DEMO_DEPARTMENTS.length,
    users: staff.users.length,
    roleAssignments: staff.assignments.length,
    partyOrgs: party.orgs.length,
  };
}
