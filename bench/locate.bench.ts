/**
 * `npm run bench`: throughput and latency of locating a WGS-84 point to its grid.
 *
 * For each dataset (the demo subdistrict; a generated county of 5,000 grids) and each database
 * (PGlite in memory; a throw-away database on the PostgreSQL server, when reachable) it measures
 *   - locate(): the product's use case (grid, micro-grid, then the divisions on the grid's path),
 *   - baseline: one raw `ST_Contains … LIMIT 1` on grid through the same drizzle connection,
 * over the same seeded random points (90 % inside the territory's bbox), alternating blocks of the
 * two so that load from other processes hits both alike; sequentially, and on PostgreSQL also with
 * concurrent callers through the pool. Prints Markdown tables and writes bench/results/*.json.
 *
 * Environment: BENCH_DATABASE_URL (superuser URL; default postgres://postgres@127.0.0.1:5432/postgres),
 * BENCH_PGLITE_N (2000), BENCH_PG_N (5000), BENCH_CONCURRENCY (8), BENCH_WARMUP (300),
 * BENCH_MAX_RUN_S (45: a cap per measured pair; a run that hits it is marked truncated),
 * BENCH_SKIP_PG=1, BENCH_SKIP_PGLITE=1.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Db, rows, seedDemo } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { locate } from '../apps/server/src/modules/org/locate.ts';
import { DEMO_BOUNDS } from '../packages/db/src/demo/layout.ts';
import {
  adminUrl,
  type BenchDatabase,
  type DatabaseKind,
  openBenchDatabase,
  postgresUnreachable,
  redact,
} from './databases.ts';
import { COUNTY, COUNTY_BBOX, COUNTY_GRIDS, generateCounty } from './generate-county.ts';
import {
  alternate,
  type Bbox,
  type Point,
  randomPoints,
  round,
  Sample,
  type Summary,
  timed,
} from './measure.ts';
import { elapsedS, log, runBench } from './report.ts';

const here = dirname(fileURLToPath(import.meta.url));
const int = (name: string, fallback: number) => {
  const v = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const config = {
  pgliteN: int('BENCH_PGLITE_N', 2000),
  postgresN: int('BENCH_PG_N', 5000),
  concurrency: int('BENCH_CONCURRENCY', 8),
  warmup: int('BENCH_WARMUP', 300),
  maxRunS: int('BENCH_MAX_RUN_S', 45),
  blocks: 10,
  insideShare: 0.9,
  poolSize: 10,
};
/** The whole run stops by itself after this, dropping its PostgreSQL databases. */
const WATCHDOG_MS = 8 * 60_000;

type DatasetName = 'demo' | 'county';
interface Dataset {
  name: DatasetName;
  label: string;
  bbox: Bbox;
  seed: number;
  load(db: Db): Promise<Record<string, number>>;
}

const datasets: Dataset[] = [
  {
    name: 'demo',
    label: 'demo 甸柳新村街道 (52 grids)',
    bbox: DEMO_BOUNDS,
    seed: 20261121,
    load: async (db) => ({ ...(await seedDemo(db)) }),
  },
  {
    name: 'county',
    label: `county ${COUNTY.district} (${COUNTY_GRIDS.toLocaleString('en')} grids)`,
    bbox: COUNTY_BBOX,
    seed: 370199,
    load: async (db) => ({ ...(await generateCounty(db)) }),
  },
];

interface RunRow {
  dataset: DatasetName;
  database: DatabaseKind;
  mode: 'locate' | 'baseline';
  concurrency: number;
  summary: Summary;
  /** locate's mean time per call over the baseline's, measured in the same alternating run. */
  ratioVsBaseline: number | null;
  ratioP50VsBaseline: number | null;
}

