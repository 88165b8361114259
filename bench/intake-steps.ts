/**
 * Where an intake's time goes: a bench-local copy of reportCase → createCase
 * (apps/server/src/modules/cases/report-case.ts, create-case.ts as of this commit) with every step
 * wrapped in performance.now(), plus the session lookup that every HTTP request makes first. It calls
 * the product's own functions for each step, so only the glue is copied; keep it in step with
 * create-case.ts when that changes. Only the report path (no photos, no 12345 reference) is copied.
 *
 * Steps, in order: auth (resolveSession: session + user, then the scope: two queries), idempotency lookup (outside
 * the transaction), calendar (cached), pool + BEGIN, locate (placeByPoint), category, files, number
 * (the per-district-and-day counter: an upsert that keeps the counter row locked until COMMIT), insert
 * case, first action, idempotency key, audit, recipients, outbox, COMMIT. "locked" is the time from the
 * number's upsert to the end of COMMIT: concurrent reports of one district queue for that row.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { ReportCaseRequest } from '@wangge/contracts';
import { one, rows, schema } from '@wangge/db';
import { chinaDay, formatCaseNumber, mayReportThrough, needsVerification, nextStatus } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { Actor, Deps } from '../apps/server/src/http/types.ts';
import { recordAudit } from '../apps/server/src/modules/audit/index.ts';
import { resolveSession } from '../apps/server/src/modules/auth/sessions.ts';
import { appendAction, attachFiles } from '../apps/server/src/modules/cases/case-repo.ts';
import { DEFAULT_ACCEPT, loadCategoryLimits } from '../apps/server/src/modules/cases/category-limits.ts';
import { loadClockSettings } from '../apps/server/src/modules/cases/clock-settings.ts';
import { maskPhone } from '../apps/server/src/modules/cases/create-case.ts';
import { placeByPoint } from '../apps/server/src/modules/cases/place-case.ts';
import { dispatchersOf } from '../apps/server/src/modules/cases/recipients.ts';
import { searchText } from '../apps/server/src/modules/cases/search-text.ts';
import {
  deadlineOf,
  newClock,
  warningOf,
  yellowAtOf,
} from '../apps/server/src/modules/cases/stage-clock.ts';
import { getFilesForAttach } from '../apps/server/src/modules/files/index.ts';
import { enqueueNotifications } from '../apps/server/src/modules/notify/enqueue.ts';
import { suggestCategories } from '../apps/server/src/modules/taxonomy/index.ts';
import { percentile, round } from './measure.ts';

export const STEPS = [
  'auth (resolveSession)',
  'idempotency lookup',
  'calendar (cached)',
  'pool + BEGIN',
  'locate (placeByPoint)',
  'category',
  'files',
  'number (counter upsert)',
  'insert case_record',
  'insert first action',
  'insert idempotency key',
  'insert audit',
  'recipients (dispatchersOf)',
  'insert outbox',
  'COMMIT',
] as const;
export type Step = (typeof STEPS)[number] | 'total' | 'locked (number → COMMIT end)';

/** Per-step latencies over many reports. */
export class StepTimes {
  readonly times = new Map<Step, number[]>();
  add(step: Step, ms: number) {
    let list = this.times.get(step);
    if (!list) this.times.set(step, (list = []));
    list.push(ms);
  }
  summary() {
    const out: Array<{ step: Step; n: number; meanMs: number; p50Ms: number; p95Ms: number }> = [];
    for (const step of [...STEPS, 'locked (number → COMMIT end)', 'total'] as Step[]) {
      const list = this.times.get(step);
      if (!list?.length) continue;
      const sorted = [...list].sort((a, b) => a - b);
      out.push({
        step,
        n: list.length,
        meanMs: round(list.reduce((s, x) => s + x, 0) / list.length, 3),
        p50Ms: round(percentile(sorted, 50), 3),
        p95Ms: round(percentile(sorted, 95), 3),
      });
    }
    return out;
  }
}

