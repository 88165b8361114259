/**
 * `npx tsx bench/stats.bench.ts`: the leader dashboard's queries (apps/server/src/modules/stats) over a
 * year of cases: 1,000,000 on PostgreSQL (a throw-away database), 100,000 on PGlite in memory.
 *
 * The demo seed, then generated cases reported evenly over the 365 days before NOW in the demo's 52
 * grids (INSERT … SELECT in the database; secondary indexes dropped and re-created around the load):
 *   3 % rejected, 2 % merged, 75 % closed (85 % of them on time, 40 % rated), 8 % being handled
 *   (3-day deadline), 5 % waiting to be dispatched, 4 % waiting for the rating, 3 % to be accepted;
 *   4 % returned once, 3 % reworked once; 30 % dispatched to one of the 12 departments (a tenth of
 *   those with an assistant, a tenth returned by another department first).
 * Timed (median of BENCH_STATS_REPEAT runs, after one warm-up) for the subdistrict's dispatcher, a
 * community's staff and a department handler: the summary, the breakdowns by grid and by department
 * and the trend, over the last month and the whole year, and the whole export for the year.
 * EXPLAIN (ANALYZE, BUFFERS) of the year's summary and of a community's month shows the plans.
 *
 * Environment: BENCH_DATABASE_URL, BENCH_STATS_PG_N (1000000), BENCH_STATS_PGLITE_N (100000),
 * BENCH_STATS_REPEAT (3), BENCH_SKIP_PG=1, BENCH_SKIP_PGLITE=1.
 */
import type { StatsDimension } from '@wangge/contracts';
import { type Db, rows, seedDemo } from '@wangge/db';
import type { Scope } from '@wangge/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Actor, Deps } from '../apps/server/src/http/types.ts';
import { fixedClock } from '../apps/server/src/lib/clock.ts';
import { aggregate } from '../apps/server/src/modules/stats/aggregate.ts';
import { exportStats } from '../apps/server/src/modules/stats/export-stats.ts';
import { getBreakdown } from '../apps/server/src/modules/stats/get-breakdown.ts';
import { getSummary } from '../apps/server/src/modules/stats/get-summary.ts';
import { getTrend } from '../apps/server/src/modules/stats/get-trend.ts';
import { statsContext } from '../apps/server/src/modules/stats/stats-context.ts';
import { loadWorkCalendar } from '../apps/server/src/modules/sla/index.ts';
import {
  adminUrl,
  type DatabaseKind,
  openBenchDatabase,
  postgresUnreachable,
  redact,
} from './databases.ts';
import { round } from './measure.ts';
import { databaseFacts, elapsedS, int, loadAvg, log, machine, runBench, writeResults } from './report.ts';

const config = {
  postgresN: int('BENCH_STATS_PG_N', 1_000_000),
  pgliteN: int('BENCH_STATS_PGLITE_N', 100_000),
  repeat: int('BENCH_STATS_REPEAT', 3),
  batch: 250_000,
};
/** Sunday 2026-12-20, 10:00 China time. */
const NOW = new Date('2026-12-20T02:00:00Z');
const MONTH = { from: '2026-11-20', to: '2026-12-21' };
const YEAR = { from: '2025-12-21', to: '2026-12-21' };
const WATCHDOG_MS = 20 * 60_000;

const r = (salt: string) => `(('x' || substr(md5('${salt}' || i), 1, 8))::bit(32)::bigint::float8 / 4294967296)`;

