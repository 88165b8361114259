import { schema, type Tx } from '@wangge/db';

export interface OutboxMessage {
  id: number;
  recipientId: string;
  channel: 'in_app' | 'sms' | 'wechat';
  kind: string;
  payload: { title: string; body: string; caseId?: string; caseNumber?: string };
  createdAt: Date;
}

/** Delivers one message; throws to have it retried later. */
export interface Sender {
  send(tx: Tx, message: OutboxMessage): Promise<void>;
}

/** In-app: the notification appears in the recipient's list. */
export const inAppSender: Sender = {
  async send(tx, m) {
    await tx.insert(schema.notification).values({
      userId: m.recipientId,
      createdAt: m.createdAt,
      kind: m.kind,
      title: m.payload.title,
      body: m.payload.body,
      caseId: m.payload.caseId ?? null,
    });
  },
};

/**
 * SMS and WeChat go through a gateway the deployment runs: we POST the message as JSON to its
 * webhook, which maps recipients to phone numbers or openids. A non-2xx answer is retried.
 */
export function webhookSender(url: string, fetchImpl: typeof fetch = fetch): Sender {
  return {
    async send(_tx, m) {
      const res = await fetchImpl(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          id: m.id,
          channel: m.channel,
          recipientId: m.recipientId,
          kind: m.kind,
          ...m.payload,
        }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`webhook answered ${res.status}`);
    },
  };
}

/** Development: writes the message to the log instead of sending it. */
export function logSender(log: (line: string) => void): Sender {
  return {
    async send(_tx, m) {
      log(`[${m.channel}] to ${m.recipientId}: ${m.payload.title} — ${m.payload.body}`);
    },
  };
}
