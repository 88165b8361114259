import type { VisitList } from '@wangge/contracts';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { visibleTagsAt } from './care-person.ts';
import { loadPerson } from './person-view.ts';
import { registryPolicy } from './registry.policy.ts';
import { VISIT_COLUMNS, type VisitRow, visitView } from './visit-view.ts';

/** A person's visits, newest first; seen by whoever may see the person (deleted: those who may restore). */
export async function listVisits(deps: Deps, actor: Actor, id: string): Promise<z.infer<typeof VisitList>> {
  const p = await loadPerson(deps.db, id, registryPolicy.readPaths(actor.scope));
  if (!p || (p.deleted_at && !registryPolicy.canRestore(actor.scope, p.path)))
    throw new AppError('REGISTRY_NOT_FOUND');
  const visible = (await visibleTagsAt(deps.db, actor, p.path)).map((t) => t.code);
  const found = await rows<VisitRow>(
    deps.db,
    sql`SELECT ${VISIT_COLUMNS} FROM visit v WHERE v.person_id = ${id}
         ORDER BY v.visited_on DESC, v.created_at DESC, v.id`,
  );
  return { items: found.map((v) => visitView(v, visible)) };
}
