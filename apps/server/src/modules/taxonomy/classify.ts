import type { CategoryKind } from '@wangge/contracts';
import type { Db } from '@wangge/db';
import { rankCategories } from '@wangge/domain';
import { categorySnapshot } from './category-cache.ts';

export interface SuggestedCategory {
  code: string;
  name: string;
  kind: CategoryKind;
  parentCode: string | null;
  score: number;
  matched: string[];
}

/**
 * Active categories (classes excepted) ranked by how many of their words the text contains, best
 * first, from the cached taxonomy snapshot: the suggest endpoint, and intake for every report that
 * comes without a category. Not inside a transaction on PGlite (see category-cache.ts).
 */
export async function suggestCategories(db: Db, text: string, limit = 5): Promise<SuggestedCategory[]> {
  const snapshot = await categorySnapshot(db);
  return rankCategories(text, snapshot.classifiable, limit).map((m) => {
    const c = snapshot.byCode.get(m.code)!;
    return {
      code: c.code,
      name: c.name,
      kind: c.kind,
      parentCode: c.parentCode,
      score: m.score,
      matched: m.matched,
    };
  });
}
