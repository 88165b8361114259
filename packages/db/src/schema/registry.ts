import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { appUser } from './auth.ts';
import { building, grid } from './org.ts';
import { ltree } from './types.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });
const createdAt = () => ts('created_at').notNull().defaultNow();
const updatedAt = () => ts('updated_at').notNull().defaultNow();

/**
 * The registry (双实: 实有人口, 实有房屋, organisations). Every record sits in a grid and carries the
 * grid's territory path (scope) and district. Personal numbers are never stored in the clear: each
 * has its AES-256-GCM ciphertext (`*_enc`, `v1.<key id>.<…>`), an HMAC blind index for exact look-up
 * (`*_hash`) where we search by it, and the masked form shown by default (`*_mask`). Deleting is soft
 * (`deleted_at`); a purge removes the row after the configured period, the audit log stays.
 */

/** Rooms (房屋) of a building's stairway unit. */
export const room = pgTable(
  'room',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    buildingId: uuid('building_id')
      .notNull()
      .references(() => building.id, { onDelete: 'cascade' }),
    unitNo: integer('unit_no').notNull(),
    roomNo: text('room_no').notNull(),
    floor: integer('floor'),
    use: text('use').notNull().default('residential'),
    areaM2: numeric('area_m2', { precision: 10, scale: 2 }),
    rentalStatus: text('rental_status'),
    /** The owner when they are in the registry; otherwise name and phone below. */
    ownerPersonId: uuid('owner_person_id').references((): AnyPgColumn => person.id, { onDelete: 'set null' }),
    ownerName: text('owner_name'),
    ownerPhoneEnc: text('owner_phone_enc'),
    ownerPhoneMask: text('owner_phone_mask'),
    note: text('note'),
    gridId: uuid('grid_id')
      .notNull()
      .references(() => grid.id, { onDelete: 'restrict' }),
    districtCode: text('district_code').notNull(),
    path: ltree('path').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: ts('deleted_at'),
  },
  (t) => [
    uniqueIndex('room_address_key').on(t.buildingId, t.unitNo, t.roomNo),
    index('room_path_gist').using('gist', t.path),
    index('room_grid_idx').on(t.gridId),
    check('room_unit_no_range', sql`${t.unitNo} BETWEEN 1 AND 99`),
  ],
);

/** Households (户) living in a room; members are people with `household_id` and their relation to the head. */
export const household = pgTable(
  'household',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roomId: uuid('room_id')
      .notNull()
      .references(() => room.id, { onDelete: 'restrict' }),
    householdNo: text('household_no'),
    headPersonId: uuid('head_person_id').references((): AnyPgColumn => person.id, { onDelete: 'set null' }),
    gridId: uuid('grid_id')
      .notNull()
      .references(() => grid.id, { onDelete: 'restrict' }),
    districtCode: text('district_code').notNull(),
    path: ltree('path').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: ts('deleted_at'),
  },
  (t) => [
    index('household_room_idx').on(t.roomId),
    // A household number names one household in a room: imports find it again by it.
    uniqueIndex('household_room_no_key')
      .on(t.roomId, t.householdNo)
      .where(sql`${t.householdNo} IS NOT NULL AND ${t.deletedAt} IS NULL`),
    index('household_path_gist').using('gist', t.path),
  ],
);

/** People (实有人口): GB/T 31000-2015's common block and the subtype fields of each residency type. */
export const person = pgTable(
  'person',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    formerName: text('former_name'),
    idType: text('id_type').notNull(),
    idNumberEnc: text('id_number_enc').notNull(),
    /** HMAC of `<id type>:<number>`: the de-duplication key and the exact search. */
    idNumberHash: text('id_number_hash').notNull(),
    idNumberMask: text('id_number_mask').notNull(),
    sex: text('sex'),
    birthDate: date('birth_date'),
    ethnicity: text('ethnicity'),
    nativePlace: text('native_place'),
    maritalStatus: text('marital_status'),
    politicalStatus: text('political_status'),
    partyMember: boolean('party_member').notNull().default(false),
    education: text('education'),
    religion: text('religion'),
    occupation: text('occupation'),
    workplace: text('workplace'),
    phoneEnc: text('phone_enc'),
    phoneHash: text('phone_hash'),
    phoneMask: text('phone_mask'),
    hukouPlace: text('hukou_place'),
    hukouAddress: text('hukou_address'),
    currentAddress: text('current_address'),
    residencyType: text('residency_type').notNull(),
    hukouConsistent: boolean('hukou_consistent'),
    migrantReason: text('migrant_reason'),
    permitType: text('permit_type'),
    permitStart: date('permit_start'),
    permitEnd: date('permit_end'),
    nationality: text('nationality'),
    foreignName: text('foreign_name'),
    gridId: uuid('grid_id')
      .notNull()
      .references(() => grid.id, { onDelete: 'restrict' }),
    roomId: uuid('room_id').references((): AnyPgColumn => room.id, { onDelete: 'set null' }),
    householdId: uuid('household_id').references((): AnyPgColumn => household.id, { onDelete: 'set null' }),
    relationToHead: text('relation_to_head'),
    districtCode: text('district_code').notNull(),
    path: ltree('path').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: ts('deleted_at'),
    deletedBy: uuid('deleted_by').references(() => appUser.id, { onDelete: 'set null' }),
  },
  (t) => [
    // One live record per person: an ID number already registered anywhere is an update, not a copy.
    uniqueIndex('person_id_number_live_key').on(t.idNumberHash).where(sql`${t.deletedAt} IS NULL`),
    index('person_path_gist').using('gist', t.path),
    index('person_grid_idx').on(t.gridId, t.name),
    index('person_room_idx').on(t.roomId),
    index('person_household_idx').on(t.householdId),
    index('person_phone_hash_idx').on(t.phoneHash),
    index('person_deleted_idx').on(t.deletedAt).where(sql`${t.deletedAt} IS NOT NULL`),
    check('person_residency_type', sql`${t.residencyType} IN ('registered', 'migrant', 'overseas')`),
  ],
);

