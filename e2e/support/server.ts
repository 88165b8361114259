import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { artifact, repoRoot } from './paths.ts';

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  baseUrl: string;
  port: number;
  dataDir: string;
  /** Everything the server printed so far (stdout and stderr, interleaved). */
  output(): string;
  /** Stops the server (SIGTERM, then SIGKILL after 10 s), saves its log and deletes the data dir. */
  stop(): Promise<void>;
}

export interface StartServerOptions {
  /** How long the first start (fresh PGlite data dir, migrations, demo seed) may take. */
  readyTimeoutMs?: number;
  /** Name of the log file written to e2e/artifacts when the server stops. */
  logName?: string;
  /** More settings, e.g. `{ WANGGE_TEST_CLOCK: 'true' }` for a server whose clock can be moved. */
  env?: Record<string, string>;
}

const serverBin = join(repoRoot, 'apps/server/bin/wangge.mjs');
const webIndex = join(repoRoot, 'apps/web/dist/index.html');

/** Port 3000 belongs to developers' own servers; never use it. */
const RESERVED_PORTS = new Set([3000]);

/** A TCP port that was free on 127.0.0.1 a moment ago. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await new Promise<number>((resolve, reject) => {
      const probe = createServer();
      probe.unref();
      probe.once('error', reject);
      probe.listen(0, '127.0.0.1', () => {
        const address = probe.address();
        const found = typeof address === 'object' && address ? address.port : 0;
        probe.close(() => resolve(found));
      });
    });
    if (port > 0 && !RESERVED_PORTS.has(port)) return port;
  }
  throw new Error('Could not find a free TCP port on 127.0.0.1');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function tail(text: string, lines = 60): string {
  return text.split('\n').slice(-lines).join('\n');
}

/**
 * Starts the real server (`wangge serve`) on a free port with a fresh embedded database in a temp
 * dir (demo subdistrict seeded on this first start) and resolves once /api/health answers ok.
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const readyTimeoutMs = options.readyTimeoutMs ?? 150_000;
  if (!existsSync(webIndex)) {
    throw new Error(`The web pages are not built (${webIndex} is missing): run \`npm run build:web\` first.`);
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'wangge-e2e-'));

  const env: NodeJS.ProcessEnv = { ...process.env };
  // The journey runs on the embedded database, in development mode (plain-http cookies), with the
  // demo seed and no online base map (CI has no internet).
  for (const name of [
    'DATABASE_URL',
    'PORT',
    'HOST',
    'NODE_ENV',
    'WANGGE_TILE_URL',
    'WANGGE_TILE_ATTRIBUTION',
    'WANGGE_TEST_CLOCK',
  ]) {
    delete env[name];
  }
  // The demo territory and logins, without the demo's case history: journeys count their own cases.
  Object.assign(
    env,
    { WANGGE_DATA_DIR: dataDir, WANGGE_DEMO: 'true', WANGGE_DEMO_CASES: 'false', LOG_LEVEL: 'warn' },
    options.env,
  );

  const child: ChildProcess = spawn(
    process.execPath,
    [serverBin, 'serve', '--port', String(port), '--host', '127.0.0.1'],
    { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  let exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const exitPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve();
    });
  });
  // Last resort if the test process dies without running its after hooks.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', killOnExit);
    if (!exited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exitPromise;
      clearTimeout(timer);
    }
    try {
      writeFileSync(artifact(options.logName ?? 'server.log'), output);
    } catch {
      // The log is a convenience; never fail the cleanup over it.
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const started = Date.now();
  let lastProblem = 'no answer yet';
  while (true) {
    if (exited) {
      const { code, signal } = exited;
      await stop();
      throw new Error(
        `The server exited before it was ready (code ${code}, signal ${signal}). Its output:\n${tail(output)}`,
      );
    }
    if (Date.now() - started > readyTimeoutMs) {
      await stop();
      throw new Error(
        `The server did not answer ${baseUrl}/api/health within ${readyTimeoutMs / 1000} s (${lastProblem}). Its output:\n${tail(output)}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) {
        const body = (await response.json()) as { status?: string };
        if (body.status === 'ok') break;
        lastProblem = `health said ${JSON.stringify(body)}`;
      } else {
        lastProblem = `health answered HTTP ${response.status}`;
      }
    } catch (error) {
      lastProblem = (error as Error).message;
    }
    await sleep(300);
  }

  return { baseUrl, port, dataDir, output: () => output, stop };
}
