/**
 * `npx tsx bench/stats.bench.ts`: the leader dashboard's queries (apps/server/src/modules/stats) over a
 * year of cases: 1,000,000 on PostgreSQL (a throw-away database), 100,000 on PGlite in memory.
 *
 * The demo seed, then generated cases (generate-stats-cases.ts: reported in order over the 365 days
 * before NOW in the demo's 52 grids; three quarters closed, the rest at every stage of the loop, a
 * share of them rated, returned, reworked, overdue, and 30 % dispatched to departments).
 * Timed (median of BENCH_STATS_REPEAT runs, after one warm-up) for the subdistrict's dispatcher, a
 * community's staff and a department handler: the summary, the breakdowns by grid and by department
 * and the trend, over the last month and the whole year, and the whole export for the year.
 * EXPLAIN (ANALYZE, BUFFERS) of the year's summary, a community's month and a department's month
 * shows the plans. Part of `npm run bench`; alone: `npm run bench:stats -w bench`.
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
import { loadWorkCalendar } from '../apps/server/src/modules/sla/index.ts';
import { aggregate } from '../apps/server/src/modules/stats/aggregate.ts';
import { exportStats } from '../apps/server/src/modules/stats/export-stats.ts';
import { getBreakdown } from '../apps/server/src/modules/stats/get-breakdown.ts';
import { getSummary } from '../apps/server/src/modules/stats/get-summary.ts';
import { getTrend } from '../apps/server/src/modules/stats/get-trend.ts';
import { statsContext } from '../apps/server/src/modules/stats/stats-context.ts';
import { adminUrl, type DatabaseKind, openBenchDatabase, postgresUnreachable, redact } from './databases.ts';
import { generateStatsCases } from './generate-stats-cases.ts';
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
async function capture(
  deps: Deps,
  actor: Actor,
  q: { from: string; to: string },
  by: StatsDimension | 'none',
) {
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
    const generateMs = await generateStatsCases(db, n, NOW, config.batch, (m) =>
      log(`stats on ${kind}: ${m}`),
    );
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