/** Care groups (关爱对象) with their visit interval and the roles that may see them. */
export const careTag = pgTable('care_tag', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  visitEveryDays: integer('visit_every_days').notNull(),
  visibleTo: text('visible_to').array().notNull(),
  sort: integer('sort').notNull().default(0),
});

export const personTag = pgTable(
  'person_tag',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id, { onDelete: 'cascade' }),
    tagCode: text('tag_code')
      .notNull()
      .references(() => careTag.code, { onDelete: 'restrict' }),
    taggedOn: date('tagged_on').notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => appUser.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.tagCode] }), index('person_tag_tag_idx').on(t.tagCode)],
);

/** Visits (走访) to a person by a grid worker: what was found and what follows. */
export const visit = pgTable(
  'visit',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id, { onDelete: 'cascade' }),
    /** The care group the visit was for, if any (a visit counts for every tag it names). */
    tagCodes: text('tag_codes').array().notNull().default(sql`'{}'::text[]`),
    visitedOn: date('visited_on').notNull(),
    visitorId: uuid('visitor_id').references(() => appUser.id, { onDelete: 'set null' }),
    visitorName: text('visitor_name').notNull(),
    findings: text('findings').notNull(),
    followUp: text('follow_up'),
    needsFollowUp: boolean('needs_follow_up').notNull().default(false),
    districtCode: text('district_code').notNull(),
    path: ltree('path').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('visit_person_idx').on(t.personId, t.visitedOn),
    index('visit_path_gist').using('gist', t.path),
  ],
);

/** Organisations: companies, social organisations, public units, property companies, owners' committees. */
export const organisation = pgTable(
  'organisation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    uscc: text('uscc'),
    legalRepName: text('legal_rep_name'),
    legalRepIdEnc: text('legal_rep_id_enc'),
    legalRepIdMask: text('legal_rep_id_mask'),
    contactName: text('contact_name'),
    contactPhoneEnc: text('contact_phone_enc'),
    contactPhoneMask: text('contact_phone_mask'),
    address: text('address'),
    buildingId: uuid('building_id').references(() => building.id, { onDelete: 'set null' }),
    employees: integer('employees'),
    hasPartyOrg: boolean('has_party_org').notNull().default(false),
    partyMembers: integer('party_members'),
    gridId: uuid('grid_id')
      .notNull()
      .references(() => grid.id, { onDelete: 'restrict' }),
    districtCode: text('district_code').notNull(),
    path: ltree('path').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: ts('deleted_at'),
  },
  (t) => [
    uniqueIndex('organisation_uscc_live_key')
      .on(t.uscc)
      .where(sql`${t.uscc} IS NOT NULL AND ${t.deletedAt} IS NULL`),
    index('organisation_path_gist').using('gist', t.path),
    index('organisation_grid_idx').on(t.gridId, t.name),
  ],
);

/**
 * 双报到: party members and units registered at the community where they live or sit, to help there.
 * Exactly one of person and organisation.
 */
export const dualRegistration = pgTable(
  'dual_registration',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id').references(() => person.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id').references(() => organisation.id, { onDelete: 'cascade' }),
    communityCode: text('community_code').notNull(),
    districtCode: text('district_code').notNull(),
    path: ltree('path').notNull(),
    registeredOn: date('registered_on').notNull(),
    /** What they offer to do (服务意向), in their words. */
    services: text('services'),
    endedOn: date('ended_on'),
    createdBy: uuid('created_by').references(() => appUser.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    check('dual_registration_one_party', sql`(${t.personId} IS NULL) <> (${t.organisationId} IS NULL)`),
    uniqueIndex('dual_registration_person_key')
      .on(t.personId, t.communityCode)
      .where(sql`${t.personId} IS NOT NULL AND ${t.endedOn} IS NULL`),
    uniqueIndex('dual_registration_org_key')
      .on(t.organisationId, t.communityCode)
      .where(sql`${t.organisationId} IS NOT NULL AND ${t.endedOn} IS NULL`),
    index('dual_registration_path_gist').using('gist', t.path),
  ],
);

/** Spreadsheet imports of the registry, with their progress and outcome (the file is kept until done). */
export const importJob = pgTable(
  'import_job',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entity: text('entity').notNull(),
    mode: text('mode').notNull(),
    status: text('status').notNull(),
    format: text('format').notNull(),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    fileBytes: bigint('file_bytes', { mode: 'number' }).notNull(),
    /** Where rows may land: the importer's territory (or a part of it they chose). */
    scopePath: ltree('scope_path').notNull(),
    districtCode: text('district_code').notNull(),
    createdBy: uuid('created_by').references(() => appUser.id, { onDelete: 'set null' }),
    createdByName: text('created_by_name').notNull(),
    createdAt: createdAt(),
    startedAt: ts('started_at'),
    finishedAt: ts('finished_at'),
    bytesRead: bigint('bytes_read', { mode: 'number' }).notNull().default(0),
    rowsRead: integer('rows_read').notNull().default(0),
    inserted: integer('inserted').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    /** Stored error report (xlsx) relative to the data directory, when there were errors. */
    errorReport: text('error_report'),
    message: text('message'),
  },
  (t) => [
    index('import_job_created_idx').on(t.createdAt),
    check('import_job_mode', sql`${t.mode} IN ('all_or_nothing', 'valid_only')`),
    check('import_job_status', sql`${t.status} IN ('queued', 'running', 'done', 'rejected', 'failed')`),
  ],
);
