import type {
  StatsBreakdown,
  StatsBreakdownQuery,
  StatsBreakdownRow,
  StatsDimension,
} from '@wangge/contracts';
import { indicatorsOf, ZERO_COUNTS } from '@wangge/domain';
import type { Actor, Deps } from '../../http/types.ts';
import { loadWorkCalendar } from '../sla/index.ts';
import { type Aggregated, aggregate } from './aggregate.ts';
import { frame } from './frame.ts';
import { type StatsContext, statsContext } from './stats-context.ts';
import { unitsByKey, unitsInScope } from './units.ts';

/**
 * One row per unit with every indicator: the ranking table. Units in scope are listed even without
 * cases; cases outside every grid (or without a category) make a row with a null code. Rows are in
 * code order; the page sorts them. For departments a joint case (吹哨报到) counts for each of them.
 */
export async function getBreakdown(
  deps: Deps,
  actor: Actor,
  q: StatsBreakdownQuery,
): Promise<StatsBreakdown> {
  return breakdownOf(deps, await statsContext(deps, actor, q), q.by);
}

export async function breakdownOf(
  deps: Deps,
  ctx: StatsContext,
  by: StatsDimension,
): Promise<StatsBreakdown> {
  const working = await loadWorkCalendar(deps.db);
  return breakdownFrom(deps, ctx, by, await aggregate(deps.db, ctx, { kind: by }, working));
}

/** The rows from the aggregate by `by`, with the units that have no case and their names. */
export async function breakdownFrom(
  deps: Deps,
  ctx: StatsContext,
  by: StatsDimension,
  counted: Aggregated[],
): Promise<StatsBreakdown> {
  const listed = await unitsInScope(deps.db, ctx, by);
  const known = new Set(listed.map((u) => u.key));
  const extra = await unitsByKey(
    deps.db,
    by,
    counted.map((r) => r.key).filter((k): k is string => k !== null && !known.has(k)),
  );
  const byKey = new Map(counted.map(({ key, ...counts }) => [key, counts]));
  const rows: StatsBreakdownRow[] = [...listed, ...extra]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((u) => ({ code: u.code, name: u.name, ...indicatorsOf(byKey.get(u.key) ?? ZERO_COUNTS) }));
  const unplaced = byKey.get(null);
  if (unplaced) rows.push({ code: null, name: null, ...indicatorsOf(unplaced) });
  return { by, ...frame(ctx), rows };
}
