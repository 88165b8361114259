import type { StatsQuery } from '@wangge/contracts';
import { one } from '@wangge/db';
import { checkPeriod, MAX_PERIOD_DAYS, type Period } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { statsPolicy } from './stats.policy.ts';

/** What one statistics request is about: whose cases, which period, judged at which instant. */
export interface StatsContext {
  period: Period;
  now: Date;
  /** Territory the caller reads every case in (outermost paths). */
  territory: string[];
  /** Departments whose dispatched cases the caller reads. */
  departments: string[];
  /** Where the caller's units lie (territory and departments' jurisdictions): for listing units. */
  unitPaths: string[];
  division: { code: string; name: string; path: string } | null;
}

/** Checks the period, the caller's right and the division; throws coded errors. */
export async function statsContext(deps: Deps, actor: Actor, q: StatsQuery): Promise<StatsContext> {
  if (!statsPolicy.canRead(actor.scope)) throw new AppError('FORBIDDEN');
  const checked = checkPeriod(q.from, q.to);
  if (!checked.ok) {
    if (checked.error === 'PERIOD_TOO_LONG')
      throw new AppError('STATS_PERIOD_TOO_LONG', { maxDays: MAX_PERIOD_DAYS }, { days: MAX_PERIOD_DAYS });
    throw new AppError('STATS_PERIOD_INVALID', { reason: checked.error });
  }
  let division: StatsContext['division'] = null;
  if (q.division) {
    const node = await one<{ code: string; name: string; path: string }>(
      deps.db,
      sql`SELECT code, name, path::text AS path FROM division WHERE code = ${q.division}
          UNION ALL SELECT code, name, path::text FROM grid WHERE code = ${q.division}`,
    );
    // Out of scope answers as if it did not exist.
    if (!node || !statsPolicy.canNarrowTo(actor.scope, node.path))
      throw new AppError('STATS_DIVISION_NOT_FOUND');
    division = node;
  }
  return {
    period: checked.period,
    now: deps.clock.now(),
    territory: statsPolicy.territoryPaths(actor.scope),
    departments: statsPolicy.departmentIds(actor.scope),
    unitPaths: statsPolicy.unitPaths(actor.scope),
    division,
  };
}
