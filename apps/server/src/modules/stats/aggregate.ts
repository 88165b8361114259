import { rows, type Tx } from '@wangge/db';
import {
  type CaseCounts,
  chinaDayNumber,
  periodSeconds,
  type WorkCalendar,
  type WorkdayTable,
  type WorkingPeriods,
  workdayTable,
} from '@wangge/domain';
import { type SQL, sql } from 'drizzle-orm';
import { withinPaths } from '../../lib/sql.ts';
import type { StatsContext } from './stats-context.ts';

/**
 * The one aggregate behind every figure: the cases of the caller's scope reported in the period,
 * grouped by a unit (or not at all), counted as packages/domain/src/stats/indicators.ts defines.
 * All in SQL: a GROUP BY over case_record (and case_assignment for departments), never cases in Node.
 *
 * Two shapes of "facts" (one row per case, or per case and department):
 * - territory readers: the cases whose path lies in their territory (or, for someone who also
 *   handles for a department, that their department holds); returned = returned at least once.
 * - departments (by=department, or a caller who reads only as a department handler): one row per case
 *   and department from case_assignment; the department holds the case while its assignment is not
 *   returned or withdrawn, and "returned" is its own return of the lead.
 */
export type Unit =
  | { kind: 'none' }
  | { kind: 'subdistrict' | 'community' | 'grid' | 'category' | 'department' }
  | { kind: 'bucket'; interval: 'day' | 'week' | 'month' };

export interface Aggregated extends CaseCounts {
  /** The unit's key (code, or uuid for grids and departments), null for cases without one. */
  key: string | null;
}

const CHINA_OFFSET_S = 8 * 3600;

function departmentList(ids: readonly string[]): SQL {
  return sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
}

function unitKey(unit: Exclude<Unit, { kind: 'none' }>): SQL {
  switch (unit.kind) {
    case 'subdistrict':
      return sql`c.subdistrict_code`;
    case 'community':
      return sql`c.community_code`;
    case 'grid':
      return sql`c.grid_id::text`;
    case 'category':
      return sql`c.category_code`;
    case 'department':
      return sql`a.department_id::text`;
    case 'bucket':
      return sql`to_char(date_trunc(${unit.interval}, c.reported_at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD')`;
  }
}

/** Conditions every fact shares: the district (for the index), the period, counted statuses, the division. */
function common(ctx: StatsContext): SQL[] {
  const districts = [...new Set(ctx.unitPaths.map((p) => p.split('.')[0]!))];
  const where = [
    sql`c.district_code IN (${sql.join(
      districts.map((d) => sql`${d}`),
      sql`, `,
    )})`,
    sql`c.reported_at >= ${ctx.period.from.toISOString()}::timestamptz`,
    sql`c.reported_at < ${ctx.period.to.toISOString()}::timestamptz`,
    sql`c.status NOT IN ('rejected', 'merged', 'cancelled')`,
  ];
  if (ctx.division) where.push(sql`c.path <@ ${ctx.division.path}::ltree`);
  return where;
}

const FACT_COLUMNS = sql`c.status, c.stage, c.stage_deadline, c.closed_on_time, c.evaluation, c.rework_count,
  c.reported_at, c.handled_at`;

