/**
 * `npm run bench:intake`: case intake throughput and latency through the real HTTP API — a report is
 * located, classified (when it names no category: see the note in the output), numbered and written
 * with its first action, audit row and outbox rows — on PostgreSQL (a throw-away database) and on
 * PGlite (in memory), each seeded with the demo subdistrict.
 *
 * The server is the product's app (buildApp) listening on 127.0.0.1; the clients run in a child process
 * (load-client.ts) so they do not share the server's event loop. Every request is POST /api/cases as
 * the demo `gridworker` (logged in once with its password; cookie + x-csrf-token), channel 'patrol',
 * a unique idempotencyKey, a seeded random point inside a demo grid, varied Chinese titles and
 * descriptions, and no categoryCode.
 *
 * Baseline, in the same run, on the same database, app and connection pool, at the same concurrency:
 * POST /bench/raw-insert, a route the bench adds to the app, that runs one transaction with one
 * single-row INSERT into a scratch table (id uuid, payload jsonb, created_at). Blocks of the two
 * alternate (intake, raw, intake, raw, …) so load from other processes hits both alike.
 *
 * Then, on each database: queries per report (a wrapper on pg.Client#query, PostgreSQL only), CPU
 * per request of each process (from /proc), a CPU profile of the server, and on PostgreSQL the state
 * of the database sessions sampled every 100 ms (running, waiting on a lock, on WAL, idle).
 *
 * Environment: BENCH_DATABASE_URL (superuser URL), BENCH_PG_N (5000), BENCH_PGLITE_N (1000),
 * BENCH_CONCURRENCY (50), BENCH_SEQ_N (300 PostgreSQL, a third of it on PGlite), BENCH_WARMUP (300),
 * BENCH_MAX_BLOCK_S (40: a cap per block; a run that hits it is marked truncated), BENCH_POOL (10, as
 * the server's default), BENCH_SKIP_PG=1, BENCH_SKIP_PGLITE=1.
 */
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportCaseRequest } from '@wangge/contracts';
import { type Db, DEMO_PASSWORD, openDatabase, rows, seedDemo } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import type { Deps } from '../apps/server/src/http/types.ts';
import { systemClock } from '../apps/server/src/lib/clock.ts';
import { DEMO_BOUNDS } from '../packages/db/src/demo/layout.ts';
import { type CpuProfileSummary, profileCpu } from './cpu-profile.ts';
import {
  adminUrl,
  type BenchDatabase,
  type DatabaseKind,
  openBenchDatabase,
  postgresUnreachable,
  redact,
} from './databases.ts';
import type { RunMessage, RunResult } from './load-client.ts';
import { mulberry32, type Point, percentile, randomPoints, round } from './measure.ts';
import { queryCounter } from './query-counter.ts';
import {
  benchDir,
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
  postgresN: int('BENCH_PG_N', 5000),
  pgliteN: int('BENCH_PGLITE_N', 1000),
  concurrency: int('BENCH_CONCURRENCY', 50),
  sequentialN: int('BENCH_SEQ_N', 300),
  warmup: int('BENCH_WARMUP', 300),
  maxBlockS: int('BENCH_MAX_BLOCK_S', 40),
  poolSize: int('BENCH_POOL', 10),
  requestTimeoutMs: 30_000,
  blocksConcurrent: 5,
  blocksSequential: 2,
  queryCountN: int('BENCH_QUERIES_N', 100),
  profileN: int('BENCH_PROFILE_N', 1000),
};
const TARGET = { reportsPerS: 500, p95Ms: 50, clients: 50 };
/** The whole run stops by itself after this, dropping its PostgreSQL databases. */
const WATCHDOG_MS = 6 * 60_000;

// --- Reports -------------------------------------------------------------------------------------

const PROBLEMS: Array<[string, string[]]> = [
  ['路灯不亮', ['小区门口路灯不亮，夜间通行不便', '路灯连续三晚不亮，居民反映看不清路']],
  ['暴露垃圾', ['绿化带内有暴露垃圾，无人清理', '垃圾桶旁堆放生活垃圾，气味难闻']],
  ['占道经营', ['早市摊贩占道经营，影响车辆通行', '水果摊占用人行道经营']],
  ['井盖缺失', ['人行道井盖缺失，存在安全隐患', '雨水井盖破损下沉，行人易踩空']],
  ['楼道堆物', ['单元楼道堆放杂物，堵塞消防通道', '楼道内堆放纸箱和旧家具']],
  ['乱贴小广告', ['单元门上乱贴小广告', '电线杆上贴满开锁小广告']],
  ['违章停车', ['消防通道内违章停车', '车辆长期占用盲道停放']],
  ['噪音扰民', ['夜间施工噪音扰民', '广场舞音响声音过大']],
  ['共享单车乱停放', ['地铁口共享单车乱停放，堵塞通道', '共享单车堆在小区门口']],
  ['道路破损', ['路面坑洼破损，雨后积水', '人行道地砖松动破损']],
  ['私拉电线充电', ['楼上私拉电线给电动车充电', '飞线充电存在火灾隐患']],
  ['树木倒伏', ['大风后树木倒伏压住车辆', '行道树枝干折断悬挂']],
];

