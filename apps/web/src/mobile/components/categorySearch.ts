import type { Category } from '../api/types.ts';

/** Categories matching what the resident typed: by name, or by a keyword either way round ("路灯不亮" finds 路灯). */
export function matchCategories(items: Category[], query: string): Category[] {
  const q = query.trim().toLowerCase();
  if (!q) return items;
  return items.filter(
    (c) =>
      c.name.toLowerCase().includes(q) ||
      c.className.toLowerCase().includes(q) ||
      c.keywords.some((k) => {
        const word = k.toLowerCase();
        return word.length > 0 && (word.includes(q) || q.includes(word));
      }),
  );
}

/** Categories by class, classes in the order they first appear. */
export function groupByClass(items: Category[]): Array<{ className: string; items: Category[] }> {
  const groups = new Map<string, Category[]>();
  for (const item of items) {
    const list = groups.get(item.className);
    if (list) list.push(item);
    else groups.set(item.className, [item]);
  }
  return [...groups].map(([className, list]) => ({ className, items: list }));
}
