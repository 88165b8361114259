import type { OrganisationFields } from '@wangge/contracts';
import { one, type Tx } from '@wangge/db';
import {
  diffFields,
  type FieldChange,
  maskAnyPhone,
  maskIdNumber,
  type Organisation,
  type PersonErrorCode,
  RESIDENT_ID_CARD,
} from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Config } from '../../config.ts';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../../http/types.ts';
import { withinPaths } from '../../lib/sql.ts';
import { invalid } from './field-errors.ts';
import type { OrganisationRow } from './organisation-view.ts';
import { openIdNumber, openPhone, sealIdNumber, sealPhone } from './pii.ts';
import { resolvePlace } from './place.ts';
import { registryPolicy } from './registry.policy.ts';

/** Where an organisation sits: a building (which gives the grid) or only a grid. */
export interface OrganisationPlace {
  gridId: string;
  gridCode: string;
  buildingId: string | null;
  buildingCode: string | null;
  path: string;
  districtCode: string;
}

export async function organisationPlace(
  tx: Tx,
  paths: readonly string[],
  input: Pick<z.infer<typeof OrganisationFields>, 'buildingCode' | 'gridCode'>,
  now: Date,
): Promise<OrganisationPlace> {
  if (input.buildingCode) {
    const b = await one<{
      id: string;
      grid_id: string;
      grid_code: string;
      path: string;
      district_code: string;
    }>(
      tx,
      sql`SELECT b.id, b.grid_id, g.code AS grid_code, b.path::text AS path, b.district_code
            FROM building b JOIN grid g ON g.id = b.grid_id
           WHERE b.code = ${input.buildingCode} AND ${withinPaths('b.path', paths)}`,
    );
    if (!b) throw new AppError('REGISTRY_BUILDING_UNKNOWN', undefined, { code: input.buildingCode });
    // A grid given beside the building must be the building's: the building decides.
    if (input.gridCode && input.gridCode !== b.grid_code)
      throw invalid([{ field: 'gridCode', code: 'NOT_APPLICABLE' as PersonErrorCode }]);
    return {
      gridId: b.grid_id,
      gridCode: b.grid_code,
      buildingId: b.id,
      buildingCode: input.buildingCode,
      path: b.path,
      districtCode: b.district_code,
    };
  }
  const place = await resolvePlace(tx, paths, { gridCode: input.gridCode }, now);
  return {
    gridId: place.gridId,
    gridCode: input.gridCode!,
    buildingId: null,
    buildingCode: null,
    path: place.path,
    districtCode: place.districtCode,
  };
}

/** The stored numbers opened in memory, so that an edit can tell whether they changed. */
export function storedNumbers(config: Config, o: OrganisationRow) {
  return {
    legalRepIdNumber: o.legal_rep_id_enc ? openIdNumber(config, o.legal_rep_id_enc) : null,
    contactPhone: o.contact_phone_enc ? openPhone(config, o.contact_phone_enc) : null,
  };
}

/**
 * An edit that leaves a number out (`undefined`) keeps the stored one, so that a form need not reveal
 * it to send it back; `null` or '' removes it. The stored number is only opened in memory (this is not
 * a reveal): it passed the same rules when it was written, and no other field's rule depends on it.
 */
export function keepLeftOutNumbers(
  org: Organisation,
  input: { legalRepIdNumber?: string | null; contactPhone?: string | null },
  stored: ReturnType<typeof storedNumbers>,
): Organisation {
  return {
    ...org,
    legalRepIdNumber: input.legalRepIdNumber === undefined ? stored.legalRepIdNumber : org.legalRepIdNumber,
    contactPhone: input.contactPhone === undefined ? stored.contactPhone : org.contactPhone,
  };
}

/** The numbers sealed before the transaction (encrypting is CPU work, kept out of the locks). */
export function sealNumbers(config: Config, org: Organisation) {
  return {
    legalRepId: org.legalRepIdNumber ? sealIdNumber(config, RESIDENT_ID_CARD, org.legalRepIdNumber) : null,
    contactPhone: org.contactPhone ? sealPhone(config, org.contactPhone) : null,
  };
}

/**
 * The organisation's columns as the form and the import write them; the numbers' columns: an
 * unchanged number keeps its stored ciphertext (a new one differs every time).
 */
export function organisationColumns(
  org: Organisation,
  place: Pick<OrganisationPlace, 'gridId' | 'buildingId' | 'districtCode'>,
  sealed: ReturnType<typeof sealNumbers>,
  before: { row: OrganisationRow; numbers: ReturnType<typeof storedNumbers> } | null,
) {
  const sameId = before !== null && before.numbers.legalRepIdNumber === org.legalRepIdNumber;
  const samePhone = before !== null && before.numbers.contactPhone === org.contactPhone;
  return {
    kind: org.kind,
    name: org.name,
    uscc: org.uscc,
    legal_rep_name: org.legalRepName,
    contact_name: org.contactName,
    address: org.address,
    building_id: place.buildingId,
    employees: org.employees,
    has_party_org: org.hasPartyOrg,
    party_members: org.partyMembers,
    grid_id: place.gridId,
    district_code: place.districtCode,
    legal_rep_id_enc: sameId ? before.row.legal_rep_id_enc : (sealed.legalRepId?.enc ?? null),
    legal_rep_id_mask: sameId ? before.row.legal_rep_id_mask : (sealed.legalRepId?.mask ?? null),
    contact_phone_enc: samePhone ? before.row.contact_phone_enc : (sealed.contactPhone?.enc ?? null),
    contact_phone_mask: samePhone ? before.row.contact_phone_mask : (sealed.contactPhone?.mask ?? null),
  };
}

type Snapshot = Record<string, unknown>;

export const organisationSnapshot = (
  org: Organisation,
  place: { gridCode: string; buildingCode: string | null },
) => ({
  ...org,
  buildingCode: place.buildingCode,
  gridCode: place.gridCode,
});

export const rowSnapshot = (o: OrganisationRow, numbers: ReturnType<typeof storedNumbers>): Snapshot => ({
  name: o.name,
  kind: o.kind,
  uscc: o.uscc,
  legalRepName: o.legal_rep_name,
  legalRepIdNumber: numbers.legalRepIdNumber,
  contactName: o.contact_name,
  contactPhone: numbers.contactPhone,
  address: o.address,
  employees: o.employees,
  hasPartyOrg: o.has_party_org,
  partyMembers: o.party_members,
  buildingCode: o.building_code,
  gridCode: o.grid_code,
});

/** What changed, for the history: the legal representative's ID number and the phone as masks only. */
export const organisationChanges = (before: Snapshot | null, after: Snapshot): FieldChange[] =>
  diffFields(before, after, { masks: { legalRepIdNumber: maskIdNumber, contactPhone: maskAnyPhone } });

/** A live organisation with this credit code other than `self`: where, if the caller may see it. */
export async function checkNewUscc(tx: Tx, actor: Actor, uscc: string, self: string | null) {
  const found = await one<{ id: string; visible: boolean }>(
    tx,
    sql`SELECT id, ${withinPaths('path', registryPolicy.readPaths(actor.scope))} AS visible FROM organisation
         WHERE uscc = ${uscc} AND deleted_at IS NULL ${self ? sql`AND id <> ${self}` : sql``}`,
  );
  if (found)
    throw new AppError('REGISTRY_ORG_EXISTS', found.visible ? { organisationId: found.id } : undefined, {
      uscc,
    });
}
