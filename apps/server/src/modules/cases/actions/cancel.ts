import type { ActionHandler } from '../action-types.ts';
import { assigneesOf, dispatchersOf } from '../recipients.ts';

/**
 * 撤回: the reporter withdraws a report nobody has accepted yet (the transition table allows it only
 * before acceptance). Whoever had it in their queue is told, so nobody goes out for nothing.
 */
export const cancel: ActionHandler<'cancel'> = {
  type: 'cancel',
  async prepare({ tx, c }, r) {
    const queue =
      c.status === 'pending_verification' && c.path.split('.').length === 4
        ? await assigneesOf(tx, { territoryPath: c.path, departmentId: null })
        : await dispatchersOf(tx, c.path, c.level);
    return {
      stage: { stage: 'none', limit: null },
      payload: { reason: r.reason ?? null },
      notify: [
        {
          recipients: queue,
          kind: 'case.cancelled',
          districtCode: c.districtCode,
          payload: {
            title: '居民已撤回上报',
            body: `${c.number} ${c.title}`,
            caseId: c.id,
            caseNumber: c.number,
          },
        },
      ],
    };
  },
};
