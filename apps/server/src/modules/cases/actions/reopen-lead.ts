import { one, rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { NotificationRequest } from '../../notify/enqueue.ts';
import type { ActionContext } from '../action-types.ts';
import { assigneesOf } from '../recipients.ts';

/**
 * Rework, reopening and review-rework give the case back to its lead handler: the lead assignment
 * is claimed again (its handler keeps it) and its handlers are told why.
 */
export async function reopenLead(ctx: ActionContext, title: string): Promise<NotificationRequest[]> {
  const { tx, c } = ctx;
  const lead = await one<{ id: string; territory_path: string | null; department_id: string | null }>(
    tx,
    sql`SELECT id, territory_path::text AS territory_path, department_id FROM case_assignment
        WHERE case_id = ${c.id} AND role = 'lead' AND state = 'done' ORDER BY done_at DESC LIMIT 1`,
  );
  if (!lead) return [];
  await rows(tx, sql`UPDATE case_assignment SET state = 'claimed', done_at = NULL WHERE id = ${lead.id}`);
  return [
    {
      recipients: await assigneesOf(tx, {
        territoryPath: lead.territory_path,
        departmentId: lead.department_id,
      }),
      kind: 'case.rework',
      districtCode: c.districtCode,
      payload: { title, body: `${c.number} ${c.title}`, caseId: c.id, caseNumber: c.number },
    },
  ];
}
