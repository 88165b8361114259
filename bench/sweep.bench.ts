/**
 * `npm run bench:sweep`: the warning sweep (sweepWarnings, apps/server/src/modules/cases/sweep-warnings.ts)
 * over many open cases: 1,000,000 on PostgreSQL (a throw-away database), 100,000 on PGlite in memory
 * (a million rows and their indexes is too heavy for PGlite's single-threaded WebAssembly build and its
 * 2 GB memory ceiling within this benchmark's time budget).
 *
 * Both databases get the demo seed, then generated open cases (generate-cases.ts: 1 % come due red,
 * 2 % come due yellow, 4 % already warned, the rest on time). Timed, each in its own transaction as the
 * worker runs it:
 *   1. first run at `now`: raises every warning that came due (the backlog after, say, a long stop),
 *   2. steady state: again at `now`, nothing to change (the cost of finding nothing), repeated,
 *   3. a minute later, repeated minute by minute: the ~0.01 % that come due per minute (the worker's
 *      normal pace: it sweeps every minute).
 *   4. diagnostics: on PostgreSQL the minute-by-minute runs again with jit = off; then steady state and
 *      minute by minute again after a VACUUM of case_record.
 * EXPLAIN (ANALYZE, BUFFERS) of the sweep's selection (its WHERE clause as a SELECT) before the first
 * run, at steady state and after the VACUUM shows which indexes it uses and what it reads; the whole
 * statement is explained once (ANALYZE, in a transaction rolled back) 4 hours after `now`, when a
 * backlog about the size of the first run's has come due. pg_stat_xact_user_tables tells whether the
 * first run's updates were HOT.
 *
 * Environment: BENCH_DATABASE_URL, BENCH_SWEEP_PG_N (1000000), BENCH_SWEEP_PGLITE_N (100000),
 * BENCH_SWEEP_REPEAT (5), BENCH_SKIP_PG=1, BENCH_SKIP_PGLITE=1.
 */
import { type Db, rows, seedDemo, type Tx } from '@wangge/db';
import { type SQL, sql } from 'drizzle-orm';
import pg from 'pg';
import { sweepWarnings } from '../apps/server/src/modules/cases/sweep-warnings.ts';
import {
  adminUrl,
  type BenchDatabase,
  type DatabaseKind,
  openBenchDatabase,
  postgresUnreachable,
  redact,
} from './databases.ts';
import { type Generated, generateOpenCases, SHARES } from './generate-cases.ts';
import { round, timed } from './measure.ts';
import {
  databaseFacts,
  elapsedS,
  int,
  loadAvg,
  log,
  machine,
  machineCpu,
  ProcessSet,
  runBench,
  writeResults,
} from './report.ts';

const config = {
  postgresN: int('BENCH_SWEEP_PG_N', 1_000_000),
  pgliteN: int('BENCH_SWEEP_PGLITE_N', 100_000),
  repeat: int('BENCH_SWEEP_REPEAT', 5),
  batch: 250_000,
};
const TARGET_MS = 2000;
/** The instant the generated clocks are relative to (a Friday, 10:00 in China). */
const NOW = new Date('2026-11-20T02:00:00Z');
const WATCHDOG_MS = 6 * 60_000;
const MINUTE = 60_000;

type Plan = string[];

class Rollback extends Error {}

