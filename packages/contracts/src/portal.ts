import { z } from 'zod';
import { Crs, DivisionCode, Latitude, Longitude } from './common.ts';

/**
 * The resident pages' API (`/api/portal/*`): sign in by SMS code or anonymously, report with photos
 * and a point, "me too", my cases, evaluate, withdraw, and the public board. Residents see plain
 * words, their own cases only, and never another resident's name or number.
 */

export const MobilePhone = z.string().regex(/^1[3-9]\d{9}$/, 'an 11-digit mainland mobile number');

/** POST /api/portal/sms-code */
export const SmsCodeRequest = z.strictObject({ phone: MobilePhone });
export const SmsCodeResponse = z.object({
  sentTo: z.string().describe('The number masked, 138****5678'),
  expiresInSeconds: z.number().int(),
  resendInSeconds: z.number().int(),
});

/** POST /api/portal/login: the code sent by SMS; creates the resident's account on first sign-in. */
export const PhoneLoginRequest = z.strictObject({
  phone: MobilePhone,
  code: z.string().regex(/^\d{6}$/, 'six digits'),
});

/** POST /api/portal/link-login: an anonymous resident's private tracking link signs them in again. */
export const LinkLoginRequest = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/) });

export const ResidentSession = z.object({
  kind: z.enum(['phone', 'anonymous', 'account']),
  displayName: z.string(),
  phoneMasked: z.string().nullable(),
  csrfToken: z.string(),
  expiresAt: z.string(),
  /** For anonymous residents: the private link (path) that brings them back to their cases. */
  trackingPath: z.string().nullable(),
});
export type ResidentSession = z.infer<typeof ResidentSession>;

export const PortalCategory = z.object({
  code: z.string(),
  name: z.string(),
  className: z.string(),
  keywords: z.array(z.string()),
  /** Reported often in the last 90 days: shown first. */
  common: z.boolean(),
});
export const PortalCategoryList = z.object({ items: z.array(PortalCategory) });

export const PortalPoint = z.strictObject({
  lng: Longitude,
  lat: Latitude,
  crs: Crs.describe('The system the point came in: WGS84 from the browser, GCJ02 from WeChat or AMap'),
  source: z.enum(['device', 'map']).describe('The phone’s position, or a point picked on the map'),
});

/** GET /api/portal/nearby: open cases near a point (within 200 m), to say "me too" instead of repeating one. */
export const NearbyQuery = z.strictObject({
  lng: z.coerce.number().min(-180).max(180),
  lat: z.coerce.number().min(-90).max(90),
  crs: Crs.default('WGS84'),
  category: z.string().max(20).optional(),
});
export const NearbyCase = z.object({
  number: z.string(),
  title: z.string(),
  categoryName: z.string().nullable(),
  progress: z.string().describe('Plain words, in the caller’s language'),
  distanceM: z.number().int(),
  reportedAt: z.string(),
  supporters: z.number().int().describe('Residents who said "me too"'),
  mine: z.boolean().describe('Reported or followed by the caller already'),
});
export const NearbyList = z.object({ items: z.array(NearbyCase) });

/** POST /api/portal/reports */
export const PortalReportRequest = z.strictObject({
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_.:-]{8,100}$/),
  categoryCode: z.string().min(1).max(20),
  description: z.string().trim().min(5).max(1000),
  location: PortalPoint,
  address: z.string().trim().min(1).max(200).optional(),
  photos: z.array(z.uuid()).max(9).default([]),
});
export type PortalReportRequest = z.infer<typeof PortalReportRequest>;

export const PortalReportResponse = z.object({
  number: z.string(),
  created: z.boolean(),
  gridName: z.string().nullable(),
  /** The system the point was received in, and the WGS-84 point stored. */
  receivedCrs: Crs,
  point: z.object({ lng: z.number(), lat: z.number() }),
});

export const CaseNumberParams = z.strictObject({ number: z.string().regex(/^\d{6}-\d{8}-\d{5}$/) });

/** POST /api/portal/cases/:number/me-too */
export const MeTooResponse = z.object({
  number: z.string(),
  supporters: z.number().int(),
  following: z.boolean(),
});

const PortalPhoto = z.object({ url: z.string(), thumbUrl: z.string().nullable() });

