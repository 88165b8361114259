import type { StatsContext } from './stats-context.ts';

/** What every answer repeats: the period, the instant the figures describe, the division. */
export function frame(ctx: StatsContext) {
  return {
    from: ctx.period.from.toISOString(),
    to: ctx.period.to.toISOString(),
    asOf: ctx.now.toISOString(),
    division: ctx.division ? { code: ctx.division.code, name: ctx.division.name } : null,
  };
}
