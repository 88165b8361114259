import { one, type Tx } from '@wangge/db';
import { type CaseLevel, LEVEL_HANDLE_DAYS, type TimeLimit } from '@wangge/domain';
import { sql } from 'drizzle-orm';

export interface CategoryLimits {
  code: string;
  name: string;
  defaultLevel: CaseLevel;
  leadDepartment: string | null;
  assistDepartments: string[];
  accept: TimeLimit;
  handle: TimeLimit;
  verify: TimeLimit;
  autoEscalate: boolean;
}

/** Limits when a case has no category yet: accept within a working day, verify within one. */
export const DEFAULT_ACCEPT: TimeLimit = { amount: 1, unit: 'working_days' };
export const DEFAULT_VERIFY: TimeLimit = { amount: 1, unit: 'working_days' };

export async function loadCategoryLimits(tx: Tx, code: string | null): Promise<CategoryLimits | undefined> {
  if (!code) return undefined;
  return one<CategoryLimits>(
    tx,
    sql`SELECT code, name, default_level AS "defaultLevel", lead_department AS "leadDepartment",
               assist_departments AS "assistDepartments", auto_escalate AS "autoEscalate",
               json_build_object('amount', accept_amount, 'unit', accept_unit) AS accept,
               json_build_object('amount', handle_amount, 'unit', handle_unit) AS handle,
               json_build_object('amount', verify_amount, 'unit', verify_unit) AS verify
        FROM case_category WHERE code = ${code} AND active`,
  );
}

/** The handling limit at a level: the category's own at its default level, else the level's default. */
export function handleLimit(category: CategoryLimits | undefined, level: CaseLevel): TimeLimit {
  if (category && category.defaultLevel === level) return category.handle;
  return { amount: LEVEL_HANDLE_DAYS[level], unit: 'working_days' };
}
