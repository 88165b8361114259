import { z } from 'zod';
import { Crs, Latitude, Longitude } from './common.ts';
import { AppealNature, TimeUnit } from './taxonomy.ts';

export const CaseChannel = z.enum(['patrol', 'resident', 'hotline', 'department', 'sensor']);
export const CaseLevel = z.enum(['grid', 'community', 'subdistrict', 'department']);
const Text = (max: number) => z.string().trim().min(1).max(max);
const Uuid = z.uuid();

export const CaseLocation = z.strictObject({ lng: Longitude, lat: Latitude, crs: Crs.default('WGS84') });

/** POST /api/cases: a report from any channel. */
export const ReportCaseRequest = z.strictObject({
  idempotencyKey: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{8,100}$/)
    .describe('Chosen by the client once per submission; a retry with the same key returns the same case'),
  channel: CaseChannel,
  title: Text(100),
  description: Text(4000),
  categoryCode: z.string().max(20).optional().describe('Omit to classify from the text'),
  appealNature: AppealNature.optional(),
  location: CaseLocation.optional(),
  gridCode: z
    .string()
    .regex(/^\d{15}$/)
    .optional()
    .describe('A grid chosen by hand when the caller gives no point (not together with location)'),
  address: Text(200).optional(),
  externalRef: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/)
    .optional()
    .describe('12345 work-order number (hotline) or device id (sensor); the same number twice is one case'),
  reporterName: Text(50).optional(),
  reporterPhone: z
    .string()
    .regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/)
    .optional(),
  photos: z.array(Uuid).max(9).default([]),
});
export type ReportCaseRequest = z.infer<typeof ReportCaseRequest>;

/** POST /api/cases/resolve-on-spot: a grid worker reports, handles and closes in one step. */
export const ResolveOnSpotRequest = ReportCaseRequest.omit({ channel: true, externalRef: true }).extend({
  result: Text(2000),
  beforePhotos: z.array(Uuid).min(1).max(9),
  afterPhotos: z.array(Uuid).min(1).max(9),
});

/** Where a case is dispatched: a territory node (subdistrict, community, grid) or a department. */
export const DispatchTarget = z.union([
  z.strictObject({ kind: z.literal('territory'), code: z.string().regex(/^\d{9}(\d{3}(\d{3})?)?$/) }),
  z.strictObject({ kind: z.literal('department'), departmentId: Uuid }),
]);
const Limit = z.strictObject({
  amount: z.number().int().min(1).max(1000),
  unit: z.enum(['urgent_hours', 'working_hours', 'working_days', 'calendar_days']),
});

const base = {
  version: z.number().int().min(1).describe('The case version you saw (optimistic concurrency)'),
};
const reason = Text(500);

/** POST /api/cases/:id/actions: one action of the loop. */
export const CaseActionRequest = z.discriminatedUnion('type', [
  z.strictObject({ ...base, type: z.literal('verify_report'), exists: z.boolean(), note: reason.optional() }),
  z.strictObject({
    ...base,
    type: z.literal('accept'),
    categoryCode: z.string().max(20).optional(),
    level: CaseLevel.optional(),
    note: reason.optional(),
  }),
  z.strictObject({ ...base, type: z.literal('reject'), reason }),
  z.strictObject({
    ...base,
    type: z.literal('merge'),
    masterNumber: z.string().regex(/^\d{6}-\d{8}-\d{5}$/),
  }),
  z.strictObject({
    ...base,
    type: z.literal('dispatch'),
    lead: DispatchTarget,
    assists: z.array(DispatchTarget).max(10).default([]),
    note: reason.optional(),
  }),
  z.strictObject({ ...base, type: z.literal('claim') }),
  z.strictObject({ ...base, type: z.literal('return'), reason }),
  z.strictObject({ ...base, type: z.literal('request_extension'), extra: Limit, reason }),
  z.strictObject({
    ...base,
    type: z.literal('decide_extension'),
    approve: z.boolean(),
    note: reason.optional(),
  }),
  z.strictObject({ ...base, type: z.literal('suspend'), reason }),
  z.strictObject({ ...base, type: z.literal('resume'), note: reason.optional() }),
  z.strictObject({
    ...base,
    type: z.literal('feedback'),
    result: Text(2000),
    beforePhotos: z.array(Uuid).max(9).default([]),
    afterPhotos: z.array(Uuid).max(9).default([]),
  }),
  z.strictObject({
    ...base,
    type: z.literal('check'),
    pass: z.boolean(),
    note: reason.optional(),
    photos: z.array(Uuid).max(9).default([]),
  }),
  z.strictObject({
    ...base,
    type: z.literal('evaluate'),
    rating: z.enum(['satisfied', 'basically_satisfied', 'dissatisfied']),
    comment: z.string().trim().max(500).optional(),
  }),
  z.strictObject({ ...base, type: z.literal('review'), decision: z.enum(['close', 'rework']), note: reason }),
  z.strictObject({ ...base, type: z.literal('followup'), reached: z.boolean(), note: reason }),
  z.strictObject({ ...base, type: z.literal('close'), note: reason.optional() }),
  z.strictObject({ ...base, type: z.literal('escalate'), reason }),
  z.strictObject({ ...base, type: z.literal('cancel'), reason: reason.optional() }),
]);
export type CaseActionRequest = z.infer<typeof CaseActionRequest>;

