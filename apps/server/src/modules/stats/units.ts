import type { StatsDimension } from '@wangge/contracts';
import { rows, type Tx } from '@wangge/db';
import { type SQL, sql } from 'drizzle-orm';
import { withinOrAbovePaths, withinPaths } from '../../lib/sql.ts';
import type { StatsContext } from './stats-context.ts';

/** A unit of a breakdown: its key in the aggregate (code, or uuid for grids and departments). */
export interface UnitName {
  key: string;
  code: string;
  name: string;
}

const SOURCES: Record<StatsDimension, { table: SQL; key: SQL; path: SQL | null; extra?: SQL }> = {
  subdistrict: {
    table: sql`division`,
    key: sql`code`,
    path: sql`path`,
    extra: sql`level = 'subdistrict'`,
  },
  community: { table: sql`division`, key: sql`code`, path: sql`path`, extra: sql`level = 'community'` },
  grid: { table: sql`grid`, key: sql`id::text`, path: sql`path` },
  department: { table: sql`department`, key: sql`id::text`, path: null },
  category: { table: sql`case_category`, key: sql`code`, path: null },
};

/**
 * The units a breakdown lists even with no case: the subdistricts, communities or grids of the
 * caller's scope (inside the division, if one is chosen), or the departments serving it (a
 * department handler: their own). Categories appear only with cases.
 */
export async function unitsInScope(db: Tx, ctx: StatsContext, by: StatsDimension): Promise<UnitName[]> {
  if (by === 'category') return [];
  const s = SOURCES[by];
  const where: SQL[] = [];
  if (s.extra) where.push(s.extra);
  if (by === 'department') {
    if (ctx.territory.length === 0)
      where.push(
        sql`id IN (${sql.join(
          ctx.departments.map((d) => sql`${d}::uuid`),
          sql`, `,
        )})`,
      );
    else where.push(withinOrAbovePaths('jurisdiction', ctx.territory));
    if (ctx.division) where.push(withinOrAbovePaths('jurisdiction', [ctx.division.path]));
  } else {
    where.push(withinPaths(s.path!, ctx.unitPaths));
    if (ctx.division) where.push(withinPaths(s.path!, [ctx.division.path]));
  }
  return rows<UnitName>(
    db,
    sql`SELECT ${s.key} AS key, code, name FROM ${s.table} WHERE ${sql.join(where, sql` AND `)} ORDER BY code`,
  );
}

/** Codes and names of units found among the cases but not listed (e.g. a subdistrict framing a community). */
export async function unitsByKey(db: Tx, by: StatsDimension, keys: string[]): Promise<UnitName[]> {
  if (keys.length === 0) return [];
  const s = SOURCES[by];
  return rows<UnitName>(
    db,
    sql`SELECT ${s.key} AS key, code, name FROM ${s.table} WHERE ${s.key} IN (${sql.join(
      keys.map((k) => sql`${k}`),
      sql`, `,
    )})`,
  );
}