/** The facts with the units' keys as k0, k1, …; per case and department when `perDepartment`. */
function facts(ctx: StatsContext, keys: SQL[], perDepartment: boolean): SQL {
  const keyColumns = sql.join(
    [...keys.map((k, i) => sql`${k} AS ${sql.raw(`k${i}`)}`), FACT_COLUMNS],
    sql`, `,
  );
  const departmentOnly = ctx.territory.length === 0;
  if (perDepartment || departmentOnly) {
    const where = [...common(ctx), sql`a.department_id IS NOT NULL`, sql`a.state <> 'withdrawn'`];
    if (departmentOnly) where.push(sql`a.department_id IN (${departmentList(ctx.departments)})`);
    else where.push(withinPaths('c.path', ctx.territory));
    const groupBy = perDepartment ? sql`c.id, a.department_id` : sql`c.id`;
    return sql`SELECT ${keyColumns},
                 bool_or(a.state NOT IN ('returned', 'withdrawn')) AS held,
                 bool_or(a.state = 'returned' AND a.role = 'lead') AS returned
               FROM case_assignment a JOIN case_record c ON c.id = a.case_id
               WHERE ${sql.join(where, sql` AND `)}
               GROUP BY ${groupBy}`;
  }
  const inScope = [withinPaths('c.path', ctx.territory)];
  if (ctx.departments.length)
    inScope.push(sql`EXISTS (SELECT 1 FROM case_assignment a WHERE a.case_id = c.id
      AND a.department_id IN (${departmentList(ctx.departments)}) AND a.state NOT IN ('returned', 'withdrawn'))`);
  return sql`SELECT ${keyColumns}, true AS held, c.return_count > 0 AS returned
             FROM case_record c
             WHERE ${sql.join([...common(ctx), sql`(${sql.join(inScope, sql` OR `)})`], sql` AND `)}`;
}

export interface WorkingTime {
  calendar: WorkCalendar;
  periods: WorkingPeriods;
}

/**
 * W(t) of packages/domain/src/stats/working-time.ts for a timestamp, as plain arithmetic per row:
 * the day's entries come from two array literals indexed by the day number (no join), so the
 * aggregate stays one parallel scan. Out of the table's range it is NULL (and left out of sums).
 */
function workingClock(ts: SQL, table: WorkdayTable, periods: Array<[number, number]>): SQL {
  const perDay = periods.reduce((s, [a, b]) => s + (b - a), 0);
  const first = table.days[0] ?? 0;
  const local = sql`(date_part('epoch', ${ts}) + ${sql.raw(String(CHINA_OFFSET_S))})`;
  const day = sql`floor(${local} / 86400)`;
  const index = sql`(${day}::int - ${sql.raw(String(first - 1))})`;
  const second = sql`(${local} - ${day} * 86400)`;
  const worked = sql.join(
    periods.map(
      ([a, b]) => sql`LEAST(GREATEST(${second} - ${sql.raw(String(a))}, 0), ${sql.raw(String(b - a))})`,
    ),
    sql` + `,
  );
  // Literals of our own integers and booleans (not user input): inlined so the planner folds them once.
  const before = sql.raw(`('{${table.workdaysBefore.join(',')}}'::int[])`);
  const work = sql.raw(`('{${table.workday.map((w) => (w ? 't' : 'f')).join(',')}}'::boolean[])`);
  return sql`(${before}[${index}]::float8 * ${sql.raw(String(perDay))} + CASE WHEN ${work}[${index}] THEN ${worked} ELSE 0 END)`;
}

/** Counts per unit key. `working` adds the handling time (working hours); trends leave it out. */
export async function aggregate(
  db: Tx,
  ctx: StatsContext,
  unit: Unit,
  working: WorkingTime | null,
): Promise<Aggregated[]> {
  return (await aggregateSets(db, ctx, [unit], working))[0]!;
}

/**
 * Counts for several groupings in one scan (GROUPING SETS: each case's expressions are evaluated
 * once and counted into every grouping), e.g. the totals and the breakdowns of an export. Results
 * in the order of `units`. By department is per case and department, so it comes alone.
 */