function reportBodies(points: readonly Point[], tag: string, seed: number): string[] {
  const random = mulberry32(seed);
  return points.map(([lng, lat], i) => {
    const [title, descriptions] = PROBLEMS[Math.floor(random() * PROBLEMS.length)]!;
    const description = descriptions[Math.floor(random() * descriptions.length)]!;
    const building = 1 + Math.floor(random() * 30);
    const body: ReportCaseRequest = {
      idempotencyKey: `bench-${tag}-${i}`,
      channel: 'patrol',
      title: `${title}（${building}号楼附近）`,
      description,
      location: { lng: round(lng, 7), lat: round(lat, 7), crs: 'WGS84' },
      address: `甸柳新村${building}号楼`,
      photos: [],
    };
    return JSON.stringify(body);
  });
}

/** `n` seeded points inside some demo grid (corner cells of the bbox are outside the subdistrict). */
async function pointsInsideGrids(db: Db, seed: number, n: number): Promise<Point[]> {
  const out: Point[] = [];
  for (let s = seed; out.length < n; s++) {
    const candidates = randomPoints(s, Math.ceil((n - out.length) * 1.3) + 20, DEMO_BOUNDS, 1);
    const array = (xs: number[]) => `{${xs.join(',')}}`;
    const hits = await rows<{ i: number }>(
      db,
      sql`SELECT (t.i - 1)::int AS i
          FROM unnest(${array(candidates.map((p) => p[0]))}::float8[], ${array(candidates.map((p) => p[1]))}::float8[])
               WITH ORDINALITY AS t(lng, lat, i)
          WHERE EXISTS (SELECT 1 FROM grid g WHERE ST_Covers(g.boundary, ST_SetSRID(ST_MakePoint(t.lng, t.lat), 4326)))
          ORDER BY t.i`,
    );
    for (const { i } of hits) if (out.length < n) out.push(candidates[i]!);
  }
  return out;
}

// --- The load generator (child process) ------------------------------------------------------------

interface LoadClient {
  run(m: Omit<RunMessage, 'type'>): Promise<RunResult>;
  close(): void;
}

function startClient(): Promise<LoadClient> {
  const child = fork(join(benchDir, 'load-client.ts'), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let pending: { resolve: (r: RunResult) => void; reject: (e: Error) => void } | null = null;
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.on('exit', (code) => pending?.reject(new Error(`load client exited (${code})`)));
    child.on('message', (m: { type: string; message?: string }) => {
      if (m.type === 'ready') {
        resolve({
          run: (message) =>
            new Promise<RunResult>((res, rej) => {
              pending = { resolve: res, reject: rej };
              child.send({ type: 'run', ...message });
            }),
          close: () => {
            if (child.connected) child.disconnect();
            child.kill();
          },
        });
      } else if (m.type === 'result') {
        const p = pending;
        pending = null;
        p?.resolve(m as unknown as RunResult);
      } else if (m.type === 'error') {
        const p = pending;
        pending = null;
        p?.reject(new Error(m.message));
      }
    });
  });
}

// --- Monitoring: CPU per process, PostgreSQL session states, WAL ---------------------------------

type Mode = 'intake' | 'raw';

interface Usage {
  requests: number;
  wallMs: number;
  serverCpuMs: number;
  clientCpuMs: number;
  pgBackendCpuMs: number;
  pgAuxCpuMs: number;
  machineBusyMs: number;
  machineTotalMs: number;
  states: Record<string, number>;
  samples: number;
  wal: { records: number; bytes: number; syncs: number; writes: number };
}

const emptyUsage = (): Usage => ({
  requests: 0,
  wallMs: 0,
  serverCpuMs: 0,
  clientCpuMs: 0,
  pgBackendCpuMs: 0,
  pgAuxCpuMs: 0,
  machineBusyMs: 0,
  machineTotalMs: 0,
  states: {},
  samples: 0,
  wal: { records: 0, bytes: 0, syncs: 0, writes: 0 },
});

/** Watches the bench database's sessions on the PostgreSQL server (null monitor for PGlite). */
class Monitor {
  private admin: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private backends = new ProcessSet();
  private aux = new ProcessSet();
  private states: Record<string, number> = {};
  private samples = 0;
  private wal0: Usage['wal'] | null = null;
  private server0 = process.cpuUsage();
  private machine0 = machineCpu();

  constructor(private readonly database: string | null) {}

  async open() {
    if (!this.database) return;
    this.admin = new pg.Client({ connectionString: adminUrl() });
    await this.admin.connect();
  }

  private async pids(): Promise<{ backends: number[]; aux: number[] }> {
    if (!this.admin) return { backends: [], aux: [] };
    const { rows: r } = await this.admin.query<{ pid: number; backend_type: string }>(
      `SELECT pid, backend_type FROM pg_stat_activity
       WHERE (datname = $1 AND backend_type IN ('client backend', 'autovacuum worker'))
          OR backend_type IN ('walwriter', 'checkpointer', 'background writer')`,
      [this.database],
    );
    return {
      backends: r.filter((x) => x.backend_type === 'client backend').map((x) => x.pid),
      aux: r.filter((x) => x.backend_type !== 'client backend').map((x) => x.pid),
    };
  }

