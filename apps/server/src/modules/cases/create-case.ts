import { createHash, randomUUID } from 'node:crypto';
import type { ReportCaseRequest } from '@wangge/contracts';
import { one, schema } from '@wangge/db';
import {
  type CaseChannel,
  type CaseLevel,
  type CaseStatus,
  chinaDay,
  EXTERNAL_REF_CHANNELS,
  formatCaseNumber,
  maskPhone,
  mayReportThrough,
  type TimeLimit,
} from '@wangge/domain';
import { type SQLWrapper, sql } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { isUniqueViolation } from '../../lib/pg-errors.ts';
import { auditInsert } from '../audit/index.ts';
import { getFilesForAttach } from '../files/index.ts';
import { outboxInsertFromQuery, type QueriedNotification } from '../notify/index.ts';
import { categorySnapshot, suggestCategories } from '../taxonomy/index.ts';
import { nextCaseSequence } from './case-numbers.ts';
import { loadCaseByNumber } from './case-repo.ts';
import { type CategoryLimits, usable } from './category-limits.ts';
import { loadClockSettings } from './clock-settings.ts';
import { type CasePlace, placeByGrid, placeByPoint, placeBySubdistrict } from './place-case.ts';
import { searchText } from './search-text.ts';
import { deadlineOf, newClock, warningOf, yellowAtOf } from './stage-clock.ts';

export interface NewCase {
  request: Omit<ReportCaseRequest, 'channel'> & { channel: CaseChannel };
  /** The first action: a report, or a report handled and closed on the spot. */
  first: {
    type: 'report' | 'resolve_on_spot';
    status: (category: CategoryLimits | undefined, place: CasePlace) => CaseStatus;
    level: (category: CategoryLimits | undefined, place: CasePlace) => CaseLevel;
    stage: (category: CategoryLimits | undefined) => { stage: 'accept' | 'none'; limit: TimeLimit };
    payload: Record<string, unknown>;
    attachments: Array<{ fileId: string; purpose: 'report' | 'before' | 'after' }>;
    /** Who to tell, as queries resolved inside the write itself. */
    notify: (c: {
      id: string;
      number: string;
      path: string;
      level: CaseLevel;
      districtCode: string;
    }) => QueriedNotification[];
    closed: boolean;
  };
  /**
   * Submissions not made by a signed-in user (Open311 client applications): whose idempotency keys
   * these are, and which client sent the case. Default: the actor's own keys.
   */
  source?: { idempotencyScope: string; open311ClientId: string | null };
}

export interface CreatedCase {
  id: string;
  number: string;
  status: string;
  version: number;
  /** False when the submission was a retry (same idempotency key, or the same 12345 order). */
  created: boolean;
}

/**
 * Writes a new case with its first action, attachments, idempotency key, audit and notifications in
 * one transaction. A retry with the same idempotency key (or a 12345 order already received) fails
 * on a unique index and is answered with the existing case; looking it up only then keeps a query
 * off every first submission. (A retry uses up a case number: numbers may have gaps.)
 */
