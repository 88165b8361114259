import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { AppError } from '../../../http/errors.ts';
import type { ActionHandler } from '../action-types.ts';
import { DEFAULT_ACCEPT, loadCategoryLimits } from '../category-limits.ts';
import { dispatchersOf } from '../recipients.ts';

/** 退单: the lead sends a wrong dispatch back to the dispatcher, with a reason, to be re-dispatched. */
export const returnDispatch: ActionHandler<'return'> = {
  type: 'return',
  async prepare({ tx, c, mine }, r) {
    if (mine?.role !== 'lead') throw new AppError('CASE_ACTION_FORBIDDEN', undefined, { action: 'return' });
    const category = await loadCategoryLimits(tx, c.categoryCode);
    return {
      patch: { returnCount: c.returnCount + 1, suspendedSince: null },
      stage: { stage: 'accept', limit: category?.limits.accept ?? DEFAULT_ACCEPT },
      payload: { reason: r.reason, assignmentId: mine.id },
      after: async () => {
        await rows(
          tx,
          sql`UPDATE case_assignment SET state = CASE WHEN id = ${mine.id} THEN 'returned' ELSE 'withdrawn' END, note = ${r.reason}
              WHERE case_id = ${c.id} AND state IN ('dispatched', 'claimed')`,
        );
      },
      notify: [
        {
          recipients: await dispatchersOf(tx, c.path, c.level),
          kind: 'case.returned',
          districtCode: c.districtCode,
          payload: {
            title: '退单：请重新派单',
            body: `${c.number}：${r.reason}`,
            caseId: c.id,
            caseNumber: c.number,
          },
        },
      ],
    };
  },
};