  private async wal(): Promise<Usage['wal'] | null> {
    if (!this.admin) return null;
    const { rows: r } = await this.admin.query<Record<string, string>>(
      'SELECT wal_records, wal_bytes, wal_sync, wal_write FROM pg_stat_wal',
    );
    const w = r[0]!;
    return {
      records: Number(w.wal_records),
      bytes: Number(w.wal_bytes),
      syncs: Number(w.wal_sync),
      writes: Number(w.wal_write),
    };
  }

  async start() {
    const pids = await this.pids();
    this.backends.snapshot(pids.backends);
    this.aux.snapshot(pids.aux);
    this.wal0 = await this.wal();
    this.states = {};
    this.samples = 0;
    this.server0 = process.cpuUsage();
    this.machine0 = machineCpu();
    if (!this.admin) return;
    const admin = this.admin;
    let busy = false;
    this.timer = setInterval(() => {
      if (busy) return;
      busy = true;
      admin
        .query<{ s: string }>(
          `SELECT CASE WHEN state = 'active' THEN COALESCE(wait_event_type || ':' || wait_event, 'active (on CPU)')
                       ELSE state END AS s
           FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend'`,
          [this.database],
        )
        .then(({ rows: r }) => {
          this.samples++;
          for (const { s } of r) this.states[s] = (this.states[s] ?? 0) + 1;
        })
        .catch(() => {})
        .finally(() => {
          busy = false;
        });
    }, 100);
  }

  async stop(into: Usage, result: RunResult) {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const server = process.cpuUsage(this.server0);
    const m = machineCpu();
    const pids = await this.pids();
    into.requests += result.latencies.length;
    into.wallMs += result.wallMs;
    into.serverCpuMs += (server.user + server.system) / 1000;
    into.clientCpuMs += result.cpuMs;
    into.pgBackendCpuMs += this.backends.deltaMs(pids.backends);
    into.pgAuxCpuMs += this.aux.deltaMs(pids.aux);
    into.machineBusyMs += m.busyMs - this.machine0.busyMs;
    into.machineTotalMs += m.totalMs - this.machine0.totalMs;
    for (const [k, v] of Object.entries(this.states)) into.states[k] = (into.states[k] ?? 0) + v;
    into.samples += this.samples;
    const w = await this.wal();
    if (w && this.wal0) {
      into.wal.records += w.records - this.wal0.records;
      into.wal.bytes += w.bytes - this.wal0.bytes;
      into.wal.syncs += w.syncs - this.wal0.syncs;
      into.wal.writes += w.writes - this.wal0.writes;
    }
  }

  async close() {
    if (this.timer) clearInterval(this.timer);
    await this.admin?.end().catch(() => {});
  }
}

function usageSummary(u: Usage) {
  const per = (ms: number) => round(ms / (u.requests || 1), 3);
  const ours = u.serverCpuMs + u.clientCpuMs + u.pgBackendCpuMs + u.pgAuxCpuMs;
  const states = Object.fromEntries(
    Object.entries(u.states)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => [k, round(v / (u.samples || 1), 2)]),
  );
  return {
    requests: u.requests,
    cpuMsPerRequest: {
      server: per(u.serverCpuMs),
      postgresBackends: per(u.pgBackendCpuMs),
      postgresAux: per(u.pgAuxCpuMs),
      client: per(u.clientCpuMs),
      otherProcesses: per(Math.max(0, u.machineBusyMs - ours)),
    },
    /** Machine busy share over the runs (100 % = every core busy). */
    machineBusyPct: round((100 * u.machineBusyMs) / (u.machineTotalMs || 1), 1),
    /** Share of the machine's cores used by processes other than this benchmark's. */
    otherProcessesPct: round((100 * Math.max(0, u.machineBusyMs - ours)) / (u.machineTotalMs || 1), 1),
    /** Mean number of the pool's PostgreSQL sessions in each state per 100 ms sample. */
    sessionStates: states,
    walPerRequest: u.requests
      ? {
          records: round(u.wal.records / u.requests, 2),
          bytes: round(u.wal.bytes / u.requests, 0),
          syncs: round(u.wal.syncs / u.requests, 3),
        }
      : null,
  };
}

// --- Measuring -----------------------------------------------------------------------------------

interface ModeRun {
  latencies: number[];
  statuses: Record<string, number>;
  errors: string[];
  wallMs: number;
  truncated: boolean;
  stalled: boolean;
  usage: Usage;
}
const emptyRun = (): ModeRun => ({
  latencies: [],
  statuses: {},
  errors: [],
  wallMs: 0,
  truncated: false,
  stalled: false,
  usage: emptyUsage(),
});

