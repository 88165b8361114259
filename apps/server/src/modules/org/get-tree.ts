import type { DivisionNode } from '@wangge/contracts';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { Actor, Deps } from '../../http/types.ts';
import { withinOrAbovePaths, withinPaths } from '../../lib/sql.ts';
import { orgPolicy } from './org.policy.ts';

/**
 * The division tree as far as the caller may see it: every division in scope, plus the ancestors
 * that frame it; grid counts count only grids in scope.
 */
export async function getTree(deps: Deps, actor: Actor): Promise<{ roots: DivisionNode[] }> {
  const paths = orgPolicy.readPaths(actor.scope);
  if (paths.length === 0) return { roots: [] };
  const found = await rows<{
    code: string;
    name: string;
    level: DivisionNode['level'];
    parent_code: string | null;
    grids: number;
  }>(
    deps.db,
    sql`SELECT d.code, d.name, d.level, d.parent_code,
               (SELECT count(*)::int FROM grid g WHERE g.path <@ d.path AND ${withinPaths('g.path', paths)}) AS grids
        FROM division d
        WHERE ${withinOrAbovePaths('d.path', paths)}
        ORDER BY d.path`,
  );
  const nodes = new Map<string, DivisionNode>();
  const roots: DivisionNode[] = [];
  for (const d of found) {
    const node: DivisionNode = {
      code: d.code,
      name: d.name,
      level: d.level,
      gridCount: d.grids,
      children: [],
    };
    nodes.set(d.code, node);
    const parent = d.parent_code ? nodes.get(d.parent_code) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return { roots };
}
