/**
 * Shared by the intake and sweep benchmarks: logging, environment knobs, machine facts, CPU
 * accounting from /proc, database versions and settings, and writing bench/results/<name>-*.json.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Db, rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { dropAll } from './databases.ts';
import { round } from './measure.ts';

export const benchDir = dirname(fileURLToPath(import.meta.url));

const t0 = performance.now();
export const log = (message: string) =>
  console.error(`[${((performance.now() - t0) / 1000).toFixed(1)} s] ${message}`);
export const elapsedS = () => round((performance.now() - t0) / 1000, 1);

export const int = (name: string, fallback: number): number => {
  const v = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

export const loadAvg = () => os.loadavg().map((x) => round(x, 2));

export function machine() {
  const cpus = os.cpus();
  let commit: string | null = null;
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: benchDir, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {}
  let pglite = '?';
  try {
    const pkg = join(benchDir, '../node_modules/@electric-sql/pglite/package.json');
    pglite = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  } catch {}
  return {
    hostname: os.hostname(),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? '?',
    totalMemGb: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    pglitePackage: pglite,
    loadAvgStart: loadAvg(),
    commit,
  };
}

/** version(), PostGIS and the server settings that matter for write throughput. */
export async function databaseFacts(db: Db): Promise<Record<string, string>> {
  const [v] = await rows<{ version: string; postgis: string }>(
    db,
    sql`SELECT version() AS version, postgis_lib_version() AS postgis`,
  );
  const settings = await rows<{ name: string; setting: string; unit: string | null }>(
    db,
    sql`SELECT name, setting, unit FROM pg_settings
        WHERE name IN ('shared_buffers', 'synchronous_commit', 'fsync', 'wal_sync_method', 'max_connections',
                       'work_mem', 'jit', 'commit_delay', 'full_page_writes', 'random_page_cost')
        ORDER BY name`,
  );
  return {
    version: v?.version ?? '?',
    postgis: v?.postgis ?? '?',
    ...Object.fromEntries(settings.map((s) => [s.name, s.unit ? `${s.setting} ${s.unit}` : s.setting])),
  };
}

/** Writes bench/results/<name>-<ISO>.json and <name>-latest.json; returns the first path. */
export function writeResults(name: string, startedAt: Date, report: unknown): string {
  const dir = join(benchDir, 'results');
  mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const file = join(dir, `${name}-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, json);
  writeFileSync(join(dir, `${name}-latest.json`), json);
  return file;
}

// --- CPU accounting (Linux /proc; zeros elsewhere) -------------------------------------------

const TICK_MS = 10; // CLK_TCK = 100 on Linux

/** Busy and total CPU milliseconds of the whole machine, all cores summed. */
export function machineCpu(): { busyMs: number; totalMs: number } {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    const f = line.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal (guest is already in user)
    const total = f.slice(0, 8).reduce((s, x) => s + x, 0);
    const idle = (f[3] ?? 0) + (f[4] ?? 0);
    return { busyMs: (total - idle) * TICK_MS, totalMs: total * TICK_MS };
  } catch {
    return { busyMs: 0, totalMs: 0 };
  }
}

/** User + system CPU milliseconds of a process, or null when it is gone. */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces, inside parentheses).
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(rest[11]) + Number(rest[12])) * TICK_MS;
  } catch {
    return null;
  }
}

/** CPU of a set of processes between two snapshots (a process that appeared counts from zero). */
export class ProcessSet {
  private start = new Map<number, number>();
  snapshot(pids: readonly number[]) {
    this.start = new Map();
    for (const pid of pids) {
      const ms = processCpuMs(pid);
      if (ms !== null) this.start.set(pid, ms);
    }
  }
  deltaMs(pids: readonly number[]): number {
    let sum = 0;
    for (const pid of new Set([...pids, ...this.start.keys()])) {
      const now = processCpuMs(pid);
      if (now === null) continue;
      sum += now - (this.start.get(pid) ?? 0);
    }
    return sum;
  }
}

/**
 * Runs a benchmark's main bounded and tidy: a watchdog gives up after `watchdogMs`, Ctrl-C and
 * SIGTERM stop it, and the scratch databases are dropped however it ends. A stalled PGlite or pool
 * may leave promises and sockets behind, so the process exits rather than waiting for them.
 */
export async function runBench(main: () => Promise<void>, watchdogMs: number): Promise<never> {
  const watchdog = setTimeout(() => {
    log(`watchdog: still running after ${watchdogMs / 1000} s, giving up`);
    void dropAll().finally(() => process.exit(2));
  }, watchdogMs);
  watchdog.unref();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void dropAll().finally(() => process.exit(130));
    });
  }
  try {
    await main();
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await dropAll();
  }
  process.exit(process.exitCode ?? 0);
}
