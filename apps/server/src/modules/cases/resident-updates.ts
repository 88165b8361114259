import { rows, type Tx } from '@wangge/db';
import { type CaseActionType, type CaseStatus, RESIDENT_PROGRESS } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { NotificationRequest } from '../notify/enqueue.ts';
import type { CaseRow } from './case-repo.ts';

/** Steps a resident hears about: the ones that change what the resident page says. */
const TOLD: ReadonlySet<CaseActionType> = new Set([
  'verify_report',
  'accept',
  'reject',
  'merge',
  'dispatch',
  'feedback',
  'check',
  'evaluate',
  'review',
  'close',
]);

/**
 * Tells the reporter and everyone who said "me too" when their case moves (PEERS.md §7: what
 * residents ask for most), in plain words. People the action's own notifications already reach,
 * and whoever took the action, are left out.
 */
export async function residentUpdates(
  tx: Tx,
  c: CaseRow,
  type: CaseActionType,
  to: CaseStatus,
  actorId: string | null,
  already: readonly NotificationRequest[],
): Promise<NotificationRequest[]> {
  if (!TOLD.has(type) || (to === c.status && type !== 'close')) return [];
  const followers = await rows<{ user_id: string }>(
    tx,
    sql`SELECT user_id FROM case_follower WHERE case_id = ${c.id}`,
  );
  const reached = new Set(already.flatMap((n) => n.recipients));
  // Staff who report (patrols, 12345 operators) follow their cases in the console, not here.
  const reporter = c.reporterId && c.channel === 'resident' ? [c.reporterId] : [];
  const recipients = [...reporter, ...followers.map((f) => f.user_id)].filter(
    (id) => id !== actorId && !reached.has(id),
  );
  if (recipients.length === 0) return [];
  return [
    {
      recipients,
      kind: 'case.progress',
      districtCode: c.districtCode,
      payload: {
        title: RESIDENT_PROGRESS[to].text['zh-CN'],
        body: `${c.number} ${c.title}`,
        caseId: c.id,
        caseNumber: c.number,
      },
    },
  ];
}
