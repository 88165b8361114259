import type { CategoryKind } from '@wangge/contracts';
import { schema, type Tx } from '@wangge/db';
import { rankCategories } from '@wangge/domain';
import { and, eq, ne } from 'drizzle-orm';

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
  const candidates = await db
    .select({ code: t.code, name: t.name, kind: t.kind, parentCode: t.parentCode, keywords: t.keywords })
    .from(t)
    .where(and(eq(t.active, true), ne(t.kind, 'class')));
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
