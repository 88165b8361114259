import type { OrganisationList, OrganisationView } from '@wangge/contracts';
import { one, type Tx } from '@wangge/db';
import type { Scope } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { iso } from '../../lib/iso.ts';
import { withinPaths } from '../../lib/sql.ts';
import { registryPolicy } from './registry.policy.ts';

/** An organisation row with its place's names (and the ciphertexts, which never leave the server). */
export interface OrganisationRow {
  id: string;
  kind: string;
  name: string;
  uscc: string | null;
  legal_rep_name: string | null;
  legal_rep_id_enc: string | null;
  legal_rep_id_mask: string | null;
  contact_name: string | null;
  contact_phone_enc: string | null;
  contact_phone_mask: string | null;
  address: string | null;
  building_id: string | null;
  building_code: string | null;
  building_name: string | null;
  employees: number | null;
  has_party_org: boolean;
  party_members: number | null;
  grid_id: string;
  grid_code: string;
  grid_name: string;
  community_code: string;
  community_name: string;
  dual_registered: boolean;
  district_code: string;
  path: string;
  version: number;
  updated_at: Date | string;
  deleted_at: Date | string | null;
}

export const ORGANISATION_SELECT = sql`
  o.id, o.kind, o.name, o.uscc, o.legal_rep_name, o.legal_rep_id_enc, o.legal_rep_id_mask, o.contact_name,
  o.contact_phone_enc, o.contact_phone_mask, o.address, o.building_id, b.code AS building_code,
  b.name AS building_name, o.employees, o.has_party_org, o.party_members, o.grid_id, g.code AS grid_code,
  g.name AS grid_name, c.code AS community_code, c.name AS community_name,
  EXISTS (SELECT 1 FROM dual_registration d WHERE d.organisation_id = o.id AND d.ended_on IS NULL) AS dual_registered,
  o.district_code, o.path::text AS path, o.version, o.updated_at, o.deleted_at`;

export const ORGANISATION_FROM = sql`organisation o JOIN grid g ON g.id = o.grid_id
  JOIN division c ON c.code = g.community_code LEFT JOIN building b ON b.id = o.building_id`;

/** One organisation inside `paths` (deleted ones too: the caller decides), locked when `forUpdate`. */
export function loadOrganisation(tx: Tx, id: string, paths: readonly string[], forUpdate = false) {
  return one<OrganisationRow>(
    tx,
    sql`SELECT ${ORGANISATION_SELECT} FROM ${ORGANISATION_FROM}
         WHERE o.id = ${id} AND ${withinPaths('o.path', paths)} ${forUpdate ? sql`FOR UPDATE OF o` : sql``}`,
  );
}

/** The list's shape of an organisation: numbers masked. */
export function organisationItem(o: OrganisationRow): z.infer<typeof OrganisationList>['items'][number] {
  return {
    id: o.id,
    name: o.name,
    kind: o.kind,
    uscc: o.uscc,
    legalRepName: o.legal_rep_name,
    legalRepIdMasked: o.legal_rep_id_mask,
    contactName: o.contact_name,
    contactPhoneMasked: o.contact_phone_mask,
    address: o.address,
    building: o.building_code ? { code: o.building_code, name: o.building_name! } : null,
    grid: { code: o.grid_code, name: o.grid_name },
    community: { code: o.community_code, name: o.community_name },
    employees: o.employees,
    hasPartyOrg: o.has_party_org,
    partyMembers: o.party_members,
    dualRegistered: o.dual_registered,
    version: o.version,
    updatedAt: iso(o.updated_at),
    deletedAt: iso(o.deleted_at),
  };
}

/** The answer for one organisation, with what the caller may do with it. */
export function organisationView(scope: Scope, o: OrganisationRow): z.infer<typeof OrganisationView> {
  const live = o.deleted_at === null;
  const edit = live && registryPolicy.canEdit(scope, o.path);
  return {
    ...organisationItem(o),
    can: { edit, reveal: live && registryPolicy.canReveal(scope, o.path), delete: edit },
  };
}
