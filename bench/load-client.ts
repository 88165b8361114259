/**
 * The intake benchmark's load generator, run as a child process (fork) so that the clients do not
 * share the server's event loop. It waits for `run` messages over IPC, posts the given JSON bodies
 * with `concurrency` clients (Node's fetch: undici, keep-alive, one connection per client) and answers
 * with every latency and the status counts. It exits when the parent goes away.
 */
import { performance } from 'node:perf_hooks';

export interface RunMessage {
  type: 'run';
  url: string;
  headers: Record<string, string>;
  bodies: string[];
  concurrency: number;
  /** Stop starting new requests after this long (the run is then marked truncated). */
  maxMs: number;
  /** Abort a single request after this long (counted as status 'timeout'); after the first timeout no new request starts (the server has stalled). */
  timeoutMs: number;
}

export interface RunResult {
  type: 'result';
  /** Milliseconds per request, in completion order (every status). */
  latencies: number[];
  /** Latencies of the requests answered with the expected status only. */
  okLatencies: number[];
  statuses: Record<string, number>;
  /** The first few unexpected answers, for the report. */
  errors: string[];
  wallMs: number;
  /** User + system CPU of this process during the run. */
  cpuMs: number;
  truncated: boolean;
  /** A request timed out: the run stopped early. */
  stalled: boolean;
}

async function run(m: RunMessage): Promise<RunResult> {
  const latencies: number[] = [];
  const okLatencies: number[] = [];
  const statuses: Record<string, number> = {};
  const errors: string[] = [];
  let next = 0;
  let truncated = false;
  let stalled = false;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const deadline = start + m.maxMs;
  const client = async () => {
    while (next < m.bodies.length && !stalled) {
      if (performance.now() > deadline) {
        truncated = true;
        return;
      }
      const body = m.bodies[next++]!;
      const t0 = performance.now();
      let status: string;
      try {
        const res = await fetch(m.url, {
          method: 'POST',
          headers: m.headers,
          body,
          signal: AbortSignal.timeout(m.timeoutMs),
        });
        const text = await res.text();
        status = String(res.status);
        if (res.status !== 201 && errors.length < 5) errors.push(`${res.status} ${text.slice(0, 300)}`);
      } catch (error) {
        status = (error as Error).name === 'TimeoutError' ? 'timeout' : 'network';
        if (status === 'timeout') stalled = true;
        if (errors.length < 5) errors.push(`${status} ${(error as Error).message}`);
      }
      const ms = performance.now() - t0;
      latencies.push(ms);
      if (status === '201') okLatencies.push(ms);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, m.concurrency) }, client));
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  return {
    type: 'result',
    latencies,
    okLatencies,
    statuses,
    errors,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    truncated,
    stalled,
  };
}

if (process.send) {
  process.on('disconnect', () => process.exit(0));
  process.on('message', (m: RunMessage) => {
    if (m?.type !== 'run') return;
    run(m).then(
      (result) => process.send!(result),
      (error) => process.send!({ type: 'error', message: String(error) }),
    );
  });
  process.send({ type: 'ready' });
}
