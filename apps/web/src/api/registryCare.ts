import type {
  CareTagList as CareTagListSchema,
  DualRegistrationCreate as DualCreateSchema,
  DualRegistrationList as DualListSchema,
  DualRegistrationQuery as DualQuerySchema,
  DualRegistrationView as DualViewSchema,
  VisitCreate as VisitCreateSchema,
  VisitScheduleQuery as VisitScheduleQuerySchema,
  VisitSchedule as VisitScheduleSchema,
  VisitView as VisitViewSchema,
} from '@wangge/contracts';
import type { Locale } from '../i18n/messages.ts';
import { api } from './client.ts';
import { downloadFile, exportParams } from './download.ts';

// Care groups, the visit schedule and 双报到 (party members and units registering at a community).

export type CareTag = (typeof CareTagListSchema)['_zod']['output']['items'][number];
export type VisitSchedule = (typeof VisitScheduleSchema)['_zod']['output'];
export type VisitScheduleItem = VisitSchedule['items'][number];
export type VisitScheduleQuery = Partial<(typeof VisitScheduleQuerySchema)['_zod']['output']>;
export type VisitCreate = (typeof VisitCreateSchema)['_zod']['output'];
export type VisitView = (typeof VisitViewSchema)['_zod']['output'];
export type DualRegistration = (typeof DualViewSchema)['_zod']['output'];
export type DualRegistrationCreate = (typeof DualCreateSchema)['_zod']['output'];
export type DualRegistrationQuery = Partial<(typeof DualQuerySchema)['_zod']['output']>;
type DualRegistrationList = (typeof DualListSchema)['_zod']['output'];

const enc = encodeURIComponent;

export function listCareTags(signal?: AbortSignal): Promise<{ items: CareTag[] }> {
  return api('/api/registry/care-tags', { signal });
}

export function fetchVisitSchedule(query: VisitScheduleQuery, signal?: AbortSignal): Promise<VisitSchedule> {
  return api('/api/registry/visits/schedule', { query, signal });
}

/** GET /api/registry/visits/schedule/export.xlsx for the page's query, saved by the browser; errors as ApiErrors. */
export function downloadVisitScheduleExport(query: VisitScheduleQuery, locale: Locale): Promise<string> {
  return downloadFile(
    '/api/registry/visits/schedule/export.xlsx',
    exportParams(query),
    locale,
    'visit-schedule.xlsx',
  );
}

export function recordVisit(personId: string, body: VisitCreate): Promise<VisitView> {
  return api(`/api/registry/people/${enc(personId)}/visits`, { method: 'POST', body });
}

export function listDualRegistrations(
  query: DualRegistrationQuery,
  signal?: AbortSignal,
): Promise<DualRegistrationList> {
  return api('/api/registry/dual-registrations', { query, signal });
}

export function createDualRegistration(body: DualRegistrationCreate): Promise<DualRegistration> {
  return api('/api/registry/dual-registrations', { method: 'POST', body });
}

/** Ends an active registration (the member moved away, the unit withdrew). */
export function endDualRegistration(id: string): Promise<DualRegistration> {
  return api(`/api/registry/dual-registrations/${enc(id)}/end`, { method: 'POST', body: {} });
}
