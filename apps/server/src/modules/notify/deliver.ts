import { type Db, rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { OutboxMessage, Sender } from './senders.ts';

export const MAX_ATTEMPTS = 8;
/** 1 min, 2, 4 … capped at an hour. */
export const backoffMs = (attempts: number) => Math.min(60_000 * 2 ** (attempts - 1), 3_600_000);

/**
 * Delivers due outbox messages in a batch: each is sent by its channel's sender and marked sent,
 * or rescheduled with backoff (failed for good after MAX_ATTEMPTS). Rows are locked with SKIP
 * LOCKED so that several workers can share the outbox.
 */
export async function deliverOutbox(
  db: Db,
  senders: Record<OutboxMessage['channel'], Sender>,
  now: Date,
  batch = 200,
): Promise<{ sent: number; failed: number }> {
  return db.transaction(async (tx) => {
    const due = await rows<OutboxMessage & { attempts: number }>(
      tx,
      sql`SELECT id, recipient_id AS "recipientId", channel, kind, payload, created_at AS "createdAt", attempts
          FROM notification_outbox WHERE status = 'pending' AND next_attempt_at <= ${now}
          ORDER BY id LIMIT ${batch} FOR UPDATE SKIP LOCKED`,
    );
    let sent = 0;
    let failed = 0;
    for (const m of due) {
      try {
        // A savepoint per message: one failing insert must not abort the others' transaction.
        await tx.transaction((sp) =>
          senders[m.channel].send(sp, { ...m, id: Number(m.id), createdAt: new Date(m.createdAt) }),
        );
        await rows(
          tx,
          sql`UPDATE notification_outbox SET status = 'sent', sent_at = ${now}, attempts = attempts + 1 WHERE id = ${m.id}`,
        );
        sent++;
      } catch (error) {
        const attempts = m.attempts + 1;
        await rows(
          tx,
          sql`UPDATE notification_outbox SET attempts = ${attempts}, last_error = ${String((error as Error).message).slice(0, 500)},
                     status = ${attempts >= MAX_ATTEMPTS ? 'failed' : 'pending'},
                     next_attempt_at = ${new Date(now.getTime() + backoffMs(attempts))}
              WHERE id = ${m.id}`,
        );
        failed++;
      }
    }
    return { sent, failed };
  });
}
