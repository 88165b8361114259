import { AppError } from '../../../http/errors.ts';
import type { ActionHandler } from '../action-types.ts';

/** 挂起: the clock stops while waiting on the resident. */
export const suspend: ActionHandler<'suspend'> = {
  type: 'suspend',
  async prepare({ c, now }, r) {
    if (c.suspendedSince) throw new AppError('CASE_ALREADY_SUSPENDED');
    return {
      clock: { ...c.stageClock, suspensions: [...c.stageClock.suspensions, [now.toISOString(), null]] },
      patch: { suspendedSince: now },
      payload: { reason: r.reason },
    };
  },
};
