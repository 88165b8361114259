import type { PersonView } from '@wangge/contracts';
import { one, rows, type Tx } from '@wangge/db';
import { canSeeTag, type Scope } from '@wangge/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { iso } from '../../lib/iso.ts';
import { withinPaths } from '../../lib/sql.ts';
import { assertRecordId } from './record-id.ts';
import { registryPolicy } from './registry.policy.ts';

/** A person row with dates as text (drivers turn `date` into local-midnight Dates otherwise). */
export interface PersonRow {
  id: string;
  name: string;
  former_name: string | null;
  id_type: string;
  id_number_enc: string;
  id_number_hash: string;
  id_number_mask: string;
  sex: string | null;
  birth_date: string | null;
  ethnicity: string | null;
  native_place: string | null;
  marital_status: string | null;
  political_status: string | null;
  party_member: boolean;
  education: string | null;
  religion: string | null;
  occupation: string | null;
  workplace: string | null;
  phone_enc: string | null;
  phone_hash: string | null;
  phone_mask: string | null;
  hukou_place: string | null;
  hukou_address: string | null;
  current_address: string | null;
  residency_type: 'registered' | 'migrant' | 'overseas';
  hukou_consistent: boolean | null;
  migrant_reason: string | null;
  permit_type: string | null;
  permit_start: string | null;
  permit_end: string | null;
  nationality: string | null;
  foreign_name: string | null;
  grid_id: string;
  room_id: string | null;
  household_id: string | null;
  relation_to_head: string | null;
  district_code: string;
  path: string;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
  deleted_at: Date | string | null;
}

export const PERSON_SELECT = sql`
  p.id, p.name, p.former_name, p.id_type, p.id_number_enc, p.id_number_hash, p.id_number_mask, p.sex,
  p.birth_date::text AS birth_date, p.ethnicity, p.native_place, p.marital_status, p.political_status,
  p.party_member, p.education, p.religion, p.occupation, p.workplace, p.phone_enc, p.phone_hash, p.phone_mask,
  p.hukou_place, p.hukou_address, p.current_address, p.residency_type, p.hukou_consistent, p.migrant_reason,
  p.permit_type, p.permit_start::text AS permit_start, p.permit_end::text AS permit_end, p.nationality,
  p.foreign_name, p.grid_id, p.room_id, p.household_id, p.relation_to_head, p.district_code,
  p.path::text AS path, p.version, p.created_at, p.updated_at, p.deleted_at`;

/** One person inside `paths` (deleted ones too: the caller decides), locked when `forUpdate`. */
export async function loadPerson(
  tx: Tx,
  id: string,
  paths: readonly string[],
  forUpdate = false,
  where?: SQL,
) {
  assertRecordId(id);
  return one<PersonRow>(
    tx,
    sql`SELECT ${PERSON_SELECT} FROM person p
         WHERE p.id = ${id} AND ${withinPaths('p.path', paths)} ${where ? sql`AND ${where}` : sql``}
         ${forUpdate ? sql`FOR UPDATE` : sql``}`,
  );
}

/** The answer for one person: masked numbers, place names, the care groups the caller may see. */
export async function personView(tx: Tx, scope: Scope, p: PersonRow): Promise<z.infer<typeof PersonView>> {
  const place = await one<{
    grid_code: string;
    grid_name: string;
    community_code: string;
    community_name: string;
    building_code: string | null;
    building_name: string | null;
    unit_no: number | null;
    room_no: string | null;
  }>(
    tx,
    sql`SELECT g.code AS grid_code, g.name AS grid_name, c.code AS community_code, c.name AS community_name,
               b.code AS building_code, b.name AS building_name, r.unit_no, r.room_no
          FROM grid g JOIN division c ON c.code = g.community_code
          LEFT JOIN room r ON r.id = ${p.room_id}
          LEFT JOIN building b ON b.id = r.building_id
         WHERE g.id = ${p.grid_id}`,
  );
  const roles = registryPolicy.rolesAt(scope, p.path);
  const tags = await rows<{
    code: string;
    name_zh: string;
    visible_to: string[];
    tagged_on: string;
    note: string | null;
  }>(
    tx,
    sql`SELECT t.code, t.name_zh, t.visible_to, pt.tagged_on::text AS tagged_on, pt.note
          FROM person_tag pt JOIN care_tag t ON t.code = pt.tag_code
         WHERE pt.person_id = ${p.id} ORDER BY t.sort`,
  );
  const live = p.deleted_at === null;
  return {
    id: p.id,
    name: p.name,
    formerName: p.former_name,
    idType: p.id_type,
    idNumberMasked: p.id_number_mask,
    sex: p.sex,
    birthDate: p.birth_date,
    ethnicity: p.ethnicity,
    nativePlace: p.native_place,
    maritalStatus: p.marital_status,
    politicalStatus: p.political_status,
    partyMember: p.party_member,
    education: p.education,
    religion: p.religion,
    occupation: p.occupation,
    workplace: p.workplace,
    phoneMasked: p.phone_mask,
    hukouPlace: p.hukou_place,
    hukouAddress: p.hukou_address,
    currentAddress: p.current_address,
    residencyType: p.residency_type,
    hukouConsistent: p.hukou_consistent,
    migrantReason: p.migrant_reason,
    permitType: p.permit_type,
    permitStart: p.permit_start,
    permitEnd: p.permit_end,
    nationality: p.nationality,
    foreignName: p.foreign_name,
    grid: { code: place!.grid_code, name: place!.grid_name },
    community: { code: place!.community_code, name: place!.community_name },
    address:
      p.room_id && place!.building_code
        ? {
            buildingCode: place!.building_code,
            buildingName: place!.building_name!,
            unitNo: place!.unit_no!,
            roomNo: place!.room_no!,
            roomId: p.room_id,
          }
        : null,
    householdId: p.household_id,
    relationToHead: p.relation_to_head,
    tags: tags
      .filter((t) => canSeeTag(roles, t.visible_to))
      .map((t) => ({ code: t.code, name: t.name_zh, taggedOn: t.tagged_on, note: t.note })),
    version: p.version,
    createdAt: iso(p.created_at),
    updatedAt: iso(p.updated_at),
    deletedAt: iso(p.deleted_at),
    can: {
      edit: live && registryPolicy.canEdit(scope, p.path),
      reveal: live && registryPolicy.canReveal(scope, p.path),
      delete: live && registryPolicy.canEdit(scope, p.path),
      restore: !live && registryPolicy.canRestore(scope, p.path),
      visit: live && registryPolicy.canEdit(scope, p.path),
    },
  };
}