export const CaseAssignmentView = z.object({
  id: z.string(),
  kind: z.enum(['territory', 'department']),
  code: z.string().nullable(),
  name: z.string(),
  role: z.enum(['lead', 'assist']),
  state: z.string(),
  claimedBy: z.string().nullable(),
});

export const CaseSummary = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  status: z.string(),
  level: CaseLevel,
  channel: CaseChannel,
  categoryCode: z.string().nullable(),
  categoryName: z.string().nullable(),
  gridCode: z.string().nullable(),
  gridName: z.string().nullable(),
  communityCode: z.string().nullable(),
  outsideGrid: z.boolean(),
  warning: z.enum(['none', 'yellow', 'red']),
  stage: z.string(),
  stageDeadline: z.string().nullable(),
  reportedAt: z.string(),
  version: z.number().int(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseTimelineEntry = z.object({
  seq: z.number().int(),
  type: z.string(),
  at: z.string(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  payload: z.unknown(),
});

export const CaseDetail = CaseSummary.extend({
  description: z.string(),
  address: z.string().nullable(),
  appealNature: AppealNature.nullable(),
  externalRef: z.string().nullable(),
  reporterName: z.string().nullable(),
  reporterPhone: z.string().nullable().describe('Masked'),
  location: z.object({ lng: z.number(), lat: z.number() }).nullable(),
  microGridCode: z.string().nullable(),
  subdistrictCode: z.string().nullable(),
  evaluation: z.string().nullable(),
  reworkCount: z.number().int(),
  reopenCount: z.number().int(),
  returnCount: z.number().int(),
  escalationCount: z.number().int(),
  supporters: z.number().int().describe('Residents who said "me too" (附议) on the resident pages'),
  dueAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedOnTime: z.boolean().nullable(),
  masterNumber: z.string().nullable(),
  suspended: z.boolean(),
  pendingExtension: z.unknown().nullable(),
  stageTime: z
    .object({
      limit: z.object({ amount: z.number(), unit: TimeUnit }),
      limitMs: z.number().describe('The limit in counted milliseconds of its unit'),
      usedMs: z
        .number()
        .describe('Counted time used so far (working time for working units), suspensions excluded'),
    })
    .nullable()
    .describe('Time used of the current stage’s limit; null when the stage has no limit'),
  assignments: z.array(CaseAssignmentView),
  attachments: z.array(z.object({ fileId: z.string(), purpose: z.string(), actionSeq: z.number().int() })),
  timeline: z.array(CaseTimelineEntry),
  allowedActions: z.array(z.string()).describe('What the caller may do next'),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

/**
 * Orders of the case list. `warning` (the default): red, then yellow, then the rest, newest first;
 * a leading `-` means descending. Stage deadlines that are not running sort last either way.
 */
export const CASE_SORTS = [
  'warning',
  'reportedAt',
  '-reportedAt',
  'deadline',
  '-deadline',
  'number',
  '-number',
] as const;
export const CaseSort = z.enum(CASE_SORTS);
export type CaseSort = z.infer<typeof CaseSort>;

const CaseFilterFields = {
  task: z
    .enum([
      'to_verify',
      'to_accept',
      'to_dispatch',
      'to_handle',
      'to_check',
      'to_evaluate',
      'warned',
      'overdue',
      'mine',
    ])
    .optional(),
  q: z.string().trim().min(1).max(100).optional().describe('Case number, or words of the text'),
  category: z.string().max(20).optional().describe('Category code, or a class code for all its items'),
  status: z.string().max(30).optional(),
  division: z
    .string()
    .regex(/^\d{6}(\d{3}(\d{3}(\d{3})?)?)?$/)
    .optional()
    .describe('Division or grid code'),
  warning: z.enum(['none', 'yellow', 'red']).optional(),
  from: z.iso.datetime({ offset: true }).optional().describe('Reported at or after'),
  to: z.iso.datetime({ offset: true }).optional().describe('Reported before'),
  sort: CaseSort.default('warning'),
};

export const CaseListQuery = z.strictObject({
  ...CaseFilterFields,
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100000).default(0),
});
export const CaseListItem = CaseSummary.extend({
  canDispatch: z.boolean().describe('The caller may dispatch this case now (for batch dispatch)'),
});
export type CaseListItem = z.infer<typeof CaseListItem>;
export const CaseList = z.object({ items: z.array(CaseListItem), total: z.number().int() });

/** The most cases one Excel export holds; above it the export is refused (CASE_EXPORT_TOO_LARGE). */
export const CASE_EXPORT_LIMIT = 10_000;
/** GET /api/cases/export.xlsx: the list's filters and order, every matching case. */
export const CaseExportQuery = z.strictObject(CaseFilterFields);

/** The most points one map request draws: the most urgent and newest first. */
export const CASE_POINTS_LIMIT = 2_000;
/** GET /api/cases/points: cases with a location, for the case map. */
export const CasePointsQuery = z.strictObject({
  state: z
    .enum(['open', 'finished', 'all'])
    .default('open')
    .describe('open: not closed, rejected or merged; finished: the others'),
  status: z.string().max(30).optional(),
  category: CaseFilterFields.category,
  division: CaseFilterFields.division,
  warning: CaseFilterFields.warning,
  from: CaseFilterFields.from,
  to: CaseFilterFields.to,
  limit: z.coerce.number().int().min(1).max(CASE_POINTS_LIMIT).default(CASE_POINTS_LIMIT),
});
export const CasePoint = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  status: z.string(),
  warning: z.enum(['none', 'yellow', 'red']),
  categoryName: z.string().nullable(),
  lng: z.number(),
  lat: z.number(),
});
export type CasePoint = z.infer<typeof CasePoint>;
export const CasePoints = z.object({
  points: z.array(CasePoint).describe('WGS-84; red, then yellow, then the rest, newest first'),
  total: z.number().int().describe('Matching cases in scope, with or without a location'),
  withoutLocation: z.number().int().describe('Matching cases that have no location'),
  omitted: z.number().int().describe('Matching cases with a location left out by the limit'),
});
export type CasePoints = z.infer<typeof CasePoints>;

/** The most cases one batch dispatch takes. */
export const BATCH_DISPATCH_LIMIT = 100;
/** POST /api/cases/batch-dispatch: the dispatch action's fields, applied to each case in turn. */
export const BatchDispatchRequest = z.strictObject({
  items: z
    .array(
      z.strictObject({
        id: Uuid,
        version: z.number().int().min(1).describe('The case version you saw'),
      }),
    )
    .min(1)
    .max(BATCH_DISPATCH_LIMIT),
  lead: DispatchTarget,
  assists: z.array(DispatchTarget).max(10).default([]),
  note: reason.optional(),
});
export type BatchDispatchRequest = z.infer<typeof BatchDispatchRequest>;
export const BatchDispatchResult = z.object({
  succeeded: z.number().int(),
  failed: z.number().int(),
  results: z.array(
    z.object({
      id: z.string(),
      ok: z.boolean(),
      status: z.string().optional(),
      version: z.number().int().optional(),
      error: z
        .object({
          code: z.string(),
          message: z.string(),
          messages: z.object({ 'zh-CN': z.string(), en: z.string() }),
        })
        .optional(),
    }),
  ),
});
export type BatchDispatchResult = z.infer<typeof BatchDispatchResult>;
