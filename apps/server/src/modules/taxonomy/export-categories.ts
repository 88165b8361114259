import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { selectCategories, toTransfer } from './category.repo.ts';
import { taxonomyPolicy } from './taxonomy.policy.ts';

/** Every category in the import format, in a stable order (a file to edit and import again). */
export async function exportCategories(deps: Deps, actor: Actor) {
  if (!taxonomyPolicy.canRead(actor.scope)) throw new AppError('FORBIDDEN');
  return (await selectCategories(deps.db)).map(toTransfer);
}
