import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { withinOrAbovePaths } from '../../lib/sql.ts';
import { findDivision } from './divisions.repo.ts';
import { orgPolicy } from './org.policy.ts';

/**
 * The party organisation tree under a division (flat, with parent ids), as far as the caller sees
 * the territory; household hubs carry the number of households they link.
 */
export async function listPartyOrgs(deps: Deps, actor: Actor, divisionCode: string) {
  const paths = orgPolicy.readPaths(actor.scope);
  const division = await findDivision(deps.db, divisionCode);
  if (!division || !orgPolicy.canSeeNode(paths, division.path)) throw new AppError('ORG_DIVISION_NOT_FOUND');
  const items = await rows<{
    id: string;
    kind: 'subdistrict_committee' | 'community_committee' | 'grid_branch' | 'party_group' | 'household_hub';
    name: string;
    territoryPath: string;
    households: number;
    parentId: string | null;
  }>(
    deps.db,
    sql`SELECT p.id, p.kind, p.name, p.territory_path::text AS "territoryPath", p.parent_id AS "parentId",
               (SELECT count(*)::int FROM party_hub_household h WHERE h.hub_id = p.id) AS households
        FROM party_org p
        WHERE (p.territory_path <@ ${division.path}::ltree OR p.territory_path @> ${division.path}::ltree)
          AND ${withinOrAbovePaths('p.territory_path', paths)}
        ORDER BY nlevel(p.territory_path), array_position(
          ARRAY['subdistrict_committee','community_committee','grid_branch','party_group','household_hub'], p.kind), p.name`,
  );
  return { items };
}
