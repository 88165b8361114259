import { AppError } from '../../../http/errors.ts';
import type { ActionHandler } from '../action-types.ts';

/** 恢复计时: the clock runs again; the deadline moves by the time it stood still. */
export const resume: ActionHandler<'resume'> = {
  type: 'resume',
  async prepare({ c, now }, r) {
    if (!c.suspendedSince) throw new AppError('CASE_NOT_SUSPENDED');
    const suspensions = c.stageClock.suspensions.map(([a, b]): [string, string | null] => [
      a,
      b ?? now.toISOString(),
    ]);
    return {
      clock: { ...c.stageClock, suspensions },
      patch: { suspendedSince: null },
      payload: { note: r.note ?? null, suspendedMs: now.getTime() - c.suspendedSince.getTime() },
    };
  },
};