interface SetupRow {
  dataset: DatasetName;
  database: DatabaseKind;
  databaseName: string;
  openMs: number;
  /** demo: seedDemo (the whole demo, incl. buildings, staff, one scrypt hash); county: generate + insert in one transaction. */
  loadMs: number;
  analyzeMs: number;
  loaded: Record<string, number>;
  version: string;
  postgis: string;
  geos: string;
  baselinePlan: string[];
  /** Sequential locate() latencies split by whether the point was inside a grid. */
  locateByOutcome: { found: Outcome; notFound: Outcome };
  /** Of the sequentially measured points: found by the baseline, by locate, and the points where the two disagree. */
  hits: { baseline: number; locate: number; disagree: number; n: number };
}

type Outcome = { n: number; meanMs: number; p50Ms: number; p95Ms: number; p99Ms: number };
const outcome = (s: Sample): Outcome => {
  const { n, meanMs, p50Ms, p95Ms, p99Ms } = s.summary();
  return { n, meanMs, p50Ms, p95Ms, p99Ms };
};

const baselineQuery = (db: Db, [lng, lat]: Point) =>
  rows<{ code: string }>(
    db,
    sql`SELECT code FROM grid WHERE ST_Contains(boundary, ST_SetSRID(ST_MakePoint(${lng}::float8, ${lat}::float8), 4326)) LIMIT 1`,
  );
const locateQuery = (db: Db, [lng, lat]: Point) => locate(db, { lng, lat, crs: 'WGS84' }, 'zh-CN');

async function benchOne(dataset: Dataset, kind: DatabaseKind): Promise<{ setup: SetupRow; runs: RunRow[] }> {
  const n = kind === 'pglite' ? config.pgliteN : config.postgresN;
  log(`${dataset.name} on ${kind}: opening…`);
  const bench: BenchDatabase = await openBenchDatabase(kind, config.poolSize);
  try {
    const db = bench.handle.db;
    const loaded = await timed(() => dataset.load(db));
    log(
      `${dataset.name} on ${kind}: opened in ${ms(bench.openMs)}, loaded in ${ms(loaded.ms)} ${JSON.stringify(loaded.value)}`,
    );
    const analyzed = await timed(() => db.execute(sql`ANALYZE`));
    const [v] = await rows<{ version: string; postgis: string; geos: string }>(
      db,
      sql`SELECT version() AS version, postgis_lib_version() AS postgis, postgis_geos_version() AS geos`,
    );
    const points = randomPoints(dataset.seed, n, dataset.bbox, config.insideShare);
    const warm = randomPoints(dataset.seed + 1, config.warmup, dataset.bbox, config.insideShare);
    const [cx, cy] = [
      (dataset.bbox.west + dataset.bbox.east) / 2,
      (dataset.bbox.south + dataset.bbox.north) / 2,
    ];
    const plan = await rows<{ 'QUERY PLAN': string }>(
      db,
      sql`EXPLAIN SELECT code FROM grid WHERE ST_Contains(boundary, ST_SetSRID(ST_MakePoint(${cx}::float8, ${cy}::float8), 4326)) LIMIT 1`,
    );

    // Warm-up: plans, caches, JIT of the Node side; not measured.
    for (const p of warm) {
      await baselineQuery(db, p);
      await locateQuery(db, p);
    }

    const baselineCodes: (string | null)[] = [];
    const locateCodes: (string | null)[] = [];
    // locate() takes a longer path for a point outside every grid (community, nearest grid): split by outcome.
    const locateHit = new Sample();
    const locateMiss = new Sample();
    const runs: RunRow[] = [];
    const measure = async (concurrency: number) => {
      const { a: loc, b: base } = await alternate({
        points,
        blocks: config.blocks,
        concurrency,
        maxMs: config.maxRunS * 1000,
        a: (p) => locateQuery(db, p),
        b: (p) => baselineQuery(db, p),
        ...(concurrency === 1
          ? {
              onA: (i: number, r: Awaited<ReturnType<typeof locateQuery>>, t: number) => {
                locateCodes[i] = r.grid?.code ?? null;
                (r.found ? locateHit : locateMiss).latencies.push(t);
              },
              onB: (i: number, r: { code: string }[]) => {
                baselineCodes[i] = r[0]?.code ?? null;
              },
            }
          : {}),
      });
      const l = loc.summary();
      const b = base.summary();
      const ratio = round(l.meanMs / b.meanMs, 2);
      const ratioP50 = round(l.p50Ms / b.p50Ms, 2);
      const common = { dataset: dataset.name, database: kind, concurrency };
      runs.push(
        { ...common, mode: 'locate', summary: l, ratioVsBaseline: ratio, ratioP50VsBaseline: ratioP50 },
        { ...common, mode: 'baseline', summary: b, ratioVsBaseline: 1, ratioP50VsBaseline: 1 },
      );
      log(
        `${dataset.name} on ${kind}, ${concurrency === 1 ? 'sequential' : `${concurrency} concurrent`}: locate ${l.qps} q/s (p50 ${l.p50Ms} ms), baseline ${b.qps} q/s (p50 ${b.p50Ms} ms), ratio ${ratio}`,
      );
    };
    await measure(1);
    if (kind === 'postgres' && config.concurrency > 1) await measure(config.concurrency);

    const measured = Math.min(baselineCodes.length, locateCodes.length);
    let disagree = 0;
    for (let i = 0; i < measured; i++) if (baselineCodes[i] !== locateCodes[i]) disagree++;
    return {
      setup: {
        dataset: dataset.name,
        database: kind,
        databaseName: bench.name,
        openMs: round(bench.openMs, 0),
        loadMs: round(loaded.ms, 0),
        analyzeMs: round(analyzed.ms, 0),
        loaded: loaded.value,
        version: v?.version ?? '?',
        postgis: v?.postgis ?? '?',
        geos: v?.geos ?? '?',
        baselinePlan: plan.map((r) => r['QUERY PLAN']),
        locateByOutcome: { found: outcome(locateHit), notFound: outcome(locateMiss) },
        hits: {
          baseline: baselineCodes.slice(0, measured).filter((c) => c !== null).length,
          locate: locateCodes.slice(0, measured).filter((c) => c !== null).length,
          disagree,
          n: measured,
        },
      },
      runs,
    };
  } finally {
    await bench.close();
  }
}

