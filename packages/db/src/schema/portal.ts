import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { appUser } from './auth.ts';
import { caseRecord } from './cases.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** The SMS sign-in code last sent to a phone (by its blind index); only a hash of the code is kept. */
export const smsCode = pgTable('sms_code', {
  phoneHash: text('phone_hash').primaryKey(),
  codeHash: text('code_hash').notNull(),
  sentAt: ts('sent_at').notNull(),
  expiresAt: ts('expires_at').notNull(),
  attempts: integer('attempts').notNull().default(0),
});

/**
 * Private tracking links of anonymous residents: the link signs its holder in to the anonymous
 * account that filed the report. Only the sha256 of the token is kept.
 */
export const residentLink = pgTable(
  'resident_link',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('resident_link_user_idx').on(t.userId)],
);

/** Fixed-window counters for rate limits (per address, per phone, per resident, per API key). */
export const rateCounter = pgTable('rate_counter', {
  key: text('key').primaryKey(),
  windowStart: ts('window_start').notNull(),
  count: integer('count').notNull(),
});

/** Residents who said "me too" (我也遇到) on a case: they follow it and are told when it moves. */
export const caseFollower = pgTable(
  'case_follower',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => caseRecord.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    districtCode: text('district_code').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.userId] }),
    index('case_follower_user_idx').on(t.userId, t.createdAt),
  ],
);

/** Client applications of the Open311 GeoReport v2 API: each has its own key, issued and revoked by an admin. */
export const open311Client = pgTable(
  'open311_client',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    contact: text('contact'),
    /** sha256 of the key; the key is shown once, when it is issued. */
    keyHash: text('key_hash').notNull().unique(),
    /** The key's first characters, so an admin can tell keys apart. */
    keyPrefix: text('key_prefix').notNull(),
    /** The county/district it was issued in (the admin's territory). */
    districtCode: text('district_code').notNull(),
    createdBy: uuid('created_by').references(() => appUser.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull(),
    revokedAt: ts('revoked_at'),
    revokedBy: uuid('revoked_by').references(() => appUser.id, { onDelete: 'set null' }),
    lastUsedAt: ts('last_used_at'),
  },
  (t) => [index('open311_client_district_idx').on(t.districtCode)],
);
