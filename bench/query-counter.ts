/**
 * Counts and times every query that node-postgres sends in this process (pool queries and
 * transaction clients alike) by wrapping pg.Client.prototype.query while enabled. Labels are the
 * first words of the SQL text, so the same statement groups together.
 */
import pg from 'pg';
import { round } from './measure.ts';

interface Entry {
  n: number;
  ms: number;
}

const entries = new Map<string, Entry>();
let enabled = false;
let installed = false;

const labelOf = (query: unknown): string => {
  const text =
    typeof query === 'string' ? query : ((query as { text?: string } | null)?.text ?? String(query));
  return text.replace(/\s+/g, ' ').trim().slice(0, 90);
};

function install() {
  if (installed) return;
  installed = true;
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    if (!enabled) return original.apply(this, args);
    const label = labelOf(args[0]);
    const t0 = performance.now();
    const done = () => {
      const e = entries.get(label) ?? { n: 0, ms: 0 };
      e.n++;
      e.ms += performance.now() - t0;
      entries.set(label, e);
    };
    const last = args.at(-1);
    if (typeof last === 'function') {
      args[args.length - 1] = (...cb: unknown[]) => {
        done();
        return (last as (...a: unknown[]) => unknown)(...cb);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      (result as Promise<unknown>).then(done, done);
    }
    return result;
  };
}

export const queryCounter = {
  start() {
    install();
    entries.clear();
    enabled = true;
  },
  stop(perUnit: number) {
    enabled = false;
    const list = [...entries.entries()]
      .map(([label, e]) => ({
        label,
        perReport: round(e.n / perUnit, 2),
        meanMs: round(e.ms / e.n, 3),
        totalMsPerReport: round(e.ms / perUnit, 3),
      }))
      .sort((a, b) => b.totalMsPerReport - a.totalMsPerReport);
    const total = [...entries.values()].reduce((s, e) => s + e.n, 0);
    return { queriesPerReport: round(total / perUnit, 2), byStatement: list };
  },
};
