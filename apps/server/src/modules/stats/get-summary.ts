import type { StatsQuery, StatsSummary } from '@wangge/contracts';
import { indicatorsOf } from '@wangge/domain';
import type { Actor, Deps } from '../../http/types.ts';
import { loadWorkCalendar } from '../sla/index.ts';
import { type Aggregated, aggregate } from './aggregate.ts';
import { frame } from './frame.ts';
import { type StatsContext, statsContext } from './stats-context.ts';

/** Totals of every indicator over the caller's scope (or the chosen division) for the period. */
export async function getSummary(deps: Deps, actor: Actor, q: StatsQuery): Promise<StatsSummary> {
  return summaryOf(deps, await statsContext(deps, actor, q));
}

export async function summaryOf(deps: Deps, ctx: StatsContext): Promise<StatsSummary> {
  const working = await loadWorkCalendar(deps.db);
  return summaryFrom(ctx, await aggregate(deps.db, ctx, { kind: 'none' }, working));
}

/** The summary from the aggregate without grouping (one row). */
export function summaryFrom(ctx: StatsContext, counted: Aggregated[]): StatsSummary {
  const { key: _, ...counts } = counted[0]!;
  return { ...frame(ctx), ...indicatorsOf(counts) };
}