export const PortalCaseSummary = z.object({
  number: z.string(),
  title: z.string(),
  categoryName: z.string().nullable(),
  status: z.string(),
  progress: z.string(),
  step: z.number().int().describe('Index into the six steps 提交 受理 处理 核查 评价 办结'),
  relation: z.enum(['reporter', 'follower']),
  reportedAt: z.string(),
  updatedAt: z.string(),
  finished: z.boolean(),
  toRate: z.boolean(),
});
export const PortalCaseList = z.object({ items: z.array(PortalCaseSummary), unread: z.number().int() });

export const PortalTimelineEntry = z.object({
  at: z.string(),
  type: z.string(),
  text: z.string().describe('What happened, in plain words'),
  unit: z.string().nullable().describe('The unit that acted or was sent the case (never a person)'),
  note: z.string().nullable(),
  photos: z.array(PortalPhoto),
});

export const PortalCaseDetail = PortalCaseSummary.extend({
  description: z.string(),
  address: z.string().nullable(),
  gridName: z.string().nullable(),
  location: z.object({ lng: z.number(), lat: z.number() }).nullable(),
  handledBy: z.array(z.object({ name: z.string(), lead: z.boolean() })).describe('Who handles it now'),
  deadline: z.string().nullable().describe('By when the current step is due'),
  overdue: z.boolean(),
  evaluation: z.enum(['satisfied', 'basically_satisfied', 'dissatisfied']).nullable(),
  supporters: z.number().int(),
  photos: z.object({ report: z.array(PortalPhoto), result: z.array(PortalPhoto) }),
  timeline: z.array(PortalTimelineEntry),
  canCancel: z.boolean(),
  canRate: z.boolean(),
  version: z.number().int(),
});
export type PortalCaseDetail = z.infer<typeof PortalCaseDetail>;

/** POST /api/portal/cases/:number/evaluate: "not fixed" is a dissatisfied rating, which reopens it. */
export const PortalEvaluateRequest = z.strictObject({
  version: z.number().int().min(1),
  rating: z.enum(['satisfied', 'basically_satisfied', 'dissatisfied']),
  comment: z.string().trim().max(500).optional(),
});
/** POST /api/portal/cases/:number/cancel */
export const PortalCancelRequest = z.strictObject({
  version: z.number().int().min(1),
  reason: z.string().trim().min(1).max(200).optional(),
});
export const PortalActionResponse = z.object({
  number: z.string(),
  status: z.string(),
  version: z.number().int(),
});

/** GET /api/portal/communities: where a board can be read. */
export const PortalCommunity = z.object({ code: z.string(), name: z.string(), subdistrictName: z.string() });
export const PortalCommunityList = z.object({ items: z.array(PortalCommunity) });

/** GET /api/portal/board: a community's recent cases, with no personal data and points rounded to ~50 m. */
export const BoardQuery = z.strictObject({
  community: DivisionCode,
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export const BoardItem = z.object({
  number: z.string(),
  title: z.string().describe('With phone and ID numbers blotted out'),
  categoryName: z.string().nullable(),
  gridName: z.string().nullable(),
  progress: z.string(),
  finished: z.boolean(),
  reportedOn: z.string().describe('China date'),
  closedOn: z.string().nullable(),
  onTime: z.boolean().nullable(),
  evaluation: z.enum(['satisfied', 'basically_satisfied', 'dissatisfied']).nullable(),
  point: z.object({ lng: z.number(), lat: z.number() }).nullable().describe('Rounded to a 50 m cell'),
});
export const BoardResponse = z.object({
  community: PortalCommunity,
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  summary: z.object({
    reported: z.number().int(),
    closed: z.number().int(),
    closedOnTime: z.number().int(),
    satisfied: z.number().int(),
    rated: z.number().int(),
  }),
  items: z.array(BoardItem),
});

/** Open311 client applications (admin): `/api/open311-clients`. */
export const Open311ClientCreate = z.strictObject({
  name: z.string().trim().min(2).max(100),
  contact: z.string().trim().max(200).optional(),
  districtCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional()
    .describe('Defaults to the admin’s own district'),
});
export const Open311Client = z.object({
  id: z.string(),
  name: z.string(),
  contact: z.string().nullable(),
  keyPrefix: z.string(),
  districtCode: z.string(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export const Open311ClientList = z.object({ items: z.array(Open311Client) });
export const Open311ClientCreated = Open311Client.extend({
  apiKey: z.string().describe('Shown once: only its hash is kept'),
});
export const IdParams = z.strictObject({ id: z.string().max(64) });