async function generate(db: Db, n: number) {
  const t0 = performance.now();
  const indexes = await rows<{ name: string; def: string }>(
    db,
    sql`SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
        JOIN pg_index x ON x.indexrelid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass
        WHERE i.schemaname = 'public' AND i.tablename IN ('case_record', 'case_assignment') AND NOT x.indisprimary`,
  );
  await db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    for (const { name } of indexes) await tx.execute(sql.raw(`DROP INDEX "${name}"`));
    for (let lo = 1; lo <= n; lo += config.batch) {
      const hi = Math.min(n, lo + config.batch - 1);
      await tx.execute(
        sql.raw(`
        WITH g AS (
          SELECT array_agg(id ORDER BY code) AS ids, array_agg(path::text ORDER BY code) AS paths,
                 array_agg(community_code ORDER BY code) AS communities, count(*)::int AS n,
                 (SELECT array_agg(code) FROM (SELECT code FROM case_category WHERE kind <> 'class' ORDER BY code LIMIT 20) x) AS cats
          FROM grid
        ),
        s AS (
          SELECT i, ${r('status')} AS st, ${r('when')} AS w, ${r('late')} AS late, ${r('rate')} AS rate,
                 ${r('hours')} AS h, ${r('flags')} AS fl
          FROM generate_series(${lo}, ${hi}) AS i
        ),
        t AS (
          SELECT s.*, timestamptz '${NOW.toISOString()}' - interval '365 days' * w AS reported,
                 CASE WHEN st < 0.03 THEN 'rejected' WHEN st < 0.05 THEN 'merged' WHEN st < 0.80 THEN 'closed'
                      WHEN st < 0.88 THEN 'in_progress' WHEN st < 0.93 THEN 'pending_dispatch'
                      WHEN st < 0.97 THEN 'pending_evaluation' ELSE 'pending_acceptance' END AS status
          FROM s
        )
        INSERT INTO case_record (id, number, district_code, title, description, channel, grid_id, community_code,
          subdistrict_code, path, status, level, stage, stage_started_at, stage_clock, stage_deadline, warning,
          rework_count, return_count, evaluation, reported_at, dispatched_at, handled_at, closed_at, due_at,
          closed_on_time, category_code)
        SELECT md5('stats' || i)::uuid, '370102-B-' || lpad(i::text, 8, '0'), '370102', '生成的事件', '统计基准',
               CASE WHEN i % 3 = 0 THEN 'hotline' ELSE 'patrol' END,
               g.ids[1 + i % g.n], g.communities[1 + i % g.n], '370102009', g.paths[1 + i % g.n]::ltree, status,
               'grid',
               CASE status WHEN 'in_progress' THEN 'handle' WHEN 'pending_dispatch' THEN 'accept'
                           WHEN 'pending_acceptance' THEN 'accept' ELSE 'none' END,
               reported, '{}'::jsonb,
               CASE status WHEN 'in_progress' THEN reported + interval '3 days'
                           WHEN 'pending_dispatch' THEN reported + interval '1 day'
                           WHEN 'pending_acceptance' THEN reported + interval '1 day' END,
               'none',
               CASE WHEN fl < 0.03 THEN 1 ELSE 0 END, CASE WHEN fl > 0.96 THEN 1 ELSE 0 END,
               CASE WHEN status IN ('closed', 'pending_evaluation') AND i % 3 = 0 AND rate < 0.9
                    THEN (ARRAY['satisfied', 'satisfied', 'basically_satisfied', 'dissatisfied'])[1 + (i / 3) % 4] END,
               reported,
               reported + interval '30 minutes',
               CASE WHEN status IN ('closed', 'pending_evaluation') THEN reported + interval '1 hour' * (1 + h * 71) END,
               CASE WHEN status = 'closed' THEN reported + interval '1 hour' * (2 + h * 100) END,
               reported + interval '3 days',
               CASE WHEN status = 'closed' THEN late < 0.85 END,
               g.cats[1 + i % 20]
        FROM t, g`),
      );
      log(`generated ${hi.toLocaleString('en')} of ${n.toLocaleString('en')} cases`);
    }
    // 30 % to a department (lead); some with an assistant, some returned first by the department before it.
    await tx.execute(
      sql.raw(`
      WITH d AS (SELECT array_agg(id ORDER BY code) AS ids, count(*)::int AS n FROM department),
      c AS (SELECT id, status, reported_at, ('x' || substr(id::text, 1, 8))::bit(32)::bigint AS k FROM case_record
            WHERE number LIKE '370102-B-%' AND status NOT IN ('rejected', 'merged'))
      INSERT INTO case_assignment (case_id, district_code, department_id, role, state, dispatched_at)
      SELECT c.id, '370102', d.ids[1 + (c.k / 10 + CASE WHEN x.role = 'assist' THEN 2 WHEN x.returned THEN 1 ELSE 0 END) % d.n], x.role,
             CASE WHEN x.role = 'lead' AND x.returned THEN 'returned'
                  WHEN c.status IN ('closed', 'pending_evaluation') THEN 'done'
                  WHEN c.status = 'in_progress' THEN 'claimed' ELSE 'dispatched' END,
             c.reported_at + interval '30 minutes'
      FROM c, d, LATERAL (VALUES ('lead', false), ('assist', false), ('lead', true)) AS x(role, returned)
      WHERE c.k % 10 < 3
        AND (x.role = 'lead' AND NOT x.returned OR x.role = 'assist' AND (c.k / 1000) % 10 = 1
             OR x.returned AND (c.k / 1000) % 10 = 0)`),
    );
    for (const { def } of indexes) await tx.execute(sql.raw(def));
  });
  for (const table of ['case_record', 'case_assignment'])
    await db.execute(sql.raw(`VACUUM (ANALYZE) ${table}`));
  return round(performance.now() - t0, 0);
}

