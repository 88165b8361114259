import type { CategoryKind } from '@wangge/contracts';
import { type Db, schema, type Tx } from '@wangge/db';
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
  return rank(await loadCandidates(db), text, limit);
}

type Candidate = Awaited<ReturnType<typeof loadCandidates>>[number];

function loadCandidates(db: Tx) {
  return db
    .select({ code: t.code, name: t.name, kind: t.kind, parentCode: t.parentCode, keywords: t.keywords })
    .from(t)
    .where(and(eq(t.active, true), ne(t.kind, 'class')));
}

/**
 * Intake classifies every report without a category, so the candidates are cached per database
 * handle; taxonomy edits call invalidateCategories() after they commit. (Edits made by another
 * process against the same PostgreSQL are seen after a restart, as with the calendar.)
 */
let version = 0;
const cache = new WeakMap<Db, { version: number; value: Promise<Candidate[]> }>();

export function invalidateCategories(): void {
  version++;
}

export function suggestCategoriesCached(db: Db, text: string, limit = 5): Promise<SuggestedCategory[]> {
  let entry = cache.get(db);
  if (!entry || entry.version !== version) {
    entry = { version, value: loadCandidates(db) };
    entry.value.catch(() => cache.delete(db));
    cache.set(db, entry);
  }
  return entry.value.then((candidates) => rank(candidates, text, limit));
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
