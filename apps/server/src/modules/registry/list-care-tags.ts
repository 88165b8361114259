import type { CareTagList } from '@wangge/contracts';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { loadCareTags, visibleTagCodes } from './care-tag-cache.ts';
import { registryPolicy } from './registry.policy.ts';

/**
 * The care groups the caller may see somewhere (with any of their roles): what a form offers and a
 * list filters by. On one record, only those their roles over that record allow apply.
 */
export async function listCareTags(deps: Deps, actor: Actor): Promise<z.infer<typeof CareTagList>> {
  if (registryPolicy.readPaths(actor.scope).length === 0) throw new AppError('FORBIDDEN');
  const tags = await loadCareTags(deps.db);
  const visible = visibleTagCodes(
    tags,
    actor.scope.grants.map((g) => g.role),
  );
  return {
    items: tags
      .filter((t) => visible.includes(t.code))
      .map((t) => ({ code: t.code, name: t.name_zh, nameEn: t.name_en, visitEveryDays: t.visit_every_days })),
  };
}
