import type { DualRegistrationList, DualRegistrationQuery } from '@wangge/contracts';
import { rows } from '@wangge/db';
import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { withinPaths } from '../../lib/sql.ts';
import { DUAL_FROM, DUAL_SELECT, type DualRow, dualView } from './dual-view.ts';
import { registryPolicy } from './registry.policy.ts';

/**
 * 双报到 registrations at the communities in the caller's scope (a registration sits at its
 * community's path: grid-level staff, whose scope is below it, see none). Active ones first, newest
 * first; those of deleted people and organisations are left out.
 */
export async function listDualRegistrations(
  deps: Deps,
  actor: Actor,
  q: z.infer<typeof DualRegistrationQuery>,
): Promise<z.infer<typeof DualRegistrationList>> {
  const paths = registryPolicy.readPaths(actor.scope);
  if (paths.length === 0) throw new AppError('FORBIDDEN');
  const where: SQL[] = [withinPaths('dr.path', paths), sql`COALESCE(p.deleted_at, o.deleted_at) IS NULL`];
  if (q.division) where.push(sql`dr.path ~ ${`*.${q.division}.*`}::lquery`);
  if (q.kind === 'member') where.push(sql`dr.person_id IS NOT NULL`);
  if (q.kind === 'unit') where.push(sql`dr.organisation_id IS NOT NULL`);
  if (q.active !== undefined) where.push(q.active ? sql`dr.ended_on IS NULL` : sql`dr.ended_on IS NOT NULL`);
  const found = await rows<DualRow & { total: number }>(
    deps.db,
    sql`SELECT ${DUAL_SELECT}, count(*) OVER ()::int AS total
          FROM ${DUAL_FROM}
         WHERE ${sql.join(where, sql` AND `)}
         ORDER BY dr.ended_on IS NULL DESC, dr.registered_on DESC, dr.created_at DESC, dr.id
         LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  return { total: found[0]?.total ?? 0, items: found.map(dualView) };
}
