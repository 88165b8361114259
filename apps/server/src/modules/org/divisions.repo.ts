import type { DivisionRef } from '@wangge/contracts';
import { one, rows, type Tx } from '@wangge/db';
import { sql } from 'drizzle-orm';

export interface DivisionRow extends DivisionRef {
  path: string;
  districtCode: string;
  parentCode: string | null;
}

const columns = sql`code, name, level, path::text AS path, district_code AS "districtCode", parent_code AS "parentCode"`;

export function findDivision(db: Tx, code: string): Promise<DivisionRow | undefined> {
  return one<DivisionRow>(db, sql`SELECT ${columns} FROM division WHERE code = ${code}`);
}

/** The divisions named by the labels of a path (its ancestors and itself), top first. */
export function divisionsOnPath(db: Tx, path: string): Promise<DivisionRow[]> {
  return rows<DivisionRow>(
    db,
    sql`SELECT ${columns} FROM division WHERE code = ANY(string_to_array(${path}, '.')) ORDER BY nlevel(path)`,
  );
}

export const ref = (d: DivisionRow): DivisionRef => ({ code: d.code, name: d.name, level: d.level });
