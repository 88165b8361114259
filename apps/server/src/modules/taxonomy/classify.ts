import type { CategoryKind } from '@wangge/contracts';
import { type Db, schema, type Tx } from '@wangge/db';
import { rankCategories } from '@wangge/domain';
import { and, eq, ne } from 'drizzle-orm';
import { categorySnapshot } from './category-cache.ts';

const t = schema.caseCategory;

export interface SuggestedCategory {
  code: string;
  name: string;
  kind: CategoryKind;
  parentCode: string | null;
  score: number;
  matched: string[];
}

/**
 * Active categories (classes excepted) ranked by how many of their words the text contains,
 * best first; the case intake uses it when a report comes without a category.
 */
export async function suggestCategories(db: Tx, text: string, limit = 5): Promise<SuggestedCategory[]> {
  return rank(await loadCandidates(db), text, limit);
}

type Candidate = Awaited<ReturnType<typeof loadCandidates>>[number];

function loadCandidates(db: Tx) {
  return db
    .select({ code: t.code, name: t.name, kind: t.kind, parentCode: t.parentCode, keywords: t.keywords })
    .from(t)
    .where(and(eq(t.active, true), ne(t.kind, 'class')));
}

/** As suggestCategories, from the cached snapshot (intake calls it for every report without a category). */
export async function suggestCategoriesCached(db: Db, text: string, limit = 5): Promise<SuggestedCategory[]> {
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

function rank(candidates: Candidate[], text: string, limit: number): SuggestedCategory[] {
  const byCode = new Map(candidates.map((c) => [c.code, c]));
  return rankCategories(text, candidates, limit).map((m) => {
    const c = byCode.get(m.code)!;
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
