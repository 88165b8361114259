import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { Actor, Deps } from '../../http/types.ts';
import { withinOrAbovePaths } from '../../lib/sql.ts';
import { orgPolicy } from './org.policy.ts';

/** Departments serving (a jurisdiction overlapping) the caller's territory. */
export async function listDepartments(deps: Deps, actor: Actor) {
  const items = await rows<{ id: string; code: string; name: string; jurisdiction: string }>(
    deps.db,
    sql`SELECT id, code, name, jurisdiction::text AS jurisdiction FROM department
        WHERE ${withinOrAbovePaths('jurisdiction', orgPolicy.readPaths(actor.scope))} ORDER BY code`,
  );
  return { items };
}