function summarize(r: ModeRun) {
  const sorted = [...r.latencies].sort((a, b) => a - b);
  const n = sorted.length;
  const ok = r.statuses['201'] ?? 0;
  return {
    n,
    ok,
    errors: n - ok,
    statuses: r.statuses,
    firstErrors: r.errors.slice(0, 3),
    wallMs: round(r.wallMs, 0),
    perS: round((n / r.wallMs) * 1000, 1),
    meanMs: round(sorted.reduce((s, x) => s + x, 0) / (n || 1), 2),
    p50Ms: round(percentile(sorted, 50), 2),
    p95Ms: round(percentile(sorted, 95), 2),
    p99Ms: round(percentile(sorted, 99), 2),
    maxMs: round(sorted.at(-1) ?? Number.NaN, 2),
    truncated: r.truncated,
    stalled: r.stalled,
  };
}

interface Target {
  url: string;
  headers: Record<string, string>;
}

/** Alternating blocks of intake and raw at one concurrency; returns both, with the machine's usage. */
async function alternateHttp(options: {
  client: LoadClient;
  monitor: Monitor;
  intake: Target;
  raw: Target;
  intakeBodies: string[];
  rawBodies: string[];
  concurrency: number;
  blocks: number;
  timeoutMs?: number;
}): Promise<Record<Mode, ModeRun>> {
  const out: Record<Mode, ModeRun> = { intake: emptyRun(), raw: emptyRun() };
  const size = Math.ceil(options.intakeBodies.length / options.blocks);
  for (let k = 0; k < options.intakeBodies.length; k += size) {
    for (const mode of ['intake', 'raw'] as const) {
      const target = options[mode];
      const bodies = (mode === 'intake' ? options.intakeBodies : options.rawBodies).slice(k, k + size);
      await options.monitor.start();
      const result = await options.client.run({
        url: target.url,
        headers: target.headers,
        bodies,
        concurrency: options.concurrency,
        maxMs: config.maxBlockS * 1000,
        timeoutMs: options.timeoutMs ?? config.requestTimeoutMs,
      });
      const o = out[mode];
      await options.monitor.stop(o.usage, result);
      o.latencies.push(...result.latencies);
      for (const [s, c] of Object.entries(result.statuses)) o.statuses[s] = (o.statuses[s] ?? 0) + c;
      o.errors.push(...result.errors);
      o.wallMs += result.wallMs;
      o.truncated ||= result.truncated;
      o.stalled ||= result.stalled;
      if (result.stalled) return out;
    }
  }
  return out;
}

interface Row {
  database: DatabaseKind;
  mode: Mode;
  clients: number;
  summary: ReturnType<typeof summarize>;
  usage: ReturnType<typeof usageSummary>;
}

interface Stall {
  phase: string;
  detail: string;
  /** PostgreSQL sessions of the bench database when it was seen (state, wait, transaction age, query). */
  sessions: string[];
}

/** The promise's value, or undefined once `ms` have passed (the promise is then left behind). */
async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => {
      log(`${what}: gave up waiting after ${ms} ms`);
      resolve(undefined);
    }, ms);
  });
  try {
    return await Promise.race([p, expired]);
  } finally {
    clearTimeout(timer);
  }
}

async function sessionsOf(database: string, applicationName?: string): Promise<string[]> {
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    const { rows: r } = await admin.query<{ line: string }>(
      `SELECT format('%s | %s | xact %s s | %s', state, COALESCE(wait_event_type || ':' || wait_event, '-'),
                     round(extract(epoch FROM now() - xact_start)::numeric, 1), left(regexp_replace(query, '\\s+', ' ', 'g'), 90)) AS line
       FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend'
         AND ($2::text IS NULL OR application_name = $2) ORDER BY xact_start NULLS LAST`,
      [database, applicationName ?? null],
    );
    return r.map((x) => x.line);
  } finally {
    await admin.end();
  }
}

