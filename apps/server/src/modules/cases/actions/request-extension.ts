import { extendLimit } from '@wangge/domain';
import { AppError } from '../../../http/errors.ts';
import type { ActionHandler } from '../action-types.ts';
import { dispatchersOf } from '../recipients.ts';

/** 延期申请: the handler asks for more time; the dispatcher decides. */
export const requestExtension: ActionHandler<'request_extension'> = {
  type: 'request_extension',
  async prepare({ tx, c, now, actor, settings }, r) {
    if (c.stageClock.pendingExtension) throw new AppError('CASE_EXTENSION_PENDING');
    if (!extendLimit(c.stageClock.limit, r.extra, settings.periods).ok)
      throw new AppError('CASE_EXTENSION_UNIT');
    return {
      clock: {
        ...c.stageClock,
        pendingExtension: {
          extra: r.extra,
          reason: r.reason,
          requestedBy: actor.userId ?? '',
          at: now.toISOString(),
        },
      },
      payload: { extra: r.extra, reason: r.reason },
      notify: [
        {
          recipients: await dispatchersOf(tx, c.path, c.level),
          kind: 'case.extension_requested',
          districtCode: c.districtCode,
          payload: {
            title: '延期申请待审批',
            body: `${c.number}：${r.reason}`,
            caseId: c.id,
            caseNumber: c.number,
          },
        },
      ],
    };
  },
};