/** One HTTP-less report: the session lookup, then the product's intake flow step by step. */
export async function timedReport(
  deps: Deps,
  sessionToken: string,
  request: ReportCaseRequest,
  times: StepTimes,
): Promise<{ id: string; number: string }> {
  const t0 = performance.now();
  let mark = t0;
  const lap = (step: Step) => {
    const now = performance.now();
    times.add(step, now - mark);
    mark = now;
  };

  // Auth, as the onRequest hook does it: the session with its user, then the user's grants.
  const found = await resolveSession(deps.db, sessionToken, deps.clock.now());
  if (found.status !== 'ok') throw new Error('bench session is not valid');
  lap('auth (resolveSession)');

  const auth = found.auth;
  const actor: Actor = { userId: auth.user.id, name: auth.user.displayName, requestId: randomUUID(), scope: auth.scope };
  const roles = auth.scope.grants.map((g) => g.role);
  const r = request;
  if (!mayReportThrough(roles as never, r.channel)) throw new Error('channel not allowed');
  const verify = needsVerification(r.channel);
  const { idempotencyKey, ...rest } = r;
  const requestHash = createHash('sha256')
    .update(JSON.stringify({ ...rest, first: 'report' }))
    .digest('hex');
  const scope = `user:${actor.userId}`;
  const existing = await one<{ id: string }>(
    deps.db,
    sql`SELECT i.request_hash, c.id, c.number, c.status, c.version FROM intake_idempotency i
        JOIN case_record c ON c.id = i.case_id WHERE i.scope = ${scope} AND i.key = ${idempotencyKey}`,
  );
  if (existing) throw new Error('idempotency key reused in the bench');
  lap('idempotency lookup');
  const settings = await loadClockSettings(deps.db);
  lap('calendar (cached)');

  let lockedFrom = 0;
  const created = await deps.db.transaction(async (tx) => {
    lap('pool + BEGIN');
    const place = r.location ? await placeByPoint(tx, r.location) : undefined;
    if (!place) throw new Error('bench point outside every territory');
    lap('locate (placeByPoint)');
    const category = await loadCategoryLimits(tx, r.categoryCode ?? null);
    lap('category');
    await getFilesForAttach(tx, actor, []);
    lap('files');
    const now = deps.clock.now();
    const day = chinaDay(now);
    lockedFrom = performance.now();
    const [seq] = await rows<{ last: number }>(
      tx,
      sql`INSERT INTO case_number_sequence (district_code, day, last) VALUES (${place.districtCode}, ${day}, 1)
          ON CONFLICT (district_code, day) DO UPDATE SET last = case_number_sequence.last + 1 RETURNING last`,
    );
    lap('number (counter upsert)');
    const number = formatCaseNumber(place.districtCode, day, seq!.last);
    const next = nextStatus('new', 'report', { needsVerification: verify });
    if (!next.ok) throw new Error('report must start a case');
    const status = next.status;
    const level = place.outsideGrid ? 'subdistrict' : (category?.defaultLevel ?? 'grid');
    const limit = category?.limits.accept ?? DEFAULT_ACCEPT;
    const clock = newClock(limit);
    const deadline = deadlineOf(now, clock, settings);
    const id = randomUUID();
    await tx.insert(schema.caseRecord).values({
      id,
      number,
      districtCode: place.districtCode,
      title: r.title,
      description: r.description,
      categoryCode: category?.code ?? null,
      appealNature: r.appealNature ?? null,
      channel: r.channel,
      externalRef: r.externalRef ?? null,
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
      stage: 'accept',
      stageStartedAt: now,
      stageClock: clock,
      stageDeadline: deadline,
      stageYellowAt: yellowAtOf(now, clock, settings),
      warning: warningOf(now, clock, deadline, now, settings),
      reportedAt: now,
      searchText: searchText(r.title, r.description, r.address, category?.name),
    });
    lap('insert case_record');
    const actionSeq = await appendAction(
      tx,
      { id, districtCode: place.districtCode },
      {
        type: 'report',
        at: now,
        actorId: actor.userId,
        actorName: actor.name,
        actorRole: roles[0] ?? null,
        fromStatus: null,
        toStatus: status,
        payload: {
          title: r.title,
          appealNature: r.appealNature ?? null,
          externalRef: r.externalRef ?? null,
          photos: r.photos,
          channel: r.channel,
          outsideGrid: place.outsideGrid,
          categoryCode: category?.code ?? null,
        },
      },
    );
    await attachFiles(tx, id, actionSeq, []);
    lap('insert first action');
    await tx
      .insert(schema.intakeIdempotency)
      .values({ scope, key: idempotencyKey, requestHash, caseId: id, createdAt: now });
    lap('insert idempotency key');
    await recordAudit(tx, actor, now, {
      action: 'case.report',
      entityType: 'case',
      entityId: id,
      districtCode: place.districtCode,
      after: { number, status, channel: r.channel, level, path: place.path },
    });
    lap('insert audit');
    const recipients = await dispatchersOf(tx, place.path, level);
    lap('recipients (dispatchersOf)');
    await enqueueNotifications(tx, now, [
      {
        recipients,
        kind: 'case.reported',
        districtCode: place.districtCode,
        payload: { title: '新上报事件，请受理', body: `${number} ${r.title}`, caseId: id, caseNumber: number },
      },
    ]);
    lap('insert outbox');
    return { id, number };
  });
  lap('COMMIT');
  const end = performance.now();
  times.add('locked (number → COMMIT end)', end - lockedFrom);
  times.add('total', end - t0);
  return created;
}

/** What classifying by keywords would add per report (create-case.ts imports suggestCategories but does not call it). */
export async function timedSuggest(deps: Deps, text: string): Promise<{ ms: number; top: string | null }> {
  const t0 = performance.now();
  const found = await suggestCategories(deps.db, text, 1);
  return { ms: performance.now() - t0, top: found[0]?.code ?? null };
}
