import type { Open311ClientList } from '@wangge/contracts';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { withinPaths } from '../../lib/sql.ts';
import { selectClients } from './client-view.ts';
import { open311Policy } from './open311.policy.ts';

/** The client applications of the districts an administrator holds, revoked ones included. */
export async function listClients(deps: Deps, actor: Actor): Promise<z.infer<typeof Open311ClientList>> {
  const paths = open311Policy.clientAdminPaths(actor.scope);
  if (paths.length === 0) throw new AppError('FORBIDDEN');
  // A district's path is its code: the client's district lies inside a grant when text2ltree(code) does.
  return { items: await selectClients(deps.db, withinPaths(sql`text2ltree(c.district_code)`, paths)) };
}
