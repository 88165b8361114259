import { z } from 'zod';
import { TimeUnit } from './taxonomy.ts';

/** A calendar year the holiday table may hold. */
export const CalendarYearNumber = z.coerce.number().int().min(2000).max(2100);
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD');
export const CalendarKind = z
  .enum(['holiday', 'workday'])
  .describe('holiday = official day off (法定节假日); workday = make-up workday (调休上班)');

/** GET /api/sla/calendar?year=2026 */
export const CalendarQuery = z.strictObject({ year: CalendarYearNumber });
export const CalendarYearParams = z.strictObject({ year: CalendarYearNumber });

export const CalendarDay = z.object({ day: z.string(), kind: CalendarKind, name: z.string() });
export const CalendarYear = z.object({ year: z.number().int(), days: z.array(CalendarDay) });
export type CalendarYear = z.infer<typeof CalendarYear>;

/** PUT /api/sla/calendar/:year: the year's complete list of holidays and make-up workdays. */
export const CalendarReplaceRequest = z.strictObject({
  days: z
    .array(
      z.strictObject({
        day: IsoDay,
        kind: CalendarKind,
        name: z.string().trim().min(1).max(32).describe('The festival, e.g. 国庆节'),
      }),
    )
    .max(366),
});
export type CalendarReplaceRequest = z.infer<typeof CalendarReplaceRequest>;

export const LocalizedText = z.object({ 'zh-CN': z.string(), en: z.string() });

/** GET /api/sla/calendar/status */
export const CalendarStatus = z.object({
  coveredYears: z.array(z.number().int()),
  missingYears: z.array(z.number().int()).describe('Years within the next 60 days that have no calendar'),
  warning: LocalizedText.nullable(),
});
export type CalendarStatus = z.infer<typeof CalendarStatus>;

/** A limit to preview: like a category's, but any positive amount (an extension may add half a day). */
export const PreviewLimit = z.strictObject({ amount: z.number().positive().max(10_000), unit: TimeUnit });

const LocalTime = z.string().regex(/^\d{2}:\d{2}$/, 'a local time as HH:MM');
export const WorkingPeriods = z
  .array(z.tuple([LocalTime, LocalTime]))
  .min(1)
  .max(8)
  .describe('Local [start, end) working periods, sorted and not overlapping, e.g. [["08:30","12:00"]]');

/** GET/PUT /api/sla/settings */
export const SlaSettings = z.strictObject({
  workingPeriods: WorkingPeriods,
  yellowShare: z.number().gt(0).lt(1).describe('Share of the limit used when the yellow warning starts'),
});
export type SlaSettings = z.infer<typeof SlaSettings>;

const Instant = z.iso.datetime({ offset: true });

/** POST /api/sla/deadline-preview */
export const DeadlinePreviewRequest = z.strictObject({
  start: Instant,
  limit: PreviewLimit,
  suspensions: z
    .array(z.strictObject({ from: Instant, to: Instant.nullable() }))
    .max(100)
    .optional()
    .describe('Intervals during which the clock stops (挂起); to = null while still suspended'),
});
export type DeadlinePreviewRequest = z.infer<typeof DeadlinePreviewRequest>;
export const DeadlinePreview = z.object({
  deadline: z.string().nullable().describe('null while an open suspension holds the clock'),
  limitMs: z.number(),
  uncoveredYears: z
    .array(z.number().int())
    .describe('Years between start and deadline with no holiday calendar (counted as plain Mon–Fri)'),
});
export type DeadlinePreview = z.infer<typeof DeadlinePreview>;
