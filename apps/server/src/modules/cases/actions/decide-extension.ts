import { extendLimit } from '@wangge/domain';
import { AppError } from '../../../http/errors.ts';
import type { ActionHandler } from '../action-types.ts';

/** 延期审批: approved, the stage's limit grows by the time asked for; refused, nothing changes. */
export const decideExtension: ActionHandler<'decide_extension'> = {
  type: 'decide_extension',
  async prepare({ c, settings }, r) {
    const pending = c.stageClock.pendingExtension;
    if (!pending) throw new AppError('CASE_NO_EXTENSION_PENDING');
    let limit = c.stageClock.limit;
    if (r.approve) {
      const extended = extendLimit(limit, pending.extra, settings.periods);
      // Units that cannot be added (wall clock vs working time) are refused when the extension is asked for.
      if (!extended.ok) throw new AppError('CASE_EXTENSION_UNIT');
      limit = extended.limit;
    }
    return {
      clock: { ...c.stageClock, limit, pendingExtension: null },
      payload: { approve: r.approve, extra: pending.extra, limit, note: r.note ?? null },
      notify: pending.requestedBy
        ? [
            {
              recipients: [pending.requestedBy],
              kind: 'case.extension_decided',
              districtCode: c.districtCode,
              payload: {
                title: r.approve ? '延期申请已批准' : '延期申请未批准',
                body: c.number,
                caseId: c.id,
                caseNumber: c.number,
              },
            },
          ]
        : [],
    };
  },
};
