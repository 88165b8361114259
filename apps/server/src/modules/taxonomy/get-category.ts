import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { findCategory } from './category.repo.ts';
import { taxonomyPolicy } from './taxonomy.policy.ts';

export async function getCategory(deps: Deps, actor: Actor, code: string) {
  if (!taxonomyPolicy.canRead(actor.scope)) throw new AppError('FORBIDDEN');
  const found = await findCategory(deps.db, code);
  if (!found) throw new AppError('TAXONOMY_CATEGORY_NOT_FOUND');
  return found;
}
