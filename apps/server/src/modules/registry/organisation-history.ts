import type { HistoryList } from '@wangge/contracts';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { loadOrganisation } from './organisation-view.ts';
import { recordHistory } from './record-history.ts';
import { assertRecordId } from './record-id.ts';
import { registryPolicy } from './registry.policy.ts';

/** Actions that change a record (reveals are in the access report, not in the record's history). */
const CHANGES = ['create', 'update', 'delete', 'restore', 'import'];

/** Who changed what and when, newest first, from the audit log (numbers as masks only). */
export async function organisationHistory(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<z.infer<typeof HistoryList>> {
  assertRecordId(id);
  const o = await loadOrganisation(deps.db, id, registryPolicy.readPaths(actor.scope));
  if (!o || (o.deleted_at && !registryPolicy.canRestore(actor.scope, o.path)))
    throw new AppError('REGISTRY_NOT_FOUND');
  return { items: await recordHistory(deps.db, 'organisation', id, CHANGES) };
}
