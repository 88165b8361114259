import { schema, type Tx } from '@wangge/db';

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
