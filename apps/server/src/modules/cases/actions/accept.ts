import { AppError } from '../../../http/errors.ts';
import type { ActionHandler } from '../action-types.ts';
import { loadCategoryLimits } from '../category-limits.ts';

/** 立案: the case is accepted, classified and given its handling level. */
export const accept: ActionHandler<'accept'> = {
  type: 'accept',
  async prepare({ tx, c, now }, r) {
    const code = r.categoryCode ?? c.categoryCode;
    const category = await loadCategoryLimits(tx, code);
    if (code && !category) throw new AppError('CASE_CATEGORY_UNKNOWN', undefined, { code });
    const level = r.level ?? category?.defaultLevel ?? c.level;
    return {
      patch: { acceptedAt: now, categoryCode: code ?? null, level },
      payload: { categoryCode: code ?? null, level, note: r.note ?? null },
    };
  },
};
