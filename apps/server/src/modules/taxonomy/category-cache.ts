import type { Category } from '@wangge/contracts';
import type { Db } from '@wangge/db';
import { type PreparedCategory, prepareCategories } from '@wangge/domain';
import { selectCategories } from './category.repo.ts';

export interface CategorySnapshot {
  byCode: ReadonlyMap<string, Category>;
  /** Active, non-class categories with their terms normalised once, for the keyword classifier. */
  classifiable: readonly PreparedCategory[];
}

/**
 * Every report reads the taxonomy (to classify it and to take its limits), and the taxonomy changes a
 * few times a year, so a snapshot is cached per database handle; edits call invalidateCategories()
 * after they commit. (An edit made by another process against the same PostgreSQL is seen after a
 * restart, as with the calendar.) Never call this inside a transaction on PGlite: it may query the
 * database handle, whose one connection the transaction holds.
 */
let version = 0;
const cache = new WeakMap<Db, { version: number; value: Promise<CategorySnapshot> }>();

export function invalidateCategories(): void {
  version++;
}

export function categorySnapshot(db: Db): Promise<CategorySnapshot> {
  const cached = cache.get(db);
  if (cached && cached.version === version) return cached.value;
  const value = selectCategories(db).then((all) => ({
    byCode: new Map(all.map((c) => [c.code, c])),
    classifiable: prepareCategories(all.filter((c) => c.active && c.kind !== 'class')),
  }));
  value.catch(() => cache.delete(db));
  cache.set(db, { version, value });
  return value;
}
