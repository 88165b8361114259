import { schema, type Tx } from '@wangge/db';
import { type SQL, sql } from 'drizzle-orm';

export interface NotificationRequest {
  recipients: readonly string[];
  kind: string;
  /** Rendered by the sender: title and body in Chinese, plus whatever links it needs. */
  payload: { title: string; body: string; caseId?: string; caseNumber?: string };
  districtCode: string | null;
}

/**
 * Queues notifications in the caller's transaction (the outbox pattern): they are delivered by the
 * worker only if the action that caused them commits, and retried until they are.
 */
export async function enqueueNotifications(tx: Tx, at: Date, requests: readonly NotificationRequest[]) {
  const values = requests.flatMap((r) =>
    [...new Set(r.recipients)].map((recipientId) => ({
      createdAt: at,
      districtCode: r.districtCode,
      recipientId,
      channel: 'in_app' as const,
      kind: r.kind,
      payload: r.payload,
      nextAttemptAt: at,
    })),
  );
  for (let i = 0; i < values.length; i += 500)
    await tx.insert(schema.notificationOutbox).values(values.slice(i, i + 500));
}

/** A notification whose recipients are a query (`SELECT user_id …`), resolved inside the write itself. */
export interface QueriedNotification extends Omit<NotificationRequest, 'recipients'> {
  recipients: SQL;
}

/** The outbox insert for queried recipients, unexecuted: for writes batched into one statement. */
export function outboxInsertFromQuery(at: Date, n: QueriedNotification): SQL {
  return sql`INSERT INTO notification_outbox (created_at, district_code, recipient_id, channel, kind, payload, next_attempt_at)
             SELECT ${at}, ${n.districtCode}, r.user_id, 'in_app', ${n.kind}, ${JSON.stringify(n.payload)}::jsonb, ${at}
             FROM (${n.recipients}) r`;
}
