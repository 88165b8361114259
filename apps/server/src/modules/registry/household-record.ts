import type { HouseholdView } from '@wangge/contracts';
import { one, type Tx } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { withinPaths } from '../../lib/sql.ts';
import { householdMembers, householdView } from './room-view.ts';

export interface HouseholdRow {
  id: string;
  room_id: string;
  household_no: string | null;
  head_person_id: string | null;
  district_code: string;
  path: string;
  version: number;
}

/** One live household inside `paths`, locked when `forUpdate`. */
export function loadHousehold(tx: Tx, id: string, paths: readonly string[], forUpdate = false) {
  return one<HouseholdRow>(
    tx,
    sql`SELECT id, room_id, household_no, head_person_id, district_code, path::text AS path, version
          FROM household
         WHERE id = ${id} AND deleted_at IS NULL AND ${withinPaths('path', paths)}
         ${forUpdate ? sql`FOR UPDATE` : sql``}`,
  );
}

/** The answer for one household, with its live members. */
export async function householdAnswer(tx: Tx, h: HouseholdRow): Promise<z.infer<typeof HouseholdView>> {
  return householdView(h, await householdMembers(tx, [h.id]));
}

/** A household number as entered: trimmed, blank as none. */
export const householdNo = (v: string | null | undefined) => v?.trim() || null;
