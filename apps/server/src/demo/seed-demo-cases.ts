/**
 * Seeds the demo subdistrict's case history through the real use cases: every report, action,
 * assignment, deadline, warning, audit and outbox row is what the server itself would have written,
 * with a clock moved to each step's moment (times from the plan in demo-case-plan.ts). The warning
 * sweep runs along the way as the worker would, and once more at `now`. Only ever into a database
 * without cases. Each step commits on its own, as it would live: one transaction around the whole
 * history costs a fifth more (thousands of savepoints), and each case stays consistent either way.
 */
import { join } from 'node:path';
import { type Db, DEMO_SUBDISTRICT, one, rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { Actor, Deps } from '../http/types.ts';
import { fixedClock } from '../lib/clock.ts';
import { grantsJson, toScope } from '../modules/auth/load-scope.ts';
import { performAction } from '../modules/cases/perform-action.ts';
import { reportCase } from '../modules/cases/report-case.ts';
import { resolveOnSpot } from '../modules/cases/resolve-on-spot.ts';
import { sweepWarnings } from '../modules/cases/sweep-warnings.ts';
import { type FileStore, LocalFileStore } from '../modules/files/index.ts';
import { uploadFile } from '../modules/files/upload-file.ts';
import type { ActionBody } from './demo-case-flow.ts';
import { DEMO_CASES_SEED, type DemoCaseSummary, planDemoCases } from './demo-case-plan.ts';
import { demoPhotos } from './demo-photos.ts';
import { HOUR } from './demo-time.ts';
import { loadDemoWorld } from './demo-world.ts';

export interface DemoCasesOptions {
  /** The moment the history leads up to (default: the clock's now). */
  now?: Date;
  seed?: number;
  /** Where the photos go (default: the files directory of WANGGE_DATA_DIR, as uploads). */
  store?: FileStore;
}

export interface DemoCasesResult {
  seeded: number;
  seconds: number;
  /** Why nothing was seeded: there are cases already, or no demo subdistrict. */
  skipped: 'cases_exist' | 'no_demo' | null;
  /** The shape of what was seeded, as planned (the API shows the same). */
  summary: DemoCaseSummary | null;
  /** A step that failed stops the seeding there: the cases before it stay, each one whole. */
  error: string | null;
}

/** The sweep runs every minute in a real deployment; over the history, twice a day or so is enough. */
const SWEEP_EVERY_MS = 6 * HOUR;

export async function seedDemoCases(base: Deps, options: DemoCasesOptions = {}): Promise<DemoCasesResult> {
  const started = performance.now();
  const now = options.now ?? base.clock.now();
  const { db } = base;
  const seconds = () => Math.round((performance.now() - started) / 100) / 10;
  if (await one(db, sql`SELECT 1 FROM case_record LIMIT 1`)) {
    return { seeded: 0, seconds: seconds(), skipped: 'cases_exist', summary: null, error: null };
  }
  const demo = await one(
    db,
    sql`SELECT 1 FROM grid WHERE community_code LIKE ${`${DEMO_SUBDISTRICT.code}%`} LIMIT 1`,
  );
  if (!demo) return { seeded: 0, seconds: seconds(), skipped: 'no_demo', summary: null, error: null };

  const world = await loadDemoWorld(db, DEMO_SUBDISTRICT.code);
  const plan = planDemoCases(world, now, options.seed ?? DEMO_CASES_SEED);
  const actors = await loadActors(db, new Set(plan.cases.flatMap((c) => c.steps.map((s) => s.actor))));
  const store = options.store ?? new LocalFileStore(join(base.config.dataDir, 'files'));
  const photos = await demoPhotos();

  const events = plan.cases
    .flatMap((c) => c.steps.map((step, k) => ({ c, step, k })))
    .sort(
      (a, b) => a.step.at.getTime() - b.step.at.getTime() || a.c.spec.index - b.c.spec.index || a.k - b.k,
    );

  const clock = fixedClock(now);
  const deps: Deps = { db, config: base.config, clock };
  const refs = new Map<number, { id: string; number: string; version: number }>();
  const uploaded = new Map<string, { before: string; after: string }>();
  const photosOf = async (actor: Actor) => {
    const key = actor.userId ?? '';
    let mine = uploaded.get(key);
    if (!mine) {
      const before = await uploadFile(deps, store, actor, { bytes: photos.before, filename: '处置前.jpg' });
      const after = await uploadFile(deps, store, actor, { bytes: photos.after, filename: '处置后.jpg' });
      mine = { before: before.id, after: after.id };
      uploaded.set(key, mine);
    }
    return mine;
  };
  const numberOf = (index: number) => {
    const ref = refs.get(index);
    if (!ref) throw new Error(`demo case ${index} is not there yet`);
    return ref.number;
  };

  try {
    let swept = events[0]?.step.at.getTime() ?? now.getTime();
    for (const { c, step } of events) {
      const at = step.at.getTime();
      if (at - swept >= SWEEP_EVERY_MS) {
        await db.transaction((tx) => sweepWarnings(tx, new Date(at)));
        swept = at;
      }
      clock.set(step.at);
      const actor = actors.get(step.actor);
      if (!actor) throw new Error(`demo user ${step.actor} not found`);
      const work = step.work;
      let status: string;
      if (work.kind === 'report' || work.kind === 'spot') {
        const created =
          work.kind === 'report'
            ? await reportCase(deps, actor, work.request)
            : await photosOf(actor).then((mine) =>
                resolveOnSpot(deps, actor, {
                  ...work.request,
                  beforePhotos: [mine.before],
                  afterPhotos: [mine.after],
                }),
              );
        if (!created.created) throw new Error(`demo case ${c.spec.index} was there already`);
        refs.set(c.spec.index, { id: created.id, number: created.number, version: created.version });
        status = created.status;
      } else {
        const ref = refs.get(c.spec.index);
        if (!ref) throw new Error(`demo case ${c.spec.index} acted on before its report`);
        let body: ActionBody = typeof work.body === 'function' ? work.body(numberOf) : work.body;
        if (work.photos && body.type === 'feedback') {
          const mine = await photosOf(actor);
          body = { ...body, beforePhotos: [mine.before], afterPhotos: [mine.after] };
        }
        const done = await performAction(deps, actor, 'zh-CN', ref.id, { ...body, version: ref.version });
        ref.version = done.version;
        status = done.status;
      }
      if (status !== step.expect) {
        throw new Error(
          `demo case ${c.spec.index} (${c.spec.template.key}) is ${status}, not ${step.expect}`,
        );
      }
    }
    await db.transaction((tx) => sweepWarnings(tx, now));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { seeded: refs.size, seconds: seconds(), skipped: null, summary: plan.summary, error: message };
  }
  return { seeded: plan.cases.length, seconds: seconds(), skipped: null, summary: plan.summary, error: null };
}

type GrantRow = Parameters<typeof toScope>[1][number];

/** The people who take the steps, with their grants as a session would load them. */
async function loadActors(db: Db, usernames: ReadonlySet<string>): Promise<Map<string, Actor>> {
  const found = await rows<{ id: string; username: string; display_name: string; grants: GrantRow[] }>(
    db,
    sql`SELECT u.id, u.username, u.display_name, ${grantsJson(sql`u.id`)} AS grants FROM app_user u
        WHERE u.username IN (${sql.join(
          [...usernames].map((u) => sql`${u}`),
          sql`, `,
        )})`,
  );
  return new Map(
    found.map((u) => [
      u.username,
      { userId: u.id, name: u.display_name, requestId: 'demo-seed', scope: toScope(u.id, u.grants) },
    ]),
  );
}

/** The start-up line: "Demo cases: 480 seeded in 12.3 s". */
export function describeDemoCases(result: DemoCasesResult): string {
  if (result.skipped === 'cases_exist') return 'Demo cases: there are cases already; none added';
  if (result.skipped === 'no_demo') return 'Demo cases: no demo subdistrict; none added';
  const line = `Demo cases: ${result.seeded} seeded in ${result.seconds.toFixed(1)} s`;
  return result.error ? `${line}, then stopped: ${result.error}` : line;
}
