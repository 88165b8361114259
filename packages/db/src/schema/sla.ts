import { date, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Official holidays and make-up workdays (调休), seeded from `chinese-days` for 2025–2026 and
 * edited by administrators when the State Council publishes the next year's schedule.
 */
export const holidayCalendar = pgTable('holiday_calendar', {
  day: date('day', { mode: 'string' }).primaryKey(),
  kind: text('kind', { enum: ['holiday', 'workday'] }).notNull(),
  name: text('name').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Deployment-wide time-limit settings (one row per key): working periods, warning share. */
export const slaSetting = pgTable('sla_setting', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** How far the warning sweep has got: it looks at the instants crossed since (with an overlap). */
export const slaSweepState = pgTable('sla_sweep_state', {
  id: text('id').primaryKey(),
  sweptUntil: timestamp('swept_until', { withTimezone: true }).notNull(),
});
