import type { Category } from '@wangge/contracts';
import type { Tx } from '@wangge/db';
import { type CaseLevel, LEVEL_HANDLE_DAYS, type TimeLimit } from '@wangge/domain';
import { loadCategory } from '../taxonomy/index.ts';

/** Limits when a case has no category yet: accept within a working day, verify within one. */
export const DEFAULT_ACCEPT: TimeLimit = { amount: 1, unit: 'working_days' };
export const DEFAULT_VERIFY: TimeLimit = { amount: 1, unit: 'working_days' };

export type CategoryLimits = Category;

/** A category new work may start under: active, and an item rather than a class. */
export const usable = (category: Category | null | undefined): Category | undefined =>
  category?.active && category.kind !== 'class' ? category : undefined;

/** The usable category of a code, read in the caller's transaction; undefined when none. */
export async function loadCategoryLimits(tx: Tx, code: string | null): Promise<Category | undefined> {
  return code ? usable(await loadCategory(tx, code)) : undefined;
}

/** The handling limit at a level: the category's own at its default level, else the level's default. */
export function handleLimit(category: Category | undefined, level: CaseLevel): TimeLimit {
  if (category && category.defaultLevel === level) return category.limits.handle;
  return { amount: LEVEL_HANDLE_DAYS[level], unit: 'working_days' };
}
