import type { OrganisationView } from '@wangge/contracts';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { loadOrganisation, organisationView } from './organisation-view.ts';
import { assertRecordId } from './record-id.ts';
import { registryPolicy } from './registry.policy.ts';

/** One organisation, numbers masked. Deleted ones are shown to those who may restore records, to no one else. */
export async function getOrganisation(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<z.infer<typeof OrganisationView>> {
  assertRecordId(id);
  const o = await loadOrganisation(deps.db, id, registryPolicy.readPaths(actor.scope));
  if (!o || (o.deleted_at && !registryPolicy.canRestore(actor.scope, o.path)))
    throw new AppError('REGISTRY_NOT_FOUND');
  return organisationView(actor.scope, o);
}
