import type { OrganisationList, OrganisationQuery } from '@wangge/contracts';
import { rows } from '@wangge/db';
import { codeOf } from '@wangge/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { likePattern, withinPaths } from '../../lib/sql.ts';
import {
  ORGANISATION_FROM,
  ORGANISATION_SELECT,
  type OrganisationRow,
  organisationItem,
} from './organisation-view.ts';
import { registryPolicy } from './registry.policy.ts';

type Query = z.infer<typeof OrganisationQuery>;

/** The WHERE of organisation lists and exports: live ones in `paths`, the filters and the search box. */
export function organisationsWhere(q: Omit<Query, 'page' | 'pageSize'>, paths: readonly string[]): SQL {
  const where: SQL[] = [withinPaths('o.path', paths), sql`o.deleted_at IS NULL`];
  if (q.division) where.push(sql`o.path ~ ${`*.${q.division}.*`}::lquery`);
  if (q.grid) where.push(sql`g.code = ${q.grid}`);
  if (q.kind) where.push(sql`o.kind = ${codeOf('orgKind', q.kind) ?? q.kind}`);
  if (q.hasPartyOrg !== undefined) where.push(sql`o.has_party_org = ${q.hasPartyOrg}`);
  const text = q.q?.trim();
  if (text) {
    const like = likePattern(text);
    where.push(
      sql`(o.name LIKE ${like} OR o.address LIKE ${like} OR o.uscc LIKE ${likePattern(text.toUpperCase())})`,
    );
  }
  return sql.join(where, sql` AND `);
}

/** Live organisations in scope, by grid and name; the search box matches name, address and credit code. */
export async function listOrganisations(
  deps: Deps,
  actor: Actor,
  q: Query,
): Promise<z.infer<typeof OrganisationList>> {
  const paths = registryPolicy.readPaths(actor.scope);
  if (paths.length === 0) throw new AppError('FORBIDDEN');
  const found = await rows<OrganisationRow & { total: number }>(
    deps.db,
    sql`SELECT ${ORGANISATION_SELECT}, count(*) OVER ()::int AS total
          FROM ${ORGANISATION_FROM}
         WHERE ${organisationsWhere(q, paths)}
         ORDER BY g.code, o.name, o.id
         LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  return { total: found[0]?.total ?? 0, items: found.map(organisationItem) };
}
