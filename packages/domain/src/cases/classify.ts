/**
 * Suggesting a category for a case from its text (the intake uses it when no category is given):
 * each active category is scored by the words of its name and keywords that occur in the text.
 * A longer word says more, so a hit weighs its length squared: '路灯不亮' (16) outweighs '路灯' (4)
 * and several short generic words together.
 */

export interface ClassifiableCategory {
  code: string;
  name: string;
  keywords: readonly string[];
}

export interface CategoryMatch {
  code: string;
  score: number;
  /** The words found, longest first. */
  matched: string[];
}

/** Full-width forms folded (NFKC), Latin lower-cased, whitespace removed. */
export function normalizeForMatching(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

const termsOf = (c: ClassifiableCategory): string[] => {
  const name = normalizeForMatching(c.name);
  const terms = [name, name.replace(/异常$/, ''), ...c.keywords.map(normalizeForMatching)];
  return [...new Set(terms.filter((t) => t.length > 0))];
};

/** A category with its terms normalised once, for scoring many texts (intake keeps these cached). */
export interface PreparedCategory {
  code: string;
  terms: readonly string[];
}

export function prepareCategories(categories: readonly ClassifiableCategory[]): PreparedCategory[] {
  return categories.map((c) => ({ code: c.code, terms: termsOf(c) }));
}

/** The score of one category against an already normalised text. */
export function scoreCategory(
  normalizedText: string,
  category: ClassifiableCategory | PreparedCategory,
): CategoryMatch {
  const terms = 'terms' in category ? category.terms : termsOf(category);
  const matched = terms
    .filter((t) => normalizedText.includes(t))
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  const score = matched.reduce((sum, t) => sum + t.length * t.length, 0);
  return { code: category.code, score, matched };
}

/**
 * The best `limit` categories for `text`, best first; categories with no hit are left out. Ties go
 * to the category with the longer best word, then to the lower code.
 */
export function rankCategories(
  text: string,
  categories: readonly (ClassifiableCategory | PreparedCategory)[],
  limit = 5,
): CategoryMatch[] {
  const normalized = normalizeForMatching(text);
  if (normalized.length === 0 || limit <= 0) return [];
  return categories
    .map((c) => scoreCategory(normalized, c))
    .filter((m) => m.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        (b.matched[0]?.length ?? 0) - (a.matched[0]?.length ?? 0) ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    )
    .slice(0, limit);
}