export async function aggregateSets(
  db: Tx,
  ctx: StatsContext,
  units: Unit[],
  working: WorkingTime | null,
): Promise<Aggregated[][]> {
  const perDepartment = units.some((u) => u.kind === 'department');
  if (perDepartment && units.length > 1) throw new Error('by department is aggregated on its own');
  const keyed = units.filter((u): u is Exclude<Unit, { kind: 'none' }> => u.kind !== 'none');
  const keys = keyed.map(unitKey);
  const column = (u: Unit) => sql.raw(`f.k${keyed.indexOf(u as (typeof keyed)[number])}`);
  const now = sql`${ctx.now.toISOString()}::timestamptz`;
  const closed = sql`f.held AND f.status = 'closed'`;
  let handling = sql`0::int AS handled, 0::float8 AS "handlingSeconds"`;
  if (working) {
    const first = chinaDayNumber(ctx.period.from);
    const last = Math.max(chinaDayNumber(ctx.now), chinaDayNumber(ctx.period.to)) + 1;
    const t = workdayTable(first, last, working.calendar);
    const periods = periodSeconds(working.periods);
    const measured = sql`${closed} AND f.handled_at IS NOT NULL`;
    handling = sql`count(*) FILTER (WHERE ${measured})::int AS handled,
      COALESCE(sum(${workingClock(sql`f.handled_at`, t, periods)} - ${workingClock(sql`f.reported_at`, t, periods)})
        FILTER (WHERE ${measured}), 0)::float8 AS "handlingSeconds"`;
  }
  // One grouping: by its key (or none). Several: GROUPING SETS, told apart by GROUPING() of the keys.
  const single = units.length === 1;
  const unit0 = units[0]!;
  const select = single
    ? sql`${unit0.kind === 'none' ? sql`NULL::text` : column(unit0)} AS key`
    : sql`GROUPING(${sql.join(
        keyed.map((u) => column(u)),
        sql`, `,
      )})::int AS "set", ${sql.join(
        keyed.map((u) => column(u)),
        sql`, `,
      )}`;
  const groupBy = single
    ? unit0.kind === 'none'
      ? sql``
      : sql`GROUP BY ${column(unit0)}`
    : sql`GROUP BY GROUPING SETS (${sql.join(
        units.map((u) => (u.kind === 'none' ? sql`()` : sql`(${column(u)})`)),
        sql`, `,
      )})`;
  const found = await rows<Aggregated & Record<string, unknown>>(
    db,
    sql`WITH f AS (${facts(ctx, keys, perDepartment)})
        SELECT ${select},
          count(*) FILTER (WHERE f.held)::int AS received,
          count(*) FILTER (WHERE ${closed})::int AS closed,
          count(*) FILTER (WHERE ${closed} AND f.closed_on_time)::int AS "closedOnTime",
          count(*) FILTER (WHERE ${closed} AND f.closed_on_time IS NOT TRUE)::int AS "closedLate",
          count(*) FILTER (WHERE f.held AND f.status <> 'closed' AND f.stage <> 'none' AND f.stage_deadline < ${now})::int AS overdue,
          count(*) FILTER (WHERE f.held AND f.evaluation IS NOT NULL)::int AS rated,
          count(*) FILTER (WHERE f.held AND f.evaluation = 'satisfied')::int AS satisfied,
          count(*) FILTER (WHERE f.held AND f.evaluation = 'basically_satisfied')::int AS "basicallySatisfied",
          count(*) FILTER (WHERE f.held AND f.evaluation = 'dissatisfied')::int AS dissatisfied,
          count(*) FILTER (WHERE f.returned)::int AS returned,
          count(*) FILTER (WHERE f.held AND f.rework_count > 0)::int AS reworked,
          ${handling}
        FROM f
        ${groupBy}`,
  );
  if (single) return [found];
  // GROUPING(k0, …, kn) has a bit set (k0 the highest) for every key its row is not grouped by.
  const all = (1 << keyed.length) - 1;
  return units.map((u) => {
    const i = keyed.indexOf(u as (typeof keyed)[number]);
    const mask = u.kind === 'none' ? all : all & ~(1 << (keyed.length - 1 - i));
    return found
      .filter((r) => r.set === mask)
      .map(({ set: _, ...r }) => {
        const out: Record<string, unknown> = { ...r, key: i < 0 ? null : (r[`k${i}`] ?? null) };
        for (let k = 0; k < keyed.length; k++) delete out[`k${k}`];
        return out as unknown as Aggregated;
      });
  });
}
