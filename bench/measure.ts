/** Timing helpers for the benchmarks: sequential and concurrent runs, percentiles, a seeded PRNG. */
import { performance } from 'node:perf_hooks';
import { mulberry32 } from '@wangge/db';

/** The demo seed's generator: the same points on every run. */
export { mulberry32 };

export type Point = readonly [lng: number, lat: number];

export interface Bbox {
  west: number;
  east: number;
  south: number;
  north: number;
}

/**
 * `n` points: a share `inside` uniformly in the bbox, the rest in a margin around it (as wide as a
 * fifth of the bbox on each side), so they miss every grid and take locate()'s slow path.
 */
export function randomPoints(seed: number, n: number, bbox: Bbox, inside = 0.9): Point[] {
  const random = mulberry32(seed);
  const w = bbox.east - bbox.west;
  const h = bbox.north - bbox.south;
  const points: Point[] = [];
  while (points.length < n) {
    if (random() < inside) {
      points.push([bbox.west + random() * w, bbox.south + random() * h]);
      continue;
    }
    // Rejection sampling within this branch, so that the outside share stays `1 - inside`.
    for (;;) {
      const lng = bbox.west - 0.2 * w + random() * 1.4 * w;
      const lat = bbox.south - 0.2 * h + random() * 1.4 * h;
      const within = lng >= bbox.west && lng <= bbox.east && lat >= bbox.south && lat <= bbox.north;
      if (!within) {
        points.push([lng, lat]);
        break;
      }
    }
  }
  return points;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Accumulates latencies and busy wall time of one mode over several blocks. */
export class Sample {
  readonly latencies: number[] = [];
  wallMs = 0;
  truncated = false;

  get n(): number {
    return this.latencies.length;
  }

  summary() {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const mean = sorted.reduce((s, x) => s + x, 0) / (sorted.length || 1);
    return {
      n: sorted.length,
      wallMs: round(this.wallMs, 1),
      qps: round((sorted.length / this.wallMs) * 1000, 0),
      meanMs: round(mean, 3),
      p50Ms: round(percentile(sorted, 50), 3),
      p95Ms: round(percentile(sorted, 95), 3),
      p99Ms: round(percentile(sorted, 99), 3),
      maxMs: round(sorted.at(-1) ?? Number.NaN, 3),
      truncated: this.truncated,
    };
  }
}

export type Summary = ReturnType<Sample['summary']>;

export const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/**
 * Runs `fn` over `points` with `concurrency` callers (1 = sequential), adding each call's latency to
 * `sample`. Stops early (and marks the sample truncated) once `deadline` (performance.now()) is passed.
 */
export async function runBlock<T>(
  points: readonly Point[],
  fn: (p: Point) => Promise<T>,
  sample: Sample | null,
  concurrency: number,
  deadline: number,
  onResult?: (index: number, result: T, ms: number) => void,
  offset = 0,
): Promise<void> {
  let next = 0;
  const start = performance.now();
  const worker = async () => {
    while (next < points.length) {
      if (performance.now() > deadline) {
        if (sample) sample.truncated = true;
        return;
      }
      const i = next++;
      const t0 = performance.now();
      const result = await fn(points[i]!);
      const ms = performance.now() - t0;
      sample?.latencies.push(ms);
      onResult?.(offset + i, result, ms);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  if (sample) sample.wallMs += performance.now() - start;
}

/**
 * Measures two functions over the same points, alternating blocks (A, B, A, B, …) so that a change in
 * the machine's load during the run hits both about equally; the ratio of the two is then fair.
 */
export async function alternate<A, B>(options: {
  points: readonly Point[];
  blocks: number;
  concurrency: number;
  maxMs: number;
  a: (p: Point) => Promise<A>;
  b: (p: Point) => Promise<B>;
  onA?: (index: number, result: A, ms: number) => void;
  onB?: (index: number, result: B, ms: number) => void;
}): Promise<{ a: Sample; b: Sample }> {
  const a = new Sample();
  const b = new Sample();
  const deadline = performance.now() + options.maxMs;
  const size = Math.ceil(options.points.length / options.blocks);
  for (let k = 0; k < options.points.length; k += size) {
    const block = options.points.slice(k, k + size);
    await runBlock(block, options.a, a, options.concurrency, deadline, options.onA, k);
    await runBlock(block, options.b, b, options.concurrency, deadline, options.onB, k);
  }
  return { a, b };
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: round(performance.now() - t0, 1), value };
}
