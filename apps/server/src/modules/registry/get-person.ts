import type { PersonView } from '@wangge/contracts';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { loadPerson, personView } from './person-view.ts';
import { registryPolicy } from './registry.policy.ts';

/** One person, masked. Deleted records are shown to those who may restore them, to no one else. */
export async function getPerson(deps: Deps, actor: Actor, id: string): Promise<z.infer<typeof PersonView>> {
  const p = await loadPerson(deps.db, id, registryPolicy.readPaths(actor.scope));
  if (!p || (p.deleted_at && !registryPolicy.canRestore(actor.scope, p.path)))
    throw new AppError('REGISTRY_NOT_FOUND');
  return personView(deps.db, actor.scope, p);
}
