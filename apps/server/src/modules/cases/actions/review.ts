import type { ActionHandler } from '../action-types.ts';
import { handleLimit, loadCategoryLimits } from '../category-limits.ts';
import { reopenLead } from './reopen-lead.ts';

/** 审核: after a second dissatisfied rating a supervisor closes it (with a note) or orders rework. */
export const review: ActionHandler<'review'> = {
  type: 'review',
  async prepare(ctx, r) {
    const { tx, c } = ctx;
    if (r.decision === 'close')
      return { input: { decision: 'close' }, payload: { decision: 'close', note: r.note } };
    const category = await loadCategoryLimits(tx, c.categoryCode);
    return {
      input: { decision: 'rework' },
      patch: { reworkCount: c.reworkCount + 1 },
      stage: { stage: 'handle', limit: handleLimit(category, c.level) },
      payload: { decision: 'rework', note: r.note },
      notify: await reopenLead(ctx, '审核要求返工'),
    };
  },
};
