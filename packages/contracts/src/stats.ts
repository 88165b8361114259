import { z } from 'zod';

/** Contracts of the statistics (leader dashboard) API. */

const Bound = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/,
    'a day (YYYY-MM-DD, China time) or an ISO date-time with offset',
  );

export const StatsInterval = z.enum(['day', 'week', 'month']);
export type StatsInterval = z.infer<typeof StatsInterval>;
export const StatsDimension = z.enum(['subdistrict', 'community', 'grid', 'department', 'category']);
export type StatsDimension = z.infer<typeof StatsDimension>;

/** The period [from, to) of reports, at most 400 days, and optionally a division or grid inside the caller's scope. */
export const StatsQuery = z.strictObject({
  from: Bound.describe('First day (China time) or instant of the period, inclusive'),
  to: Bound.describe(
    'Day or instant after the period (exclusive): from=2026-11-01&to=2026-12-01 is November',
  ),
  division: z
    .string()
    .regex(/^\d{6}(\d{3}(\d{3}(\d{3})?)?)?$/)
    .optional()
    .describe('Division (6/9/12 digits) or grid (15 digits) code to narrow the figures to'),
});
export type StatsQuery = z.infer<typeof StatsQuery>;

export const StatsBreakdownQuery = StatsQuery.extend({ by: StatsDimension });
export type StatsBreakdownQuery = z.infer<typeof StatsBreakdownQuery>;

export const StatsTrendQuery = StatsQuery.extend({
  interval: StatsInterval.optional().describe('Default: day up to 62 days, week up to 190, else month'),
});
export type StatsTrendQuery = z.infer<typeof StatsTrendQuery>;

export const StatsExportQuery = StatsTrendQuery;
export type StatsExportQuery = z.infer<typeof StatsExportQuery>;

const Count = z.number().int().min(0);
const Rate = z.number().min(0).max(1).nullable();

/** Every indicator; definitions in packages/domain/src/stats/indicators.ts. */
export const StatsIndicators = z.object({
  received: Count.describe('受理量: reported in the period, not rejected or merged'),
  closed: Count.describe('结案数'),
  closedOnTime: Count.describe('按期结案数'),
  closedLate: Count.describe('超期结案数'),
  overdue: Count.describe('超期未结 (red): open past the current stage deadline'),
  dueToClose: Count.describe('应结案数 = closed + overdue'),
  closeRate: Rate.describe('结案率 = closed / dueToClose'),
  onTimeRate: Rate.describe('按期结案率 = closedOnTime / dueToClose'),
  rated: Count,
  satisfied: Count,
  basicallySatisfied: Count,
  dissatisfied: Count,
  satisfactionRate: Rate.describe('满意率 = (satisfied + basicallySatisfied) / rated'),
  returned: Count.describe('退单'),
  reworked: Count.describe('返工'),
  handled: Count.describe('Closed cases with a handling time'),
  averageHandlingHours: z
    .number()
    .min(0)
    .nullable()
    .describe('平均处置用时: working hours from report to the lead’s last feedback'),
});
export type StatsIndicators = z.infer<typeof StatsIndicators>;

const Division = z.object({ code: z.string(), name: z.string() }).nullable();

export const StatsSummary = StatsIndicators.extend({
  from: z.string(),
  to: z.string(),
  asOf: z.string().describe('The instant the figures describe (open cases are judged at it)'),
  division: Division,
});
export type StatsSummary = z.infer<typeof StatsSummary>;

export const StatsBreakdownRow = StatsIndicators.extend({
  code: z
    .string()
    .nullable()
    .describe('The unit’s code; null for cases outside every grid or without a category'),
  name: z.string().nullable(),
});
export type StatsBreakdownRow = z.infer<typeof StatsBreakdownRow>;

export const StatsBreakdown = z.object({
  by: StatsDimension,
  from: z.string(),
  to: z.string(),
  asOf: z.string(),
  division: Division,
  rows: z.array(StatsBreakdownRow),
});
export type StatsBreakdown = z.infer<typeof StatsBreakdown>;

export const StatsTrendBucket = z.object({
  start: z.string().describe('First day of the bucket (China time)'),
  received: Count,
  closed: Count,
  overdue: Count,
});
export type StatsTrendBucket = z.infer<typeof StatsTrendBucket>;

export const StatsTrend = z.object({
  interval: StatsInterval,
  from: z.string(),
  to: z.string(),
  asOf: z.string(),
  division: Division,
  buckets: z.array(StatsTrendBucket),
});
export type StatsTrend = z.infer<typeof StatsTrend>;
