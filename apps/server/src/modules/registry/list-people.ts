import type { PersonList, PersonQuery } from '@wangge/contracts';
import { rows } from '@wangge/db';
import { ID_DOCUMENT_TYPE, normalizePhone } from '@wangge/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { iso } from '../../lib/iso.ts';
import { likePattern, withinPaths } from '../../lib/sql.ts';
import { loadCareTags, visibleTagCodes } from './care-tag-cache.ts';
import { idNumberHash, phoneHash } from './pii.ts';
import { registryPolicy } from './registry.policy.ts';

type Query = z.infer<typeof PersonQuery>;

const ID_LIKE = /^[0-9A-Za-z]{6,30}$/;

/**
 * The WHERE of people lists and exports: scope, filters, and the search box. A search that looks like
 * an ID number or a phone is an exact match on the blind index (the number itself is nowhere to
 * compare with); anything else matches names and addresses.
 */
export function peopleWhere(deps: Deps, q: Omit<Query, 'page' | 'pageSize'>, paths: readonly string[]): SQL {
  const where: SQL[] = [withinPaths('p.path', paths)];
  where.push(q.deleted ? sql`p.deleted_at IS NOT NULL` : sql`p.deleted_at IS NULL`);
  if (q.division) where.push(sql`p.path ~ ${`*.${q.division}.*`}::lquery`);
  if (q.grid) where.push(sql`g.code = ${q.grid}`);
  if (q.building) where.push(sql`b.code = ${q.building}`);
  if (q.residencyType) where.push(sql`p.residency_type = ${q.residencyType}`);
  if (q.partyMember !== undefined) where.push(sql`p.party_member = ${q.partyMember}`);
  if (q.tag)
    where.push(
      sql`EXISTS (SELECT 1 FROM person_tag pt WHERE pt.person_id = p.id AND pt.tag_code = ${q.tag})`,
    );
  const text = q.q?.trim();
  if (text) {
    const phone = normalizePhone(text);
    const compact = text.replace(/\s/g, '').toUpperCase();
    const numeric: SQL[] = [];
    if (phone.ok) numeric.push(sql`p.phone_hash = ${phoneHash(deps.config, phone.phone)}`);
    if (ID_LIKE.test(compact) && /\d{4}/.test(compact)) {
      const hashes = ID_DOCUMENT_TYPE.map((t) => idNumberHash(deps.config, t.code, compact));
      numeric.push(
        sql`p.id_number_hash IN (${sql.join(
          hashes.map((h) => sql`${h}`),
          sql`, `,
        )})`,
      );
    }
    if (numeric.length > 0) where.push(sql`(${sql.join(numeric, sql` OR `)})`);
    else {
      const like = likePattern(text);
      where.push(
        sql`(p.name LIKE ${like} OR p.former_name LIKE ${like} OR p.current_address LIKE ${like} OR b.name LIKE ${like})`,
      );
    }
  }
  return sql.join(where, sql` AND `);
}

export const PEOPLE_FROM = sql`person p JOIN grid g ON g.id = p.grid_id
  LEFT JOIN room r ON r.id = p.room_id LEFT JOIN building b ON b.id = r.building_id`;

export async function listPeople(deps: Deps, actor: Actor, q: Query): Promise<z.infer<typeof PersonList>> {
  const paths = q.deleted ? registryPolicy.restorePaths(actor.scope) : registryPolicy.readPaths(actor.scope);
  if (paths.length === 0) throw new AppError('FORBIDDEN');
  const tags = await loadCareTags(deps.db);
  if (
    q.tag &&
    !visibleTagCodes(
      tags,
      actor.scope.grants.map((g) => g.role),
    ).includes(q.tag)
  )
    throw new AppError('REGISTRY_TAG_UNKNOWN', undefined, { code: q.tag });

  const found = await rows<{
    id: string;
    name: string;
    sex: string | null;
    birth_date: string | null;
    id_number_mask: string;
    phone_mask: string | null;
    residency_type: string;
    party_member: boolean;
    grid_code: string;
    grid_name: string;
    building_name: string | null;
    unit_no: number | null;
    room_no: string | null;
    path: string;
    tag_codes: string[];
    deleted_at: Date | null;
    total: number;
  }>(
    deps.db,
    sql`SELECT p.id, p.name, p.sex, p.birth_date::text AS birth_date, p.id_number_mask, p.phone_mask,
               p.residency_type, p.party_member, g.code AS grid_code, g.name AS grid_name,
               b.name AS building_name, r.unit_no, r.room_no, p.path::text AS path, p.deleted_at,
               ARRAY(SELECT pt.tag_code FROM person_tag pt WHERE pt.person_id = p.id) AS tag_codes,
               count(*) OVER ()::int AS total
          FROM ${PEOPLE_FROM}
         WHERE ${peopleWhere(deps, q, paths)}
         ORDER BY g.code, b.code NULLS LAST, r.unit_no NULLS LAST, r.room_no NULLS LAST, p.name, p.id
         LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  return {
    total: found[0]?.total ?? 0,
    items: found.map((p) => {
      const visible = visibleTagCodes(tags, registryPolicy.rolesAt(actor.scope, p.path));
      return {
        id: p.id,
        name: p.name,
        sex: p.sex,
        birthDate: p.birth_date,
        idNumberMasked: p.id_number_mask,
        phoneMasked: p.phone_mask,
        residencyType: p.residency_type,
        partyMember: p.party_member,
        grid: { code: p.grid_code, name: p.grid_name },
        address: p.building_name ? `${p.building_name}${p.unit_no}单元${p.room_no}室` : null,
        tags: p.tag_codes.filter((c) => visible.includes(c)),
        deletedAt: iso(p.deleted_at),
      };
    }),
  };
}
