import type { Category, CategoryListQuery, CategoryNode } from '@wangge/contracts';
import { schema } from '@wangge/db';
import { and, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { likePattern } from '../../lib/sql.ts';
import { selectCategories } from './category.repo.ts';
import { taxonomyPolicy } from './taxonomy.policy.ts';

const t = schema.caseCategory;

/** Categories, flat (each class before its items) or as a tree, filtered by kind, text, state and class. */
export async function listCategories(deps: Deps, actor: Actor, query: CategoryListQuery) {
  if (!taxonomyPolicy.canRead(actor.scope)) throw new AppError('FORBIDDEN');
  const where: SQL[] = [];
  if (query.kind) where.push(eq(t.kind, query.kind));
  if (query.active) where.push(eq(t.active, query.active === 'true'));
  if (query.parent) where.push(eq(t.parentCode, query.parent));
  if (query.q) {
    const pattern = likePattern(query.q);
    where.push(
      or(
        eq(t.code, query.q),
        ilike(t.name, pattern),
        sql`EXISTS (SELECT 1 FROM unnest(${t.keywords}) AS k WHERE k ILIKE ${pattern})`,
      )!,
    );
  }
  const items = await selectCategories(deps.db, where.length ? and(...where) : undefined);
  if (query.view === 'tree') return { total: items.length, tree: toTree(items) };
  return { total: items.length, items };
}

/** Items under their class; an item whose class is not in the list stands as a root. */
export function toTree(items: Category[]): CategoryNode[] {
  const nodes = new Map<string, CategoryNode>(items.map((c) => [c.code, { ...c, children: [] }]));
  const roots: CategoryNode[] = [];
  for (const c of items) {
    const node = nodes.get(c.code)!;
    const parent = c.parentCode ? nodes.get(c.parentCode) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
