import { rows, type Tx } from '@wangge/db';
import { isWithin, type Organisation, type OrganisationColumn } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { Config } from '../../../config.ts';
import type { Actor } from '../../../http/types.ts';
import { type AuditEntry, recordAudit } from '../../audit/index.ts';
import {
  organisationChanges,
  organisationColumns,
  organisationSnapshot,
  rowSnapshot,
  sealNumbers,
  storedNumbers,
} from '../organisation-record.ts';
import { ORGANISATION_FROM, ORGANISATION_SELECT, type OrganisationRow } from '../organisation-view.ts';
import type { PreparedOrganisation } from './prepare-organisation-row.ts';
import type { ChunkOutcome } from './sheet-import.ts';

/** The record a row names: its credit code, or its name within its grid when it has none. */
export const organisationKey = (p: PreparedOrganisation) =>
  p.organisation.uscc ? `uscc|${p.organisation.uscc}` : `name|${p.place.gridId}|${p.organisation.name}`;

const FIELDS: ReadonlyArray<keyof Organisation> = [
  'name',
  'kind',
  'uscc',
  'legalRepName',
  'legalRepIdNumber',
  'contactName',
  'contactPhone',
  'address',
  'employees',
  'hasPartyOrg',
  'partyMembers',
];

/**
 * Writes one chunk of organisation rows in the caller's transaction. A registered organisation is
 * found by its credit code (anywhere: one outside the territory is refused) or by its name in the
 * row's grid among those without a code (a code in the file then completes it); it is updated in the
 * columns the file has, only if something changed. A row naming only a grid keeps the building of an
 * organisation already in that grid. Every write has an audit row of its changes, numbers as masks.
 */
export async function writeOrganisationsChunk(
  tx: Tx,
  actor: Actor,
  now: Date,
  chunk: readonly PreparedOrganisation[],
  ctx: {
    config: Config;
    scopePaths: readonly string[];
    present: ReadonlyMap<OrganisationColumn['key'], number>;
  },
): Promise<ChunkOutcome> {
  const out: ChunkOutcome = { inserted: 0, updated: 0, unchanged: 0, problems: [] };
  const codes = chunk.flatMap((p) => (p.organisation.uscc ? [p.organisation.uscc] : []));
  const names = chunk.map((p) => ({ grid_id: p.place.gridId, name: p.organisation.name }));
  const found = await rows<OrganisationRow>(
    tx,
    sql`SELECT ${ORGANISATION_SELECT} FROM ${ORGANISATION_FROM}
         WHERE o.deleted_at IS NULL
           AND (o.uscc IN (SELECT jsonb_array_elements_text(${JSON.stringify(codes)}::jsonb))
                OR (o.uscc IS NULL AND (o.grid_id, o.name) IN (
                      SELECT x.grid_id, x.name FROM jsonb_to_recordset(${JSON.stringify(names)}::jsonb)
                        AS x(grid_id uuid, name text))))
         ORDER BY o.created_at
         FOR UPDATE OF o`,
  );
  const byCode = new Map(found.filter((o) => o.uscc).map((o) => [o.uscc!, o]));
  const byName = new Map<string, OrganisationRow>();
  for (const o of found)
    if (!o.uscc && !byName.has(`${o.grid_id}|${o.name}`)) byName.set(`${o.grid_id}|${o.name}`, o);
  const present = FIELDS.filter((f) => ctx.present.has(f));
  const audits: AuditEntry[] = [];

  for (const p of chunk) {
    const named = byName.get(`${p.place.gridId}|${p.organisation.name}`);
    const before = (p.organisation.uscc && byCode.get(p.organisation.uscc)) || named;
    if (before && !ctx.scopePaths.some((s) => isWithin(before.path, s))) {
      out.problems.push({
        row: p.row,
        column: '统一社会信用代码',
        value: p.organisation.uscc ?? '',
        code: 'ORG_ELSEWHERE',
      });
      continue;
    }
    // A row naming only its grid keeps the building of an organisation already in that grid.
    const place =
      before && !p.place.buildingId && before.grid_id === p.place.gridId && before.building_id
        ? { ...p.place, buildingId: before.building_id, buildingCode: before.building_code }
        : p.place;
    const numbers = before ? storedNumbers(ctx.config, before) : null;
    const old = before ? rowSnapshot(before, numbers!) : null;
    const org: Organisation = { ...p.organisation };
    if (old) for (const f of FIELDS) if (!present.includes(f)) Object.assign(org, { [f]: old[f] });
    const changes = organisationChanges(
      old,
      organisationSnapshot(org, { gridCode: place.gridCode, buildingCode: place.buildingCode }),
    );
    if (before && changes.length === 0) {
      out.unchanged++;
      continue;
    }
    // Sealed only now that the row is written; an unchanged number keeps its ciphertext.
    const values = organisationColumns(
      org,
      place,
      sealNumbers(ctx.config, org),
      before ? { row: before, numbers: numbers! } : null,
    );
    const id = before?.id ?? crypto.randomUUID();
    if (before) {
      await tx.execute(
        sql`UPDATE organisation SET ${sql.join(
          Object.entries(values).map(([k, v]) => sql`${sql.identifier(k)} = ${v}`),
          sql`, `,
        )}, path = ${place.path}::ltree, version = version + 1, updated_at = ${now}
             WHERE id = ${id}`,
      );
      out.updated++;
    } else {
      await tx.execute(
        sql`INSERT INTO organisation (id, ${sql.join(
          Object.keys(values).map((k) => sql.identifier(k)),
          sql`, `,
        )}, path, created_at, updated_at)
            VALUES (${id}, ${sql.join(
              Object.values(values).map((v) => sql`${v}`),
              sql`, `,
            )}, ${place.path}::ltree, ${now}, ${now})`,
      );
      out.inserted++;
    }
    audits.push({
      action: 'organisation.import',
      entityType: 'organisation',
      entityId: id,
      districtCode: place.districtCode,
      after: { changes },
    });
  }
  await recordAudit(tx, actor, now, audits);
  return out;
}