const ms = (x: number) => `${Math.round(x)} ms`;

function machine() {
  const cpus = os.cpus();
  let commit: string | null = null;
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: here, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {}
  return {
    hostname: os.hostname(),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? '?',
    totalMemGb: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    loadAvgStart: os.loadavg().map((x) => round(x, 2)),
    commit,
  };
}

function markdown(runs: RunRow[], setups: SetupRow[]): string {
  const dsLabel = (d: DatasetName) => datasets.find((x) => x.name === d)!.label;
  const out = [
    '| dataset | database | mode | N | q/s | p50 ms | p95 ms | p99 ms | ratio vs baseline (mean; p50) |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of runs) {
    const s = r.summary;
    const mode = `${r.mode}${r.concurrency === 1 ? ' (sequential)' : ` (${r.concurrency} concurrent)`}`;
    const ratio =
      r.mode === 'baseline' ? '1' : `${r.ratioVsBaseline?.toFixed(2)}×; ${r.ratioP50VsBaseline?.toFixed(2)}×`;
    out.push(
      `| ${dsLabel(r.dataset)} | ${r.database} | ${mode} | ${s.n}${s.truncated ? ' (truncated)' : ''} | ${s.qps} | ${s.p50Ms.toFixed(3)} | ${s.p95Ms.toFixed(3)} | ${s.p99Ms.toFixed(3)} | ${ratio} |`,
    );
  }
  out.push(
    '',
    '| dataset | database | open ms | load ms | ANALYZE ms | loaded | baseline hits / locate hits / disagree of N | locate p50 ms found / not found |',
    '|---|---|---:|---:|---:|---|---|---|',
  );
  for (const s of setups) {
    const loaded = Object.entries(s.loaded)
      .filter(([k]) => ['grids', 'microGrids', 'divisions', 'communities'].includes(k))
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    out.push(
      `| ${dsLabel(s.dataset)} | ${s.database} | ${s.openMs} | ${s.loadMs} | ${s.analyzeMs} | ${loaded} | ${s.hits.baseline} / ${s.hits.locate} / ${s.hits.disagree} of ${s.hits.n} | ${s.locateByOutcome.found.p50Ms} / ${s.locateByOutcome.notFound.p50Ms} |`,
    );
  }
  return out.join('\n');
}

