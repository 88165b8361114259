import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const LEVELS = ['grid', 'community', 'subdistrict', 'department'] as const;
const UNITS = ['urgent_hours', 'working_hours', 'working_days', 'calendar_days'] as const;

/**
 * Case categories: GB/T 47678.5-2026 matters (5-digit codes), social-governance categories
 * (disputes, hazards, livelihood, property) and their defaults for routing and time limits.
 * A reference table: the same for every district of a deployment, edited by administrators.
 */
export const caseCategory = pgTable(
  'case_category',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    parentCode: text('parent_code'),
    kind: text('kind', {
      enum: ['class', 'component_fault', 'event', 'dispute', 'hazard', 'livelihood', 'property'],
    }).notNull(),
    source: text('source').notNull(),
    keywords: text('keywords').array().notNull().default(sql`'{}'::text[]`),
    defaultLevel: text('default_level', { enum: LEVELS }).notNull(),
    /** Department codes (department.code) of the lead and assisting departments. */
    leadDepartment: text('lead_department'),
    assistDepartments: text('assist_departments').array().notNull().default(sql`'{}'::text[]`),
    acceptAmount: integer('accept_amount').notNull(),
    acceptUnit: text('accept_unit', { enum: UNITS }).notNull(),
    handleAmount: integer('handle_amount').notNull(),
    handleUnit: text('handle_unit', { enum: UNITS }).notNull(),
    verifyAmount: integer('verify_amount').notNull(),
    verifyUnit: text('verify_unit', { enum: UNITS }).notNull(),
    /** Escalate to the next level automatically when a stage's limit passes. */
    autoEscalate: boolean('auto_escalate').notNull().default(true),
    active: boolean('active').notNull().default(true),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_category_parent_idx').on(t.parentCode),
    check(
      'case_category_amounts',
      sql`${t.acceptAmount} > 0 AND ${t.handleAmount} > 0 AND ${t.verifyAmount} > 0`,
    ),
  ],
);
