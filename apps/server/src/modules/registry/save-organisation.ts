import type { OrganisationFields, OrganisationUpdate, OrganisationView } from '@wangge/contracts';
import { one } from '@wangge/db';
import { validateOrganisation } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { isUniqueViolation } from '../../lib/pg-errors.ts';
import { recordAudit } from '../audit/index.ts';
import { invalid } from './field-errors.ts';
import {
  checkNewUscc,
  keepLeftOutNumbers,
  organisationChanges,
  organisationColumns,
  organisationPlace,
  organisationSnapshot,
  rowSnapshot,
  sealNumbers,
  storedNumbers,
} from './organisation-record.ts';
import { loadOrganisation, organisationView } from './organisation-view.ts';
import { assertRecordId } from './record-id.ts';
import { registryPolicy } from './registry.policy.ts';

type Input = z.infer<typeof OrganisationFields> & { version?: number };

/** Registers an organisation (单位): a credit code, where given, must be new to the live registry. */
export function createOrganisation(deps: Deps, actor: Actor, input: z.infer<typeof OrganisationFields>) {
  return saveOrganisation(deps, actor, null, input);
}

/**
 * Changes an organisation's record; `version` must be the one the caller saw. A personal number left
 * out keeps the stored one; `null` or '' removes it.
 */
export function updateOrganisation(
  deps: Deps,
  actor: Actor,
  id: string,
  input: z.infer<typeof OrganisationUpdate>,
) {
  assertRecordId(id);
  return saveOrganisation(deps, actor, id, input);
}

async function saveOrganisation(
  deps: Deps,
  actor: Actor,
  id: string | null,
  input: Input,
): Promise<z.infer<typeof OrganisationView>> {
  const now = deps.clock.now();
  const checked = validateOrganisation(input, now);
  if (!checked.ok) throw invalid(checked.errors);
  const checkedOrg = checked.organisation;
  const editPaths = registryPolicy.editPaths(actor.scope);
  if (editPaths.length === 0) throw new AppError('FORBIDDEN');
  const readPaths = registryPolicy.readPaths(actor.scope);
  // A number left out of an edit is not sealed: it is kept as stored (see keepLeftOutNumbers).
  const sealed = sealNumbers(deps.config, checkedOrg);

  try {
    return await deps.db.transaction(async (tx) => {
      const row = id ? await loadOrganisation(tx, id, readPaths, true) : undefined;
      if (id) {
        if (!row || !registryPolicy.canEdit(actor.scope, row.path)) throw new AppError('REGISTRY_NOT_FOUND');
        if (row.deleted_at) throw new AppError('REGISTRY_DELETED');
        if (row.version !== input.version) throw new AppError('REGISTRY_VERSION_CONFLICT');
      }
      const place = await organisationPlace(tx, editPaths, input, now);
      if (checkedOrg.uscc && checkedOrg.uscc !== row?.uscc)
        await checkNewUscc(tx, actor, checkedOrg.uscc, id);
      // The stored numbers opened in memory: to keep those left out and to tell whether they changed.
      const before = row ? { row, numbers: storedNumbers(deps.config, row) } : null;
      const org = before ? keepLeftOutNumbers(checkedOrg, input, before.numbers) : checkedOrg;
      const changes = organisationChanges(
        before ? rowSnapshot(before.row, before.numbers) : null,
        organisationSnapshot(org, place),
      );
      const values = organisationColumns(org, place, sealed, before);
      let orgId = id;
      if (!id) {
        const created = await one<{ id: string }>(
          tx,
          sql`INSERT INTO organisation (${sql.join(
            Object.keys(values).map((k) => sql.identifier(k)),
            sql`, `,
          )}, path, created_at, updated_at)
              VALUES (${sql.join(
                Object.values(values).map((v) => sql`${v}`),
                sql`, `,
              )}, ${place.path}::ltree, ${now}, ${now})
              RETURNING id`,
        );
        orgId = created!.id;
      } else if (changes.length > 0) {
        await tx.execute(
          sql`UPDATE organisation SET ${sql.join(
            Object.entries(values).map(([k, v]) => sql`${sql.identifier(k)} = ${v}`),
            sql`, `,
          )}, path = ${place.path}::ltree, version = version + 1, updated_at = ${now}
               WHERE id = ${id}`,
        );
      }
      if (changes.length > 0)
        await recordAudit(tx, actor, now, {
          action: id ? 'organisation.update' : 'organisation.create',
          entityType: 'organisation',
          entityId: orgId,
          districtCode: place.districtCode,
          after: { changes },
        });
      return organisationView(actor.scope, (await loadOrganisation(tx, orgId!, readPaths))!);
    });
  } catch (error) {
    // Two registrations of one credit code at once: the unique index lets one win.
    if (isUniqueViolation(error, 'organisation_uscc_live_key'))
      throw new AppError('REGISTRY_ORG_EXISTS', undefined, { uscc: checkedOrg.uscc ?? '' });
    throw error;
  }
}