async function main() {
  const facts = machine();
  const startedAt = new Date();
  log(`${facts.cpus} CPUs, load ${facts.loadAvgStart.join(' ')}, Node ${facts.node}`);
  const notes: string[] = [];
  const kinds: DatabaseKind[] = [];
  if (process.env.BENCH_SKIP_PGLITE !== '1') kinds.push('pglite');
  else notes.push('PGlite skipped (BENCH_SKIP_PGLITE=1).');
  if (process.env.BENCH_SKIP_PG === '1') notes.push('PostgreSQL skipped (BENCH_SKIP_PG=1).');
  else {
    const why = await postgresUnreachable();
    if (why) notes.push(`PostgreSQL skipped: ${redact(adminUrl())} is not reachable (${why}).`);
    else kinds.push('postgres');
  }
  for (const n of notes) log(n);

  const runs: RunRow[] = [];
  const setups: SetupRow[] = [];
  for (const dataset of datasets) {
    for (const kind of kinds) {
      const result = await benchOne(dataset, kind);
      runs.push(...result.runs);
      setups.push(result.setup);
    }
  }
  if (kinds.includes('pglite'))
    notes.push('PGlite has one connection and runs queries one at a time, so it has no concurrent run.');
  const loadAvgEnd = os.loadavg().map((x) => round(x, 2));
  const totalS = elapsedS();

  const table = markdown(runs, setups);
  console.log(`\n## locate benchmark, ${startedAt.toISOString()}\n`);
  console.log(
    `${facts.cpus} × ${facts.cpuModel}, Node ${facts.node}, load average ${facts.loadAvgStart.join(' ')} at start, ${loadAvgEnd.join(' ')} at end; ${totalS} s in all.\n`,
  );
  console.log(table);
  const versions = [
    ...new Map(
      setups.map((s) => [s.database, `${s.database}: ${s.version}; PostGIS ${s.postgis}, GEOS ${s.geos}`]),
    ).values(),
  ];
  console.log(`\n${versions.map((v) => `- ${v}`).join('\n')}`);
  if (notes.length) console.log(notes.map((n) => `- ${n}`).join('\n'));

  const report = {
    benchmark: 'locate',
    startedAt: startedAt.toISOString(),
    totalSeconds: totalS,
    machine: { ...facts, loadAvgEnd, maxRssMb: round(process.resourceUsage().maxRSS / 1024, 0) },
    config,
    postgresAdminUrl: kinds.includes('postgres') ? redact(adminUrl()) : null,
    queries: {
      baseline:
        'SELECT code FROM grid WHERE ST_Contains(boundary, ST_SetSRID(ST_MakePoint($1::float8, $2::float8), 4326)) LIMIT 1',
      locate: "locate(db, { lng, lat, crs: 'WGS84' }, 'zh-CN') from apps/server/src/modules/org/locate.ts",
    },
    setups,
    runs,
    notes,
  };
  const dir = join(here, 'results');
  mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const file = join(dir, `locate-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, json);
  writeFileSync(join(dir, 'latest.json'), json);
  console.log(`\nJSON: ${file} (and bench/results/latest.json)`);
}

await runBench(main, WATCHDOG_MS);