async function terminate(database: string, applicationName?: string) {
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = $1 AND backend_type = 'client backend' AND ($2::text IS NULL OR application_name = $2)`,
      [database, applicationName ?? null],
    );
  } finally {
    await admin.end();
  }
}

function appConfig(dataDir: string) {
  return loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    WANGGE_SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-01',
    WANGGE_COOKIE_SECURE: 'false',
    WANGGE_DATA_DIR: dataDir,
    WANGGE_LOOPS: 'false',
  });
}

/**
 * A server that has just started (empty caches) gets `concurrency` reports at once: they must all be
 * answered. Its own connection pool (so nothing is cached for it yet), on the same database.
 */
async function coldBurst(
  bench: BenchDatabase,
  client: LoadClient,
  headers: Record<string, string>,
  bodies: string[],
  dataDir: string,
) {
  const applicationName = 'wangge_bench_cold';
  const url = new URL(bench.url!);
  url.searchParams.set('application_name', applicationName);
  const handle = await openDatabase({ databaseUrl: url.toString(), poolSize: config.poolSize });
  const app = await buildApp(
    { db: handle.db, config: appConfig(dataDir), clock: systemClock },
    { logger: false, serveWeb: false },
  );
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  let sessions: string[] = [];
  try {
    const result = await client.run({
      url: `${base}/api/cases`,
      headers,
      bodies,
      concurrency: bodies.length,
      maxMs: 20_000,
      timeoutMs: 10_000,
    });
    if (result.stalled) sessions = await sessionsOf(bench.name, applicationName);
    const sorted = [...result.okLatencies].sort((a, b) => a - b);
    return {
      n: bodies.length,
      ok: result.statuses['201'] ?? 0,
      statuses: result.statuses,
      stalled: result.stalled,
      p95Ms: round(percentile(sorted, 95), 1),
      sessions,
    };
  } finally {
    // A stalled pool never gives its connections back: end them so the app and the pool can close.
    await terminate(bench.name, applicationName);
    app.server.closeAllConnections();
    await withTimeout(app.close(), 5000, 'closing the cold app');
    await withTimeout(handle.close(), 5000, 'closing the cold pool');
  }
}

async function benchOne(kind: DatabaseKind, client: LoadClient) {
  const n = kind === 'pglite' ? config.pgliteN : config.postgresN;
  const seqN = kind === 'pglite' ? Math.ceil(config.sequentialN / 3) : config.sequentialN;
  const warmN = kind === 'pglite' ? Math.ceil(config.warmup / 3) : config.warmup;
  const profileN = kind === 'pglite' ? Math.ceil(config.profileN / 3) : config.profileN;
  log(`intake on ${kind}: opening and seeding…`);
  const bench: BenchDatabase = await openBenchDatabase(kind, config.poolSize);
  const dataDir = mkdtempSync(join(tmpdir(), 'wangge-bench-data-'));
  const monitor = new Monitor(kind === 'postgres' ? bench.name : null);
  const stalls: Stall[] = [];
  let app: FastifyInstance | null = null;
  try {
    const db = bench.handle.db;
    const t0 = performance.now();
    await seedDemo(db);
    await db.execute(
      sql`CREATE TABLE bench_raw_insert (id uuid PRIMARY KEY, payload jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`,
    );
    await db.execute(sql`ANALYZE`);
    const seedMs = performance.now() - t0;
    const facts = await databaseFacts(db);
    log(`intake on ${kind}: ready in ${Math.round(bench.openMs)} + ${Math.round(seedMs)} ms`);

    const burstN = kind === 'postgres' ? config.concurrency : 0;
    const points = await pointsInsideGrids(
      db,
      20261122,
      burstN + 10 + warmN + 2 * seqN + n + profileN + config.queryCountN,
    );
    let at = 0;
    const take = (k: number) => {
      const slice = points.slice(at, at + k);
      at += k;
      return slice;
    };
    const bodiesFor = (k: number, tag: string) => reportBodies(take(k), `${kind}-${tag}`, at + 7);

    const deps: Deps = { db, config: appConfig(dataDir), clock: systemClock };
    app = await buildApp(deps, { logger: false, serveWeb: false });
    // The baseline: one transaction, one single-row INSERT, through the same app, driver and pool.
    app.post('/bench/raw-insert', async (request, reply) => {
      await deps.db.transaction((tx) =>
        tx.execute(
          sql`INSERT INTO bench_raw_insert (id, payload, created_at) VALUES (${randomUUID()}, ${JSON.stringify(request.body)}::jsonb, ${new Date()})`,
        ),
      );
      return reply.code(201).send({ ok: true });
    });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'gridworker', password: DEMO_PASSWORD }),
    });
    if (login.status !== 200) throw new Error(`login failed: ${login.status} ${await login.text()}`);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const headers = { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken };
    const intake: Target = { url: `${base}/api/cases`, headers };
    const raw: Target = { url: `${base}/bench/raw-insert`, headers };
    await monitor.open();

    let created = 0;
    let rawCreated = 0;
    const count = (m: Record<Mode, ModeRun>) => {
      created += m.intake.statuses['201'] ?? 0;
      rawCreated += m.raw.statuses['201'] ?? 0;
    };
    const stalledIn = async (phase: string, m: Record<Mode, ModeRun>) => {
      const s = m.intake.stalled ? m.intake : m.raw.stalled ? m.raw : null;
      if (!s) return false;
      stalls.push({
        phase,
        detail: `${m.intake.stalled ? 'intake' : 'raw'}: ${JSON.stringify(s.statuses)}`,
        sessions: kind === 'postgres' ? await sessionsOf(bench.name) : [],
      });
      log(`intake on ${kind}: STALLED in ${phase} (${stalls.at(-1)!.detail})`);
      return true;
    };

    // 1. Cold start (PostgreSQL): a fresh pool gets a burst of as many reports as there are clients.
    let cold: Awaited<ReturnType<typeof coldBurst>> | null = null;
    if (kind === 'postgres') {
      cold = await coldBurst(bench, client, headers, bodiesFor(burstN, 'cold'), dataDir);
      created += cold.ok;
      log(
        `intake on ${kind}: cold burst of ${cold.n}: ${JSON.stringify(cold.statuses)}${cold.stalled ? ' STALLED' : ''}`,
      );
      if (cold.stalled)
        stalls.push({
          phase: `cold start: ${cold.n} reports at once on a new pool of ${config.poolSize}`,
          detail: JSON.stringify(cold.statuses),
          sessions: cold.sessions,
        });
    }

    const rows_: Row[] = [];
    const record = (clients: number, m: Record<Mode, ModeRun>) => {
      for (const mode of ['intake', 'raw'] as const) {
        rows_.push({
          database: kind,
          mode,
          clients,
          summary: summarize(m[mode]),
          usage: usageSummary(m[mode].usage),
        });
      }
      const i = summarize(m.intake);
      const r = summarize(m.raw);
      log(
        `intake on ${kind}, ${clients} client(s): intake ${i.perS}/s p95 ${i.p95Ms} ms (${i.errors} errors), raw ${r.perS}/s p95 ${r.p95Ms} ms`,
      );
    };

    const phases = async (): Promise<void> => {
      // 2. Warm-up, not measured: first one client (a first report on an empty cache), then all of them.
      const firstBodies = bodiesFor(10, 'first');
      const first = await alternateHttp({
        client,
        monitor,
        intake,
        raw,
        intakeBodies: firstBodies,
        rawBodies: firstBodies,
        concurrency: 1,
        blocks: 1,
        timeoutMs: 15_000,
      });
      count(first);
      if (await stalledIn('first reports, one client, sequential', first)) return;
      const warmBodies = bodiesFor(warmN, 'warm');
      const warm = await alternateHttp({
        client,
        monitor,
        intake,
        raw,
        intakeBodies: warmBodies,
        rawBodies: warmBodies,
        concurrency: config.concurrency,
        blocks: 1,
        timeoutMs: 15_000,
      });
      count(warm);
      const w = summarize(warm.intake);
      log(`intake on ${kind}: warmed up (${w.n} reports in ${w.wallMs} ms, ${JSON.stringify(w.statuses)})`);
      if (await stalledIn(`warm-up, ${config.concurrency} clients`, warm)) return;

      // 3. Measured: one client, then all of them; intake and raw blocks alternate.
      const seqBodies = bodiesFor(seqN, 'seq');
      const seq = await alternateHttp({
        client,
        monitor,
        intake,
        raw,
        intakeBodies: seqBodies,
        rawBodies: seqBodies,
        concurrency: 1,
        blocks: config.blocksSequential,
      });
      count(seq);
      record(1, seq);
      if (await stalledIn('sequential', seq)) return;
      const mainBodies = bodiesFor(n, 'main');
      const main = await alternateHttp({
        client,
        monitor,
        intake,
        raw,
        intakeBodies: mainBodies,
        rawBodies: mainBodies,
        concurrency: config.concurrency,
        blocks: kind === 'pglite' ? 2 : config.blocksConcurrent,
      });
      count(main);
      record(config.concurrency, main);
      await stalledIn(`${config.concurrency} clients`, main);
    };
    await phases();

    // 4. The server's CPU profile over one more block of reports at full concurrency (not in the tables above).
    let profile: CpuProfileSummary | null = null;
    if (stalls.length === 0 || stalls.every((s) => s.phase.startsWith('cold'))) {
      const profiled = await profileCpu(
        () =>
          client.run({
            ...intake,
            bodies: bodiesFor(profileN, 'profile'),
            concurrency: config.concurrency,
            maxMs: config.maxBlockS * 1000,
            timeoutMs: 15_000,
          }),
        {
          units: (result) => result.statuses['201'] ?? 0,
          file: join(benchDir, 'results', `intake-${kind}-latest.cpuprofile`),
        },
      );
      created += profiled.value.statuses['201'] ?? 0;
      profile = profiled.summary;
      log(
        `intake on ${kind}: CPU profile of ${profile.units} reports: ${profile.busyMsPerUnit} ms busy per report`,
      );
    }

    // 5. Queries per report over HTTP (node-postgres only: the wrapper sits on pg.Client).
    let queries: ReturnType<typeof queryCounter.stop> | null = null;
    if (kind === 'postgres' && stalls.every((s) => s.phase.startsWith('cold'))) {
      queryCounter.start();
      const result = await client.run({
        ...intake,
        bodies: bodiesFor(config.queryCountN, 'queries'),
        concurrency: 1,
        maxMs: config.maxBlockS * 1000,
        timeoutMs: 15_000,
      });
      queries = queryCounter.stop(result.statuses['201'] ?? 1);
      created += result.statuses['201'] ?? 0;
      log(`intake on ${kind}: ${queries.queriesPerReport} queries per report`);
    }

    // 7. Everything written must be there: N cases, N report actions, ≥N audit rows, ≥N outbox rows.
    const [c] = await rows<{
      cases: number;
      actions: number;
      audit: number;
      outbox: number;
      without_outbox: number;
      categorized: number;
      outside: number;
      raw: number;
    }>(
      db,
      sql`SELECT (SELECT count(*)::int FROM case_record) AS cases,
                 (SELECT count(*)::int FROM case_action WHERE type = 'report') AS actions,
                 (SELECT count(*)::int FROM audit_log WHERE action = 'case.report') AS audit,
                 (SELECT count(*)::int FROM notification_outbox WHERE kind = 'case.reported') AS outbox,
                 (SELECT count(*)::int FROM case_record c WHERE NOT EXISTS (
                    SELECT 1 FROM notification_outbox o WHERE o.kind = 'case.reported' AND o.payload->>'caseId' = c.id::text)) AS without_outbox,
                 (SELECT count(*)::int FROM case_record WHERE category_code IS NOT NULL) AS categorized,
                 (SELECT count(*)::int FROM case_record WHERE outside_grid) AS outside,
                 (SELECT count(*)::int FROM bench_raw_insert) AS raw`,
    );
    const check = {
      expectedCases: created,
      ...c!,
      expectedRaw: rawCreated,
      ok:
        c!.cases === created &&
        c!.actions === created &&
        c!.audit >= created &&
        c!.outbox >= created &&
        c!.raw === rawCreated,
    };
    log(`intake on ${kind}: check ${JSON.stringify(check)}`);
    return {
      setup: {
        database: kind,
        databaseName: bench.name,
        openMs: round(bench.openMs, 0),
        seedMs: round(seedMs, 0),
        facts,
      },
      rows: rows_,
      cold,
      stalls,
      check,
      queries,
      profile,
    };
  } finally {
    await monitor.close();
    if (stalls.length && kind === 'postgres') await terminate(bench.name).catch(() => {});
    if (app) {
      app.server.closeAllConnections();
      await withTimeout(app.close(), 5000, 'closing the app');
    }
    await withTimeout(
      bench.close().catch((e) => log(`closing ${bench.name}: ${e}`)),
      15_000,
      `closing ${bench.name}`,
    );
    rmSync(dataDir, { recursive: true, force: true });
  }
}

type Result = Awaited<ReturnType<typeof benchOne>>;

function markdown(results: Result[]): string {
  const out: string[] = [];
  out.push(
    '| database | mode | clients | N | errors | per s | p50 ms | p95 ms | p99 ms | max ms | intake/raw: per s; p95 |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  );
  for (const r of results) {
    for (const row of r.rows) {
      const s = row.summary;
      const other = r.rows.find((x) => x.clients === row.clients && x.mode === 'raw')?.summary;
      const ratio =
        row.mode === 'raw' || !other
          ? '1'
          : `${round(s.perS / other.perS, 3)}×; ${round(s.p95Ms / other.p95Ms, 1)}×`;
      const flags = `${s.truncated ? ' (truncated)' : ''}${s.stalled ? ' (STALLED)' : ''}`;
      out.push(
        `| ${row.database} | ${row.mode === 'intake' ? 'intake POST /api/cases' : 'raw INSERT tx'} | ${row.clients} | ${s.n}${flags} | ${s.errors} | ${s.perS} | ${s.p50Ms} | ${s.p95Ms} | ${s.p99Ms} | ${s.maxMs} | ${ratio} |`,
      );
    }
    if (r.rows.length === 0)
      out.push(`| ${r.setup.database} | (no measured run: stalled) | | | | | | | | | |`);
  }
  out.push(
    '',
    'CPU per request (ms, from /proc; "other" = the rest of the machine: other agents, tests) and PostgreSQL sessions of the pool ' +
      `(${config.poolSize}; mean count per 100 ms sample):`,
    '',
    '| database | mode | clients | server (Node) | PG backends | PG wal/ckpt | client | other | machine busy | sessions | WAL syncs/req |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---|---:|',
  );
  for (const r of results) {
    for (const row of r.rows) {
      const u = row.usage;
      const c = u.cpuMsPerRequest;
      const states = Object.entries(u.sessionStates)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      out.push(
        `| ${row.database} | ${row.mode} | ${row.clients} | ${c.server} | ${c.postgresBackends} | ${c.postgresAux} | ${c.client} | ${c.otherProcesses} | ${u.machineBusyPct} % | ${states || '–'} | ${u.walPerRequest?.syncs ?? '–'} |`,
      );
    }
  }
  for (const r of results) {
    if (r.profile) {
      const p = r.profile;
      out.push(
        '',
        `Server CPU profile on ${r.setup.database} (${p.units} reports at ${config.concurrency} clients; ${p.busyMsPerUnit} ms of CPU per report, busy ${p.busyPct} % of ${p.wallMs} ms; ${p.file.replace(/^.*\/bench\//, 'bench/')}): self time by package or directory — `,
        '',
        p.selfByBucket
          .slice(0, 12)
          .map((b) => `${b.bucket} ${b.msPerUnit} ms (${b.pct} %)`)
          .join(' · '),
        '',
        '| repository function (inclusive) | ms per report | % of busy |',
        '|---|---:|---:|',
        ...p.inclusiveRepoFunctions.slice(0, 18).map((f) => `| \`${f.fn}\` | ${f.msPerUnit} | ${f.pct} |`),
      );
    }
    if (r.queries) {
      out.push(
        '',
        `Queries per report over HTTP on ${r.setup.database}: ${r.queries.queriesPerReport} (sequential; ms = client round trip)`,
        '',
        '| statement | per report | mean ms |',
        '|---|---:|---:|',
      );
      for (const q of r.queries.byStatement)
        out.push(`| \`${q.label.replace(/\|/g, '\\|')}\` | ${q.perReport} | ${q.meanMs} |`);
    }
  }
  out.push(
    '',
    '| database | cold burst (answered / sent) | cases (expected) | report actions | audit | outbox | cases without outbox row | categorized | raw rows (expected) | ok |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---|',
  );
  for (const r of results) {
    const c = r.check;
    const cold = r.cold ? `${r.cold.ok} / ${r.cold.n}${r.cold.stalled ? ' STALLED' : ''}` : '–';
    out.push(
      `| ${r.setup.database} | ${cold} | ${c.cases} (${c.expectedCases}) | ${c.actions} | ${c.audit} | ${c.outbox} | ${c.without_outbox} | ${c.categorized} | ${c.raw} (${c.expectedRaw}) | ${c.ok ? 'yes' : 'NO'} |`,
    );
  }
  for (const r of results) {
    for (const s of r.stalls) {
      out.push('', `STALL on ${r.setup.database}, ${s.phase}: ${s.detail}`);
      if (s.sessions.length) out.push('', '```', ...s.sessions, '```');
    }
  }
  return out.join('\n');
}

async function main() {
  const facts = machine();
  const startedAt = new Date();
  log(`${facts.cpus} CPUs, load ${facts.loadAvgStart.join(' ')}, Node ${facts.node}`);
  const notes: string[] = [];
  const kinds: DatabaseKind[] = [];
  if (process.env.BENCH_SKIP_PG === '1') notes.push('PostgreSQL skipped (BENCH_SKIP_PG=1).');
  else {
    const why = await postgresUnreachable();
    if (why) notes.push(`PostgreSQL skipped: ${redact(adminUrl())} is not reachable (${why}).`);
    else kinds.push('postgres');
  }
  if (process.env.BENCH_SKIP_PGLITE !== '1') kinds.push('pglite');
  else notes.push('PGlite skipped (BENCH_SKIP_PGLITE=1).');

  const client = await startClient();
  const results: Result[] = [];
  try {
    for (const kind of kinds) results.push(await benchOne(kind, client));
  } finally {
    client.close();
  }
  const loadAvgEnd = loadAvg();
  const totalS = elapsedS();

  const verdicts: string[] = [];
  const pgRow = results
    .find((r) => r.setup.database === 'postgres')
    ?.rows.find((r) => r.mode === 'intake' && r.clients === TARGET.clients);
  if (pgRow) {
    const s = pgRow.summary;
    const okRate = s.perS >= TARGET.reportsPerS;
    const okP95 = s.p95Ms < TARGET.p95Ms;
    verdicts.push(
      `Target on PostgreSQL at ${TARGET.clients} clients: ≥ ${TARGET.reportsPerS} reports/s — ${s.perS}/s ${okRate ? 'MET' : 'MISSED'}; p95 < ${TARGET.p95Ms} ms — ${s.p95Ms} ms ${okP95 ? 'MET' : 'MISSED'}; errors ${s.errors}.`,
    );
  } else if (kinds.includes('postgres')) verdicts.push('Target on PostgreSQL: not measured (stalled).');
  for (const r of results)
    if (r.stalls.length) verdicts.push(`${r.setup.database}: ${r.stalls.length} stall(s), see STALL above.`);
  notes.push(
    'Reports carry no categoryCode: the intake classifies them by keywords ("categorized" counts the cases that got a category).',
    'PGlite runs one query at a time inside the server process: its database work is part of "server" CPU.',
  );

  console.log(`\n## intake benchmark, ${startedAt.toISOString()}\n`);
  console.log(
    `${facts.cpus} × ${facts.cpuModel}, Node ${facts.node}, PGlite ${facts.pglitePackage}; load average ${facts.loadAvgStart.join(' ')} at start, ${loadAvgEnd.join(' ')} at end; ${totalS} s in all.\n`,
  );
  console.log(markdown(results));
  console.log('');
  for (const r of results) {
    const f = r.setup.facts;
    console.log(
      `- ${r.setup.database}: ${f.version}; PostGIS ${f.postgis}; synchronous_commit ${f.synchronous_commit}, fsync ${f.fsync}, shared_buffers ${f.shared_buffers}; open ${r.setup.openMs} ms, seed ${r.setup.seedMs} ms`,
    );
  }
  for (const v of verdicts) console.log(`- ${v}`);
  for (const n of notes) console.log(`- ${n}`);

  const file = writeResults('intake', startedAt, {
    benchmark: 'intake',
    startedAt: startedAt.toISOString(),
    totalSeconds: totalS,
    machine: { ...facts, loadAvgEnd, maxRssMb: round(process.resourceUsage().maxRSS / 1024, 0) },
    config,
    target: TARGET,
    postgresAdminUrl: kinds.includes('postgres') ? redact(adminUrl()) : null,
    baseline:
      'POST /bench/raw-insert: deps.db.transaction(tx => tx.execute(INSERT INTO bench_raw_insert (id, payload, created_at) VALUES (uuid, body::jsonb, now))) — same app, driver, pool, client and concurrency; not under /api/, so no session lookup',
    results,
    verdicts,
    notes,
  });
  console.log(`\nJSON: ${file} (and bench/results/intake-latest.json)`);
}

await runBench(main, WATCHDOG_MS);