export async function createCase(deps: Deps, actor: Actor, input: NewCase): Promise<CreatedCase> {
  const roles = actor.scope.grants.map((g) => g.role);
  const r = input.request;
  if (!mayReportThrough(roles, r.channel))
    throw new AppError('CASE_CHANNEL_NOT_ALLOWED', undefined, { channel: r.channel });
  if (EXTERNAL_REF_CHANNELS.includes(r.channel) && !r.externalRef) {
    throw new AppError('CASE_EXTERNAL_REF_REQUIRED', undefined, { channel: r.channel });
  }
  const { idempotencyKey, ...rest } = r;
  const requestHash = createHash('sha256')
    .update(JSON.stringify({ ...rest, first: input.first.type }))
    .digest('hex');
  const scope = input.source?.idempotencyScope ?? `user:${actor.userId}`;

  const settings = await loadClockSettings(deps.db);
  // Without a category, the best keyword match classifies it (the dispatcher can change it on
  // accepting). Done before the transaction: PGlite has one connection, which the transaction holds.
  const suggested = r.categoryCode
    ? undefined
    : (await suggestCategories(deps.db, `${r.title} ${r.description}`, 1))[0];
  // Everything that only reads is done before the transaction: PGlite has one connection, which the
  // transaction holds, and on a server the transaction should hold its locks as briefly as possible.
  if (r.location && r.gridCode) throw new AppError('CASE_LOCATION_TWICE');
  const place = r.location
    ? await placeByPoint(deps.db, r.location)
    : r.gridCode
      ? await placeByGrid(deps.db, r.gridCode)
      : actor.scope.grants[0]
        ? await placeBySubdistrict(deps.db, actor.scope.grants[0].path)
        : undefined;
  if (!place && r.gridCode) throw new AppError('CASE_GRID_UNKNOWN', undefined, { code: r.gridCode });
  if (!place) throw new AppError(r.location ? 'CASE_LOCATION_OUTSIDE' : 'CASE_LOCATION_REQUIRED');
  const code = r.categoryCode ?? suggested?.code;
  const category = code ? usable((await categorySnapshot(deps.db)).byCode.get(code)) : undefined;
  if (r.categoryCode && !category)
    throw new AppError('CASE_CATEGORY_UNKNOWN', undefined, { code: r.categoryCode });
  const files = input.first.attachments;
  await getFilesForAttach(
    deps.db,
    actor,
    files.map((f) => f.fileId),
  );
  const status = input.first.status(category, place);
  const level = input.first.level(category, place);
  const { stage, limit } = input.first.stage(category);

  const now = deps.clock.now();
  const day = chinaDay(now);
  const number = formatCaseNumber(
    place.districtCode,
    day,
    await nextCaseSequence(deps.db, place.districtCode, day),
  );
  const clock = newClock(limit);
  const deadline = stage === 'none' ? null : deadlineOf(now, clock, settings);
  try {
    const id = randomUUID();
    const db = deps.db;
    const writes: SQLWrapper[] = [
      db.insert(schema.caseRecord).values({
        id,
        number,
        districtCode: place.districtCode,
        title: r.title,
        description: r.description,
        categoryCode: category?.code ?? null,
        appealNature: r.appealNature ?? null,
        channel: r.channel,
        externalRef: r.externalRef ?? null,
        open311ClientId: input.source?.open311ClientId ?? null,
        reporterId: actor.userId,
        reporterName: r.reporterName ?? actor.name,
        reporterPhoneMasked: r.reporterPhone ? maskPhone(r.reporterPhone) : null,
        location: place.point
          ? (sql`ST_SetSRID(ST_MakePoint(${place.point[0]}::float8, ${place.point[1]}::float8), 4326)` as never)
          : null,
        address: r.address ?? null,
        gridId: place.gridId,
        microGridId: place.microGridId,
        communityCode: place.communityCode,
        subdistrictCode: place.subdistrictCode,
        path: place.path,
        outsideGrid: place.outsideGrid,
        status,
        level,
        stage,
        stageStartedAt: now,
        stageClock: clock,
        stageDeadline: deadline,
        stageYellowAt: stage === 'none' ? null : yellowAtOf(now, clock, settings),
        warning: stage === 'none' ? 'none' : warningOf(now, clock, deadline, now, settings),
        reportedAt: now,
        ...(input.first.closed ? { handledAt: now, closedAt: now, closedOnTime: true } : {}),
        searchText: searchText(r.title, r.description, r.address, category?.name),
      }),
      db.insert(schema.caseAction).values({
        caseId: id,
        seq: 1,
        type: input.first.type,
        at: now,
        actorId: actor.userId,
        actorName: actor.name,
        actorRole: roles[0] ?? null,
        fromStatus: null,
        toStatus: status,
        payload: {
          ...input.first.payload,
          channel: r.channel,
          outsideGrid: place.outsideGrid,
          categoryCode: category?.code ?? null,
          classifiedBy: r.categoryCode ? 'reporter' : category ? 'keywords' : null,
        },
        districtCode: place.districtCode,
      }),
      db
        .insert(schema.intakeIdempotency)
        .values({ scope, key: idempotencyKey, requestHash, caseId: id, createdAt: now }),
      auditInsert(db, actor, now, [
        {
          action: `case.${input.first.type}`,
          entityType: 'case',
          entityId: id,
          districtCode: place.districtCode,
          after: { number, status, channel: r.channel, level, path: place.path },
        },
      ]),
      ...(files.length
        ? [
            db
              .insert(schema.caseAttachment)
              .values(files.map((f) => ({ caseId: id, fileId: f.fileId, actionSeq: 1, purpose: f.purpose }))),
          ]
        : []),
      ...input.first
        .notify({ id, number, path: place.path, level, districtCode: place.districtCode })
        .map((n) => outboxInsertFromQuery(now, n)),
    ];
    // One statement, so one round trip and atomic without a transaction: every report writes the case,
    // its first action, its idempotency key, audit and outbox rows (foreign keys are checked at its end).
    await db.execute(
      sql`WITH ${sql.join(
        writes.map((w, i) => sql`${sql.raw(`w${i}`)} AS (${w.getSQL()})`),
        sql`, `,
      )} SELECT 1`,
    );
    return { id, number, status, version: 1, created: true };
  } catch (error) {
    if (isUniqueViolation(error)) {
      const again = await findExisting(deps, scope, idempotencyKey, requestHash, r);
      if (again) return again;
    }
    throw error;
  }
}

async function findExisting(
  deps: Deps,
  scope: string,
  key: string,
  requestHash: string,
  r: NewCase['request'],
): Promise<CreatedCase | undefined> {
  const byKey = await one<{
    request_hash: string;
    id: string;
    number: string;
    status: string;
    version: number;
  }>(
    deps.db,
    sql`SELECT i.request_hash, c.id, c.number, c.status, c.version FROM intake_idempotency i
        JOIN case_record c ON c.id = i.case_id WHERE i.scope = ${scope} AND i.key = ${key}`,
  );
  if (byKey) {
    if (byKey.request_hash !== requestHash) throw new AppError('CASE_IDEMPOTENCY_CONFLICT');
    return {
      id: byKey.id,
      number: byKey.number,
      status: byKey.status,
      version: byKey.version,
      created: false,
    };
  }
  if (r.externalRef) {
    const byRef = await one<{ number: string }>(
      deps.db,
      sql`SELECT number FROM case_record WHERE channel = ${r.channel} AND external_ref = ${r.externalRef} LIMIT 1`,
    );
    if (byRef) {
      const c = await loadCaseByNumber(deps.db, byRef.number);
      if (c) return { id: c.id, number: c.number, status: c.status, version: c.version, created: false };
    }
  }
  return undefined;
}
