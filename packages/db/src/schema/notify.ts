import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { appUser } from './auth.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Notifications to deliver, written in the same transaction as the action that causes them and
 * delivered by the worker (in-app now; SMS and WeChat through pluggable senders).
 */
export const notificationOutbox = pgTable(
  'notification_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    createdAt: ts('created_at').notNull(),
    districtCode: text('district_code'),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    channel: text('channel', { enum: ['in_app', 'sms', 'wechat'] }).notNull(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    status: text('status', { enum: ['pending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at').notNull(),
    sentAt: ts('sent_at'),
    lastError: text('last_error'),
  },
  (t) => [index('notification_outbox_due_idx').on(t.status, t.nextAttemptAt)],
);

/** In-app notifications, as delivered. */
export const notification = pgTable(
  'notification',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    createdAt: ts('created_at').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    caseId: uuid('case_id'),
    readAt: ts('read_at'),
  },
  (t) => [index('notification_user_idx').on(t.userId, t.createdAt)],
);
