import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { department } from './org.ts';
import { ltree } from './types.ts';

export const appUser = pgTable(
  'app_user',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    kind: text('kind', { enum: ['staff', 'resident'] }).notNull(),
    /** scrypt$N$r$p$salt$hash; null = cannot log in with a password. */
    passwordHash: text('password_hash'),
    disabled: boolean('disabled').notNull().default(false),
    locale: text('locale', { enum: ['zh-CN', 'en'] })
      .notNull()
      .default('zh-CN'),
    /**
     * Residents who sign in with an SMS code: the HMAC blind index of their phone (to find them again)
     * and its masked form (to show them). The number itself is not kept.
     */
    phoneHash: text('phone_hash'),
    phoneMasked: text('phone_masked'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('app_user_username_key').on(sql`lower(${t.username})`),
    uniqueIndex('app_user_phone_key').on(t.phoneHash).where(sql`${t.phoneHash} IS NOT NULL`),
    check('app_user_username_shape', sql`${t.username} ~ '^[A-Za-z0-9_.-]{3,64}$'`),
  ],
);

/**
 * A role held at a territory node (scope path) or in a department. One worker one grid, one worker
 * many grids and many people one grid are all just rows here.
 */
export const roleAssignment = pgTable(
  'role_assignment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    scopePath: ltree('scope_path'),
    departmentId: uuid('department_id').references(() => department.id, { onDelete: 'cascade' }),
    /** basic / professional / linked force (基础/专业/联动力量), for grid roles. */
    force: text('force', { enum: ['basic', 'professional', 'linked'] }),
    /** full_time / part_time, for grid workers. */
    employment: text('employment', { enum: ['full_time', 'part_time'] }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('role_assignment_user_idx').on(t.userId),
    index('role_assignment_scope_gist').using('gist', t.scopePath),
    check('role_assignment_target', sql`${t.scopePath} IS NOT NULL OR ${t.departmentId} IS NOT NULL`),
  ],
);

export const userSession = pgTable(
  'user_session',
  {
    /** sha256 of the cookie token; the token itself is never stored. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
  },
  (t) => [index('user_session_user_idx').on(t.userId)],
);

/** Failed-login counters per username and per client address, for throttling. */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
});
