import type { ActionHandler } from '../action-types.ts';

/** 回访: the record of the follow-up call. */
export const followup: ActionHandler<'followup'> = {
  type: 'followup',
  async prepare(_ctx, r) {
    return { payload: { reached: r.reached, note: r.note } };
  },
};
