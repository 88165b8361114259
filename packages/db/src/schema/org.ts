import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ltree, multiPolygon4326, point4326, polygon4326 } from './types.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** Administrative divisions: district (6 digits) → subdistrict/town (9) → community/village (12). */
export const division = pgTable(
  'division',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: text('level', { enum: ['district', 'subdistrict', 'community'] }).notNull(),
    parentCode: text('parent_code').references((): AnyPgColumn => division.code),
    districtCode: text('district_code').notNull(),
    path: ltree('path').notNull(),
    boundary: multiPolygon4326('boundary'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('division_path_gist').using('gist', t.path),
    index('division_boundary_gist').using('gist', t.boundary),
    index('division_parent_idx').on(t.parentCode),
    check(
      'division_code_shape',
      sql`(${t.level} = 'district' AND ${t.code} ~ '^[1-9][0-9]{5}$') OR (${t.level} = 'subdistrict' AND ${t.code} ~ '^[1-9][0-9]{8}$') OR (${t.level} = 'community' AND ${t.code} ~ '^[1-9][0-9]{11}$')`,
    ),
  ],
);

/** Basic (基础网格) and exclusive (专属网格) grids; code = community code + 3-digit sequence. */
export const grid = pgTable(
  'grid',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    type: text('type', { enum: ['basic', 'exclusive'] }).notNull(),
    communityCode: text('community_code')
      .notNull()
      .references(() => division.code),
    districtCode: text('district_code').notNull(),
    path: ltree('path').notNull(),
    boundary: multiPolygon4326('boundary').notNull(),
    /** For an exclusive grid: the unit it covers (campus, market, company). */
    unitName: text('unit_name'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('grid_code_key').on(t.code),
    index('grid_path_gist').using('gist', t.path),
    index('grid_boundary_gist').using('gist', t.boundary),
    index('grid_community_idx').on(t.communityCode),
    check('grid_code_shape', sql`${t.code} ~ '^[1-9][0-9]{14}$'`),
  ],
);

/** Micro-grids (微网格) subdivide a grid; code = grid code + 2-digit sequence. */
export const microGrid = pgTable(
  'micro_grid',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    gridId: uuid('grid_id')
      .notNull()
      .references(() => grid.id, { onDelete: 'cascade' }),
    districtCode: text('district_code').notNull(),
    path: ltree('path').notNull(),
    boundary: multiPolygon4326('boundary').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('micro_grid_code_key').on(t.code),
    index('micro_grid_path_gist').using('gist', t.path),
    index('micro_grid_boundary_gist').using('gist', t.boundary),
    index('micro_grid_grid_idx').on(t.gridId),
    check('micro_grid_code_shape', sql`${t.code} ~ '^[1-9][0-9]{16}$'`),
  ],
);

/** Buildings (楼栋) inside a grid; code = grid code + 3-digit sequence. */
export const building = pgTable(
  'building',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    gridId: uuid('grid_id')
      .notNull()
      .references(() => grid.id, { onDelete: 'cascade' }),
    microGridId: uuid('micro_grid_id').references(() => microGrid.id, { onDelete: 'set null' }),
    districtCode: text('district_code').notNull(),
    path: ltree('path').notNull(),
    floors: integer('floors').notNull(),
    location: point4326('location').notNull(),
    footprint: polygon4326('footprint'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('building_code_key').on(t.code),
    index('building_path_gist').using('gist', t.path),
    index('building_location_gist').using('gist', t.location),
    index('building_grid_idx').on(t.gridId),
    check('building_floors_range', sql`${t.floors} BETWEEN 1 AND 200`),
  ],
);

/** Stairway units (单元) of a building with their household counts. */
export const buildingUnit = pgTable(
  'building_unit',
  {
    buildingId: uuid('building_id')
      .notNull()
      .references(() => building.id, { onDelete: 'cascade' }),
    unitNo: integer('unit_no').notNull(),
    households: integer('households').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.buildingId, t.unitNo] }),
    check('building_unit_no_range', sql`${t.unitNo} BETWEEN 1 AND 99`),
    check('building_unit_households_range', sql`${t.households} BETWEEN 0 AND 2000`),
  ],
);

/** Functional departments (职能部门) serving a jurisdiction (a district or subdistrict path). */
export const department = pgTable(
  'department',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    districtCode: text('district_code').notNull(),
    jurisdiction: ltree('jurisdiction').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('department_code_key').on(t.districtCode, t.code)],
);

/**
 * The party organisation tree mirroring the territory: subdistrict committee → community committee →
 * grid branch → party group → party-member household hub (党员中心户).
 */
export const partyOrg = pgTable(
  'party_org',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', {
      enum: ['subdistrict_committee', 'community_committee', 'grid_branch', 'party_group', 'household_hub'],
    }).notNull(),
    name: text('name').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => partyOrg.id, { onDelete: 'cascade' }),
    districtCode: text('district_code').notNull(),
    /** The territory node this organisation mirrors (a division, or for grid-level ones a grid). */
    territoryPath: ltree('territory_path').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('party_org_parent_idx').on(t.parentId),
    index('party_org_territory_gist').using('gist', t.territoryPath),
  ],
);

/** Households linked to a party-member household hub, addressed by building, unit and room. */
export const partyHubHousehold = pgTable(
  'party_hub_household',
  {
    hubId: uuid('hub_id')
      .notNull()
      .references(() => partyOrg.id, { onDelete: 'cascade' }),
    buildingId: uuid('building_id')
      .notNull()
      .references(() => building.id, { onDelete: 'cascade' }),
    unitNo: integer('unit_no').notNull(),
    room: text('room').notNull(),
  },
  (t) => [primaryKey({ columns: [t.hubId, t.buildingId, t.unitNo, t.room] })],
);
