import { type SQL, sql } from 'drizzle-orm';

const LTREE_PATH = /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/;

/**
 * An ltree[] literal. Paths come from role rows and are checked against the ltree label shape
 * before being inlined (drizzle would expand a JS array parameter into a list).
 */
function ltreeArray(paths: readonly string[]): SQL {
  for (const p of paths) if (!LTREE_PATH.test(p)) throw new Error(`invalid ltree path: ${p}`);
  return sql.raw(`ARRAY[${paths.map((p) => `'${p}'`).join(',')}]::ltree[]`);
}

const column = (c: SQL | string) => (typeof c === 'string' ? sql.raw(c) : c);

/** The row's path lies inside one of `paths` (a scope). No paths means no rows. */
export function withinPaths(col: SQL | string, paths: readonly string[]): SQL {
  if (paths.length === 0) return sql`false`;
  return sql`${column(col)} <@ ${ltreeArray(paths)}`;
}

/** The row's path lies inside one of `paths`, or is an ancestor of one (it frames what is in scope). */
export function withinOrAbovePaths(col: SQL | string, paths: readonly string[]): SQL {
  if (paths.length === 0) return sql`false`;
  return sql`(${column(col)} <@ ${ltreeArray(paths)} OR ${column(col)} @> ${ltreeArray(paths)})`;
}

/** Escapes LIKE wildcards in user text. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
