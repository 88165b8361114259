import type { Category } from '@wangge/contracts';
import type { Tx } from '@wangge/db';
import { findCategory } from './category.repo.ts';

/**
 * A category with its routing defaults and stage limits (`limits.accept|handle|verify` as
 * `{ amount, unit }`), for the case module; null when the code is unknown. Inactive categories are
 * returned too (with `active: false`): old cases keep theirs, new ones should not pick them.
 */
export function loadCategory(db: Tx, code: string): Promise<Category | null> {
  return findCategory(db, code);
}
