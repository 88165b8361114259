import type { StatsInterval, StatsTrend, StatsTrendQuery } from '@wangge/contracts';
import { bucketsOf, defaultInterval } from '@wangge/domain';
import type { Actor, Deps } from '../../http/types.ts';
import { aggregate } from './aggregate.ts';
import { frame } from './frame.ts';
import { type StatsContext, statsContext } from './stats-context.ts';

/**
 * Received, closed and overdue per day, week (from Monday) or month in China time. A bucket holds
 * the cases reported in it, as they stand now (the same cohort as the summary, so the buckets add
 * up to it); every bucket of the period is present, empty ones with zeros.
 */
export async function getTrend(deps: Deps, actor: Actor, q: StatsTrendQuery): Promise<StatsTrend> {
  const ctx = await statsContext(deps, actor, q);
  return trendOf(deps, ctx, q.interval ?? defaultInterval(ctx.period));
}

export async function trendOf(deps: Deps, ctx: StatsContext, interval: StatsInterval): Promise<StatsTrend> {
  const counted = await aggregate(deps.db, ctx, { kind: 'bucket', interval }, null);
  const byStart = new Map(counted.map((r) => [r.key, r]));
  return {
    interval,
    ...frame(ctx),
    buckets: bucketsOf(ctx.period, interval).map((start) => {
      const r = byStart.get(start);
      return { start, received: r?.received ?? 0, closed: r?.closed ?? 0, overdue: r?.overdue ?? 0 };
    }),
  };
}
