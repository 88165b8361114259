import { one, rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { ActionHandler } from '../action-types.ts';

/**
 * 结案: closed on time when the lead's last feedback came within its limit. The reporters of the
 * duplicates merged into it are told too: a duplicate follows its master.
 */
export const close: ActionHandler<'close'> = {
  type: 'close',
  async prepare({ tx, c, now }, r) {
    const last = await one<{ on_time: boolean | null }>(
      tx,
      sql`SELECT (payload->>'onTime')::boolean AS on_time FROM case_action
          WHERE case_id = ${c.id} AND type IN ('feedback', 'resolve_on_spot') AND payload->>'role' IS DISTINCT FROM 'assist'
          ORDER BY seq DESC LIMIT 1`,
    );
    const duplicates = await rows<{ reporter_id: string }>(
      tx,
      sql`SELECT DISTINCT reporter_id FROM case_record WHERE master_case_id = ${c.id} AND reporter_id IS NOT NULL`,
    );
    const reporters = [...(c.reporterId ? [c.reporterId] : []), ...duplicates.map((d) => d.reporter_id)];
    return {
      stage: { stage: 'none', limit: null },
      patch: { closedAt: now, closedOnTime: last?.on_time ?? null },
      payload: { note: r.note ?? null, duplicatesTold: duplicates.length },
      // An assistant that never claimed or fed back has nothing left to do once the case is closed:
      // its assignment is withdrawn, so it leaves that department's inbox.
      after: async () => {
        await rows(
          tx,
          sql`UPDATE case_assignment SET state = 'withdrawn' WHERE case_id = ${c.id} AND state IN ('dispatched', 'claimed')`,
        );
      },
      notify: reporters.length
        ? [
            {
              recipients: reporters,
              kind: 'case.closed',
              districtCode: c.districtCode,
              payload: {
                title: '您反映的问题已办结',
                body: `${c.number} ${c.title}`,
                caseId: c.id,
                caseNumber: c.number,
              },
            },
          ]
        : [],
    };
  },
};
