import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { AppError } from '../../../http/errors.ts';
import type { ActionHandler } from '../action-types.ts';

/** 签收: the lead's claim starts the handling; an assistant's claim marks its own part. */
export const claim: ActionHandler<'claim'> = {
  type: 'claim',
  async prepare({ tx, now, actor, mine }) {
    if (!mine) throw new AppError('CASE_ACTION_FORBIDDEN', undefined, { action: 'claim' });
    if (mine.state !== 'dispatched') throw new AppError('CASE_ALREADY_CLAIMED');
    return {
      input: { lead: mine.role === 'lead' },
      payload: { assignmentId: mine.id, role: mine.role },
      after: async () => {
        // The state guard makes a second concurrent claim of the same assignment a no-op.
        const claimed = await rows(
          tx,
          sql`UPDATE case_assignment SET state = 'claimed', claimed_by = ${actor.userId}, claimed_at = ${now}
              WHERE id = ${mine.id} AND state = 'dispatched' RETURNING id`,
        );
        if (claimed.length === 0) throw new AppError('CASE_ALREADY_CLAIMED');
      },
    };
  },
};