/** EXPLAIN (ANALYZE, BUFFERS) of the product's own sweep statement, rolled back. */
async function explainSweep(db: Db, now: Date): Promise<Plan> {
  let plan: Plan = [];
  try {
    await db.transaction(async (tx) => {
      // sweepWarnings runs `SET LOCAL jit = off`, reads its watermark, runs its one statement through
      // rows() → tx.execute(), then moves the watermark: explain the third call, pass the others through.
      let calls = 0;
      const explaining = {
        execute: async (query: SQL) => {
          if (calls++ !== 2) return tx.execute(query);
          const result = (await tx.execute(sql`EXPLAIN (ANALYZE, BUFFERS) ${query}`)) as unknown as {
            rows: Array<{ 'QUERY PLAN': string }>;
          };
          plan = result.rows.map((r) => r['QUERY PLAN']);
          return { rows: [] };
        },
      };
      await sweepWarnings(explaining as unknown as Tx, now);
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return plan;
}

async function tableSize(db: Db) {
  const [s] = await rows<{ size: string; indexes: string }>(
    db,
    sql`SELECT pg_size_pretty(pg_table_size('case_record')) AS size,
               pg_size_pretty(pg_indexes_size('case_record')) AS indexes`,
  );
  return s!;
}

interface Run {
  label: string;
  at: string;
  ms: number;
  yellow: number;
  red: number;
}

async function timedSweep(
  db: Db,
  label: string,
  at: Date,
  options: { jitOff?: boolean; hot?: (upd: number, hot: number) => void } = {},
): Promise<Run> {
  const t0 = performance.now();
  const r = await db.transaction(async (tx) => {
    if (options.jitOff) await tx.execute(sql`SET LOCAL jit = off`);
    const swept = await sweepWarnings(tx, at);
    if (options.hot) {
      // This transaction's own counts: were the updates HOT (heap-only, no new index entries)?
      const [x] = await rows<{ upd: number; hot: number }>(
        tx,
        sql`SELECT n_tup_upd::int AS upd, n_tup_hot_upd::int AS hot FROM pg_stat_xact_user_tables WHERE relname = 'case_record'`,
      );
      options.hot(x?.upd ?? 0, x?.hot ?? 0);
    }
    return swept;
  });
  return { label, at: at.toISOString(), ms: round(performance.now() - t0, 1), ...r };
}

/**
 * The machine's CPU while `work` runs: busy share of all cores, and how much of it was the database's
 * (the PostgreSQL backends of `database`, or this process for PGlite) — the rest is other processes.
 */
async function cpuDuring<T>(database: string | null, work: () => Promise<T>) {
  const admin = database ? new pg.Client({ connectionString: adminUrl() }) : null;
  await admin?.connect();
  const pids = async () =>
    admin
      ? (
          await admin.query<{ pid: number }>(
            "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend'",
            [database],
          )
        ).rows.map((r) => r.pid)
      : [];
  try {
    const backends = new ProcessSet();
    backends.snapshot(await pids());
    const self0 = process.cpuUsage();
    const m0 = machineCpu();
    const value = await work();
    const m1 = machineCpu();
    const self = process.cpuUsage(self0);
    const dbMs = admin ? backends.deltaMs(await pids()) : (self.user + self.system) / 1000;
    const total = m1.totalMs - m0.totalMs || 1;
    return {
      value,
      machineBusyPct: round((100 * (m1.busyMs - m0.busyMs)) / total, 1),
      databasePct: round((100 * dbMs) / total, 1),
    };
  } finally {
    await admin?.end();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : Number.NaN;
};

async function benchOne(kind: DatabaseKind) {
  const n = kind === 'pglite' ? config.pgliteN : config.postgresN;
  log(`sweep on ${kind}: opening and seeding…`);
  const bench: BenchDatabase = await openBenchDatabase(kind, 4);
  try {
    const db = bench.handle.db;
    const seedStart = performance.now();
    await seedDemo(db);
    const seedMs = round(performance.now() - seedStart, 0);
    const facts = await databaseFacts(db);
    log(`sweep on ${kind}: generating ${n.toLocaleString('en')} open cases…`);
    const generated: Generated = await generateOpenCases(db, n, NOW, {
      batch: config.batch,
      maintenanceWorkMem: kind === 'pglite' ? '64MB' : '256MB',
      log: (m) => log(`sweep on ${kind}: ${m}`),
    });
    log(`sweep on ${kind}: generated in ${generated.ms.total} ms ${JSON.stringify(generated.ms)}`);
    const [mix] = await rows<{
      none: number;
      yellow: number;
      red: number;
      due_yellow: number;
      due_red: number;
    }>(
      db,
      sql`SELECT count(*) FILTER (WHERE warning = 'none')::int AS none,
                 count(*) FILTER (WHERE warning = 'yellow')::int AS yellow,
                 count(*) FILTER (WHERE warning = 'red')::int AS red,
                 count(*) FILTER (WHERE warning = 'none' AND stage_yellow_at <= ${NOW} AND stage_deadline >= ${NOW})::int AS due_yellow,
                 count(*) FILTER (WHERE warning <> 'red' AND stage_deadline < ${NOW})::int AS due_red
          FROM case_record`,
    );
    const size = await tableSize(db);
    const firstUpdates = { upd: 0, hot: 0 };
    const firstCpu = await cpuDuring(kind === 'postgres' ? bench.name : null, () =>
      timedSweep(db, 'first run (backlog)', NOW, {
        hot: (upd, hot) => Object.assign(firstUpdates, { upd, hot }),
      }),
    );
    const first = firstCpu.value;
    log(`sweep on ${kind}: first run ${first.ms} ms (yellow ${first.yellow}, red ${first.red})`);
    const steady: Run[] = [];
    for (let k = 0; k < config.repeat; k++) steady.push(await timedSweep(db, 'steady state', NOW));
    const minutely: Run[] = [];
    for (let k = 1; k <= config.repeat; k++)
      minutely.push(await timedSweep(db, `+${k} min`, new Date(NOW.getTime() + k * MINUTE)));
    // Diagnostic (PostgreSQL): the same minute-by-minute sweeps with JIT compilation off.
    const minutelyJitOff: Run[] = [];
    if (kind === 'postgres')
      for (let k = config.repeat + 1; k <= 2 * config.repeat; k++)
        minutelyJitOff.push(
          await timedSweep(db, `+${k} min, jit off`, new Date(NOW.getTime() + k * MINUTE), { jitOff: true }),
        );
    const lastMinute = new Date(NOW.getTime() + 2 * config.repeat * MINUTE);
    // Diagnostic: the warnings' updates are not HOT, so the partial indexes keep entries for the old row
    // versions until a VACUUM; autovacuum waits for 20 % of the table. The same runs after one:
    const vacuum = await timed(() => db.execute(sql`VACUUM (ANALYZE) case_record`));
    const steadyVacuumed: Run[] = [];
    for (let k = 0; k < config.repeat; k++)
      steadyVacuumed.push(await timedSweep(db, 'steady state, after VACUUM', lastMinute));
    const minutelyVacuumed: Run[] = [];
    for (let k = 2 * config.repeat + 1; k <= 3 * config.repeat; k++)
      minutelyVacuumed.push(
        await timedSweep(db, `+${k} min, after VACUUM`, new Date(NOW.getTime() + k * MINUTE)),
      );
    // The whole statement, explained: 4 hours after now a backlog about the size of the first run's
    // has come due (yellow shares, and deadlines of the yellow cases). Rolled back.
    const planStatement = await explainSweep(db, new Date(NOW.getTime() + 240 * MINUTE));

    const [written] = await rows<{ supervise: number; outbox: number }>(
      db,
      sql`SELECT (SELECT count(*)::int FROM case_action WHERE type = 'supervise') AS supervise,
                 (SELECT count(*)::int FROM notification_outbox WHERE kind = 'case.warning') AS outbox`,
    );
    const changed = [
      first,
      ...steady,
      ...minutely,
      ...minutelyJitOff,
      ...steadyVacuumed,
      ...minutelyVacuumed,
    ].reduce((s, r) => s + r.yellow + r.red, 0);
    log(
      `sweep on ${kind}: steady ${median(steady.map((r) => r.ms))} ms, per minute ${median(minutely.map((r) => r.ms))} ms`,
    );
    return {
      database: kind,
      databaseName: bench.name,
      facts,
      n,
      openMs: round(bench.openMs, 0),
      seedMs,
      generated,
      mix: mix!,
      table: size,
      runs: { first, steady, minutely, minutelyJitOff, steadyVacuumed, minutelyVacuumed },
      vacuumMs: vacuum.ms,
      summary: {
        firstMs: first.ms,
        firstChanged: first.yellow + first.red,
        steadyMedianMs: median(steady.map((r) => r.ms)),
        steadyMaxMs: Math.max(...steady.map((r) => r.ms)),
        minuteMedianMs: median(minutely.map((r) => r.ms)),
        minuteMedianChanged: median(minutely.map((r) => r.yellow + r.red)),
        minuteJitOffMedianMs: minutelyJitOff.length ? median(minutelyJitOff.map((r) => r.ms)) : null,
        steadyVacuumedMedianMs: median(steadyVacuumed.map((r) => r.ms)),
        minuteVacuumedMedianMs: median(minutelyVacuumed.map((r) => r.ms)),
        firstRunMachineBusyPct: firstCpu.machineBusyPct,
        firstRunDatabasePct: firstCpu.databasePct,
        updatesFirstRun: firstUpdates.upd,
        hotUpdatesFirstRun: firstUpdates.hot,
      },
      check: {
        changed,
        superviseActions: written!.supervise,
        warningOutbox: written!.outbox,
        ok: written!.supervise === changed && written!.outbox === changed,
      },
      plans: {
        statementPlus4Hours: planStatement,
      },
    };
  } finally {
    await bench.close().catch((e) => log(`closing ${bench.name}: ${e}`));
  }
}

type Result = Awaited<ReturnType<typeof benchOne>>;

function markdown(results: Result[]): string {
  const out = [
    '| database | open cases | generate s | first run ms (changed; machine busy %, of it the database) | steady ms median (max) | +1 min ms median (changed) | +1 min, jit off | after VACUUM (ms): steady; +1 min | under 2 s |',
    '|---|---:|---:|---:|---:|---:|---:|---|---|',
  ];
  for (const r of results) {
    const s = r.summary;
    const worst = Math.max(s.firstMs, s.steadyMaxMs);
    out.push(
      `| ${r.database} | ${r.n.toLocaleString('en')} | ${round(r.generated.ms.total / 1000, 1)} | ${s.firstMs} (${s.firstChanged.toLocaleString('en')}; ${s.firstRunMachineBusyPct} %, ${s.firstRunDatabasePct} %) | ${s.steadyMedianMs} (${s.steadyMaxMs}) | ${s.minuteMedianMs} (${s.minuteMedianChanged}) | ${s.minuteJitOffMedianMs ?? '–'} | ${s.steadyVacuumedMedianMs}; ${s.minuteVacuumedMedianMs} (VACUUM ${round(r.vacuumMs / 1000, 1)} s) | ${worst < TARGET_MS ? 'yes' : 'NO'} |`,
    );
  }
  out.push(
    '',
    '| database | drop indexes ms | insert cases ms | assignments ms | actions ms | create indexes ms | VACUUM ANALYZE ms | table / indexes | first run: updates (HOT) | supervise actions / warning outbox (= changed) |',
    '|---|---:|---:|---:|---:|---:|---:|---|---|---|',
  );
  for (const r of results) {
    const g = r.generated.ms;
    out.push(
      `| ${r.database} | ${g.dropIndexes} | ${g.insertCases} | ${g.insertAssignments} | ${g.insertActions} | ${g.createIndexes} | ${g.vacuumAnalyze} | ${r.table.size} / ${r.table.indexes} | ${r.summary.updatesFirstRun} (${r.summary.hotUpdatesFirstRun}) | ${r.check.superviseActions} / ${r.check.warningOutbox} (${r.check.changed}) ${r.check.ok ? 'ok' : 'MISMATCH'} |`,
    );
  }
  const pg = results.find((r) => r.database === 'postgres') ?? results[0];
  if (pg) {
    out.push(
      '',
      `The whole sweep statement on ${pg.database}, 4 hours after now, a backlog about the size of the first run's (EXPLAIN ANALYZE, rolled back):`,
      '',
      '```',
      ...pg.plans.statementPlus4Hours,
      '```',
    );
  }
  return out.join('\n');
}

async function main() {
  const facts = machine();
  const startedAt = new Date();
  log(`${facts.cpus} CPUs, load ${facts.loadAvgStart.join(' ')}, Node ${facts.node}`);
  const notes: string[] = [
    `Generated mix: ${SHARES.redDue * 100} % come due red, ${SHARES.yellowDue * 100} % come due yellow, ${SHARES.yellow * 100} % already yellow, ${SHARES.red * 100} % already red, the rest on time (yellow share 0–7 days ahead); every case claimed, with its report action.`,
    'PGlite: 100,000 cases, not 1,000,000 — a million rows with their indexes in single-threaded WebAssembly (2 GB memory ceiling) would take minutes to generate and index, beyond this benchmark’s budget.',
  ];
  const kinds: DatabaseKind[] = [];
  if (process.env.BENCH_SKIP_PG === '1') notes.push('PostgreSQL skipped (BENCH_SKIP_PG=1).');
  else {
    const why = await postgresUnreachable();
    if (why) notes.push(`PostgreSQL skipped: ${redact(adminUrl())} is not reachable (${why}).`);
    else kinds.push('postgres');
  }
  if (process.env.BENCH_SKIP_PGLITE !== '1') kinds.push('pglite');
  else notes.push('PGlite skipped (BENCH_SKIP_PGLITE=1).');

  const results: Result[] = [];
  for (const kind of kinds) results.push(await benchOne(kind));
  const loadAvgEnd = loadAvg();
  const totalS = elapsedS();

  console.log(`\n## sweep benchmark, ${startedAt.toISOString()}\n`);
  console.log(
    `${facts.cpus} × ${facts.cpuModel}, Node ${facts.node}, PGlite ${facts.pglitePackage}; load average ${facts.loadAvgStart.join(' ')} at start, ${loadAvgEnd.join(' ')} at end; ${totalS} s in all. Target: under ${TARGET_MS} ms over 1,000,000 open cases (PostgreSQL).\n`,
  );
  console.log(markdown(results));
  console.log('');
  for (const r of results) {
    const f = r.facts;
    console.log(
      `- ${r.database}: ${f.version}; PostGIS ${f.postgis}; shared_buffers ${f.shared_buffers}, work_mem ${f.work_mem}; open ${r.openMs} ms, demo seed ${r.seedMs} ms`,
    );
  }
  for (const n of notes) console.log(`- ${n}`);

  const file = writeResults('sweep', startedAt, {
    benchmark: 'sweep',
    startedAt: startedAt.toISOString(),
    totalSeconds: totalS,
    machine: { ...facts, loadAvgEnd, maxRssMb: round(process.resourceUsage().maxRSS / 1024, 0) },
    config,
    now: NOW.toISOString(),
    targetMs: TARGET_MS,
    postgresAdminUrl: kinds.includes('postgres') ? redact(adminUrl()) : null,
    results,
    notes,
  });
  console.log(`\nJSON: ${file} (and bench/results/sweep-latest.json)`);
}

await runBench(main, WATCHDOG_MS);
