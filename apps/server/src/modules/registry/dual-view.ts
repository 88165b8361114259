import type { DualRegistrationView } from '@wangge/contracts';
import { one, type Tx } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';

export interface DualRow {
  id: string;
  person_id: string | null;
  organisation_id: string | null;
  name: string;
  community_code: string;
  community_name: string;
  registered_on: string;
  services: string | null;
  ended_on: string | null;
  path: string;
  district_code: string;
}

export const DUAL_SELECT = sql`dr.id, dr.person_id, dr.organisation_id, COALESCE(p.name, o.name) AS name,
  dr.community_code, c.name AS community_name, dr.registered_on::text AS registered_on, dr.services,
  dr.ended_on::text AS ended_on, dr.path::text AS path, dr.district_code`;

export const DUAL_FROM = sql`dual_registration dr JOIN division c ON c.code = dr.community_code
  LEFT JOIN person p ON p.id = dr.person_id LEFT JOIN organisation o ON o.id = dr.organisation_id`;

/** One registration (any state), locked when `forUpdate`; the caller checks scope on its path. */
export const loadDual = (tx: Tx, id: string, forUpdate = false) =>
  one<DualRow>(
    tx,
    sql`SELECT ${DUAL_SELECT} FROM ${DUAL_FROM} WHERE dr.id = ${id} ${forUpdate ? sql`FOR UPDATE OF dr` : sql``}`,
  );

export function dualView(r: DualRow): z.infer<typeof DualRegistrationView> {
  return {
    id: r.id,
    kind: r.person_id ? 'member' : 'unit',
    personId: r.person_id,
    organisationId: r.organisation_id,
    name: r.name,
    community: { code: r.community_code, name: r.community_name },
    registeredOn: r.registered_on,
    services: r.services,
    endedOn: r.ended_on,
  };
}
