import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { appUser } from './auth.ts';
import { fileObject } from './files.ts';
import { department, grid, microGrid } from './org.ts';
import { caseCategory } from './taxonomy.ts';
import { ltree, point4326 } from './types.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A case (事件/案件): the projection of its action log (case_action), updated in the same
 * transaction as each action. `version` gives optimistic concurrency: every action names the
 * version it saw, and of two concurrent actions only one can win.
 */
export const caseRecord = pgTable(
  'case_record',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Readable number for residents and callers: district code + date + sequence. */
    number: text('number').notNull(),
    districtCode: text('district_code').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    categoryCode: text('category_code').references(() => caseCategory.code),
    appealNature: text('appeal_nature', {
      enum: ['request', 'complaint', 'inquiry', 'suggestion', 'thanks'],
    }),
    channel: text('channel', { enum: ['patrol', 'resident', 'hotline', 'department', 'sensor'] }).notNull(),
    /** 12345 work-order number or alarm device id. */
    externalRef: text('external_ref'),
    /** The Open311 client application that submitted it, if any. */
    open311ClientId: uuid('open311_client_id'),
    reporterId: uuid('reporter_id').references(() => appUser.id, { onDelete: 'set null' }),
    reporterName: text('reporter_name'),
    reporterPhoneMasked: text('reporter_phone_masked'),
    location: point4326('location'),
    address: text('address'),
    gridId: uuid('grid_id').references(() => grid.id, { onDelete: 'set null' }),
    microGridId: uuid('micro_grid_id').references(() => microGrid.id, { onDelete: 'set null' }),
    communityCode: text('community_code'),
    subdistrictCode: text('subdistrict_code'),
    /** Where the case is, in the territory tree (grid path, or the subdistrict when outside every grid). */
    path: ltree('path').notNull(),
    outsideGrid: boolean('outside_grid').notNull().default(false),
    status: text('status').notNull(),
    level: text('level', { enum: ['grid', 'community', 'subdistrict', 'department'] }).notNull(),
    /** The running clock: which stage, since when, its limit, suspensions and extensions in it. */
    stage: text('stage', { enum: ['accept', 'handle', 'verify', 'none'] }).notNull(),
    stageStartedAt: ts('stage_started_at').notNull(),
    stageClock: jsonb('stage_clock').notNull(),
    stageDeadline: ts('stage_deadline'),
    /** When the stage reaches its yellow share (黄牌): kept with the deadline so the sweep is plain SQL. */
    stageYellowAt: ts('stage_yellow_at'),
    suspendedSince: ts('suspended_since'),
    warning: text('warning', { enum: ['none', 'yellow', 'red'] })
      .notNull()
      .default('none'),
    version: integer('version').notNull().default(1),
    reworkCount: integer('rework_count').notNull().default(0),
    reopenCount: integer('reopen_count').notNull().default(0),
    returnCount: integer('return_count').notNull().default(0),
    escalationCount: integer('escalation_count').notNull().default(0),
    evaluation: text('evaluation', { enum: ['satisfied', 'basically_satisfied', 'dissatisfied'] }),
    masterCaseId: uuid('master_case_id'),
    reportedAt: ts('reported_at').notNull(),
    acceptedAt: ts('accepted_at'),
    dispatchedAt: ts('dispatched_at'),
    handledAt: ts('handled_at'),
    closedAt: ts('closed_at'),
    /** Handling deadline of the first dispatch, for on-time rates; closedOnTime is set at close. */
    dueAt: ts('due_at'),
    closedOnTime: boolean('closed_on_time'),
    searchText: text('search_text').notNull().default(''),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('case_record_number_key').on(t.number),
    uniqueIndex('case_record_external_key')
      .on(t.districtCode, t.channel, t.externalRef)
      .where(sql`${t.externalRef} IS NOT NULL`),
    index('case_record_path_gist').using('gist', t.path),
    index('case_record_status_idx').on(t.districtCode, t.status),
    // The sweep finds cases by the instants they cross, never by `warning`: `warning` in an index (or an
    // index predicate) would make every warning update rewrite all the row's index entries (no HOT update).
    index('case_record_deadline_idx').on(t.stageDeadline).where(sql`${t.stage} <> 'none'`),
    index('case_record_yellow_idx').on(t.stageYellowAt).where(sql`${t.stage} <> 'none'`),
    index('case_record_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('case_record_reported_idx').on(t.districtCode, t.reportedAt),
    // The public board (a community's recent cases) and "me too" (open cases near a point).
    index('case_record_community_idx').on(t.communityCode, t.reportedAt),
    index('case_record_location_gist').using('gist', t.location),
    check('case_record_version_positive', sql`${t.version} > 0`),
  ],
);

/** The append-only action log: every step of every case, with who, when and what. */
export const caseAction = pgTable(
  'case_action',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => caseRecord.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    at: ts('at').notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    actorRole: text('actor_role'),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    payload: jsonb('payload').notNull(),
    districtCode: text('district_code').notNull(),
  },
  (t) => [
    uniqueIndex('case_action_seq_key').on(t.caseId, t.seq),
    index('case_action_at_idx').on(t.districtCode, t.at),
  ],
);

/** Who a case is dispatched to: a territory node or a department, as lead or assistant (吹哨报到). */
export const caseAssignment = pgTable(
  'case_assignment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => caseRecord.id, { onDelete: 'cascade' }),
    districtCode: text('district_code').notNull(),
    territoryPath: ltree('territory_path'),
    departmentId: uuid('department_id').references(() => department.id),
    role: text('role', { enum: ['lead', 'assist'] }).notNull(),
    state: text('state', { enum: ['dispatched', 'claimed', 'done', 'returned', 'withdrawn'] }).notNull(),
    claimedBy: uuid('claimed_by').references(() => appUser.id, { onDelete: 'set null' }),
    dispatchedAt: ts('dispatched_at').notNull(),
    claimedAt: ts('claimed_at'),
    doneAt: ts('done_at'),
    note: text('note'),
  },
  (t) => [
    index('case_assignment_case_idx').on(t.caseId),
    index('case_assignment_department_idx').on(t.departmentId, t.state),
    index('case_assignment_territory_gist').using('gist', t.territoryPath),
    check('case_assignment_target', sql`(${t.territoryPath} IS NULL) <> (${t.departmentId} IS NULL)`),
  ],
);

/** Photos and attachments of a case, tied to the action that added them. */
export const caseAttachment = pgTable(
  'case_attachment',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => caseRecord.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => fileObject.id),
    actionSeq: integer('action_seq').notNull(),
    purpose: text('purpose', { enum: ['report', 'before', 'after', 'evidence'] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.fileId] })],
);

/** Per district and day, the last case number handed out. */
export const caseNumberSequence = pgTable(
  'case_number_sequence',
  {
    districtCode: text('district_code').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.districtCode, t.day] })],
);

/** Idempotency keys of submissions: a retried submission returns the case it created. */
export const intakeIdempotency = pgTable(
  'intake_idempotency',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => caseRecord.id, { onDelete: 'cascade' }),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
);