const scope = (grants: Scope['grants']): Actor => ({
  userId: '00000000-0000-0000-0000-000000000000',
  name: 'bench',
  requestId: null,
  scope: { userId: '00000000-0000-0000-0000-000000000000', grants },
});

interface Timing {
  who: string;
  what: string;
  period: string;
  medianMs: number;
  minMs: number;
}

async function time(fn: () => Promise<unknown>): Promise<{ median: number; min: number }> {
  await fn();
  const ms: number[] = [];
  for (let k = 0; k < config.repeat; k++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { median: round(ms[Math.floor((ms.length - 1) / 2)]!, 1), min: round(ms[0]!, 1) };
}

async function explain(db: Db, query: SQL): Promise<string[]> {
  const result = (await db.execute(sql`EXPLAIN (ANALYZE, BUFFERS) ${query}`)) as unknown as {
    rows: Array<{ 'QUERY PLAN': string }>;
  };
  return result.rows.map((x) => x['QUERY PLAN']);
}

/** The aggregate's SQL as the summary runs it, captured instead of executed. */
async function capture(deps: Deps, actor: Actor, q: { from: string; to: string }, by: StatsDimension | 'none') {
  const ctx = await statsContext(deps, actor, q);
  const working = await loadWorkCalendar(deps.db);
  let captured: SQL | null = null;
  const spy = {
    execute: async (query: SQL) => {
      captured = query;
      return { rows: [] };
    },
  };
  await aggregate(spy as unknown as Db, ctx, { kind: by } as never, working);
  return captured!;
}

async function benchOne(kind: DatabaseKind) {
  const n = kind === 'pglite' ? config.pgliteN : config.postgresN;
  const bench = await openBenchDatabase(kind, 4);
  try {
    const db = bench.handle.db;
    await seedDemo(db);
    const facts = await databaseFacts(db);
    log(`stats on ${kind}: generating ${n.toLocaleString('en')} cases…`);
    const generateMs = await generate(db, n);
    log(`stats on ${kind}: generated in ${generateMs} ms`);
    const deps = { db, clock: fixedClock(NOW) } as unknown as Deps;
    const [dept] = await rows<{ id: string }>(db, sql`SELECT id FROM department ORDER BY code LIMIT 1`);
    const who: Record<string, Actor> = {
      dispatcher: scope([{ role: 'subdistrictDispatcher', path: '370102.370102009' }]),
      community: scope([{ role: 'communityStaff', path: '370102.370102009.370102009002' }]),
      department: scope([{ role: 'departmentHandler', path: '370102', departmentId: dept!.id }]),
    };
    const timings: Timing[] = [];
    for (const [name, actor] of Object.entries(who)) {
      for (const [label, period] of [
        ['month', MONTH],
        ['year', YEAR],
      ] as const) {
        const runs: Array<[string, () => Promise<unknown>]> = [
          ['summary', () => getSummary(deps, actor, period)],
          ['breakdown by grid', () => getBreakdown(deps, actor, { ...period, by: 'grid' })],
          ['breakdown by department', () => getBreakdown(deps, actor, { ...period, by: 'department' })],
          ['trend', () => getTrend(deps, actor, period)],
        ];
        if (label === 'year' && name === 'dispatcher')
          runs.push(['export (all sheets)', () => exportStats(deps, actor, period, 'zh-CN')]);
        for (const [what, fn] of runs) {
          const t = await time(fn);
          timings.push({ who: name, what, period: label, medianMs: t.median, minMs: t.min });
          log(`stats on ${kind}: ${name} ${what} ${label}: ${t.median} ms`);
        }
      }
    }
    const plans = {
      dispatcherYearSummary: await explain(db, await capture(deps, who.dispatcher!, YEAR, 'none')),
      communityMonthSummary: await explain(db, await capture(deps, who.community!, MONTH, 'none')),
      departmentMonthSummary: await explain(db, await capture(deps, who.department!, MONTH, 'none')),
    };
    const [counts] = await rows<{ year: number; month: number }>(
      db,
      sql`SELECT count(*)::int AS year, count(*) FILTER (WHERE reported_at >= '2026-11-19T16:00:00Z')::int AS month
          FROM case_record WHERE reported_at >= '2025-12-20T16:00:00Z'`,
    );
    return { database: bench.name, kind, n, generateMs, facts, counts, timings, plans };
  } finally {
    await bench.close();
  }
}

async function main() {
  const facts = machine();
  const startedAt = new Date();
  const kinds: DatabaseKind[] = [];
  const notes: string[] = [];
  if (process.env.BENCH_SKIP_PG !== '1') {
    const why = await postgresUnreachable();
    if (why) notes.push(`PostgreSQL skipped: ${redact(adminUrl())} is not reachable (${why}).`);
    else kinds.push('postgres');
  }
  if (process.env.BENCH_SKIP_PGLITE !== '1') kinds.push('pglite');
  const results = [];
  for (const kind of kinds) results.push(await benchOne(kind));
  console.log(`\n## stats benchmark, ${startedAt.toISOString()}\n`);
  console.log(`${facts.cpus} × ${facts.cpuModel}, Node ${facts.node}; ${elapsedS()} s in all.\n`);
  for (const res of results) {
    console.log(
      `### ${res.kind}: ${res.n.toLocaleString('en')} cases (${res.counts?.month.toLocaleString('en')} in the month)\n`,
    );
    console.log('| who | query | month ms | year ms |\n|---|---|---:|---:|');
    const key = (t: Timing) => `${t.who}|${t.what}`;
    for (const k of [...new Set(res.timings.map(key))]) {
      const [w, q] = k.split('|');
      const m = res.timings.find((t) => key(t) === k && t.period === 'month');
      const y = res.timings.find((t) => key(t) === k && t.period === 'year');
      console.log(`| ${w} | ${q} | ${m?.medianMs ?? '—'} | ${y?.medianMs ?? '—'} |`);
    }
    console.log('');
    for (const [name, plan] of Object.entries(res.plans)) console.log(`${name}:\n${plan.join('\n')}\n`);
  }
  for (const note of notes) console.log(`- ${note}`);
  const file = writeResults('stats', startedAt, {
    benchmark: 'stats',
    startedAt: startedAt.toISOString(),
    machine: { ...facts, loadAvgEnd: loadAvg() },
    config,
    now: NOW.toISOString(),
    results,
    notes,
  });
  console.log(`\nJSON: ${file}`);
}

await runBench(main, WATCHDOG_MS);
