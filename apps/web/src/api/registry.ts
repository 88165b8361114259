import type {
  AccessQuery as AccessQuerySchema,
  AccessReport as AccessReportSchema,
  CareTagList as CareTagListSchema,
  DeleteRequest as DeleteRequestSchema,
  GridList as GridListSchema,
  HistoryList as HistoryListSchema,
  PersonCreate as PersonCreateSchema,
  PersonList as PersonListSchema,
  PersonQuery as PersonQuerySchema,
  PersonUpdate as PersonUpdateSchema,
  PersonView as PersonViewSchema,
  RevealAnswer as RevealAnswerSchema,
  TagAssign as TagAssignSchema,
  VisitCreate as VisitCreateSchema,
  VisitList as VisitListSchema,
  VisitView as VisitViewSchema,
} from '@wangge/contracts';
import type { Locale } from '../i18n/messages.ts';
import { api } from './client.ts';
import { downloadFile } from './download.ts';

// The people API of the registry (apps/server/src/modules/registry/people.routes.ts and the care
// routes beside it). Personal numbers come back masked; only reveal() answers one in the clear.

export type PersonView = (typeof PersonViewSchema)['_zod']['output'];
export type PersonList = (typeof PersonListSchema)['_zod']['output'];
export type PersonListItem = PersonList['items'][number];
/** What GET /api/registry/people accepts (booleans as 'true'/'false', as in the query string). */
export type PersonQuery = (typeof PersonQuerySchema)['_zod']['input'];
export type PersonCreateBody = (typeof PersonCreateSchema)['_zod']['output'];
export type PersonUpdateBody = (typeof PersonUpdateSchema)['_zod']['output'];
export type HistoryList = (typeof HistoryListSchema)['_zod']['output'];
export type HistoryEntry = HistoryList['items'][number];
export type AccessQuery = (typeof AccessQuerySchema)['_zod']['input'];
export type AccessReport = (typeof AccessReportSchema)['_zod']['output'];
export type AccessEntry = AccessReport['items'][number];
export type CareTagList = (typeof CareTagListSchema)['_zod']['output'];
export type CareTag = CareTagList['items'][number];
export type VisitList = (typeof VisitListSchema)['_zod']['output'];
export type VisitView = (typeof VisitViewSchema)['_zod']['output'];
export type VisitCreateBody = (typeof VisitCreateSchema)['_zod']['input'];
export type TagAssignBody = (typeof TagAssignSchema)['_zod']['input'];
export type RevealField = (typeof RevealAnswerSchema)['_zod']['output']['field'];
type DeleteBody = (typeof DeleteRequestSchema)['_zod']['output'];
export type GridList = (typeof GridListSchema)['_zod']['output'];

const person = (id: string) => `/api/registry/people/${encodeURIComponent(id)}`;

/** A query without its empty values: the server's strict query schema rejects unknown or empty ones. */
function cleanQuery(query: Record<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === 'string' && value.trim()) out[key] = value.trim();
    else if (typeof value === 'number' && Number.isFinite(value)) out[key] = value;
    else if (typeof value === 'boolean') out[key] = String(value);
  }
  return out;
}

export function listPeople(query: PersonQuery, signal?: AbortSignal): Promise<PersonList> {
  return api('/api/registry/people', { query: cleanQuery(query), signal });
}

export function fetchPerson(id: string, signal?: AbortSignal): Promise<PersonView> {
  return api(person(id), { signal });
}

export function createPerson(body: PersonCreateBody): Promise<PersonView> {
  return api('/api/registry/people', { method: 'POST', body });
}

export function updatePerson(id: string, body: PersonUpdateBody): Promise<PersonView> {
  return api(person(id), { method: 'PUT', body });
}

/** The clear number, with the reason the user gave; the server records the look before answering. */
export async function revealPerson(id: string, field: RevealField, reason: string): Promise<string | null> {
  const answer = await api<{ value: string | null }>(`${person(id)}/reveal`, {
    method: 'POST',
    body: { field, reason },
  });
  return answer.value;
}

export function fetchPersonHistory(id: string, signal?: AbortSignal): Promise<HistoryList> {
  return api(`${person(id)}/history`, { signal });
}

export function deletePerson(id: string, body: DeleteBody): Promise<void> {
  return api(`${person(id)}/delete`, { method: 'POST', body });
}

export function restorePerson(id: string, version: number): Promise<PersonView> {
  return api(`${person(id)}/restore`, { method: 'POST', body: { version } });
}

/** The care groups (关爱对象) the caller may see: what the filters and the tag form offer. */
export function fetchCareTags(signal?: AbortSignal): Promise<CareTagList> {
  return api('/api/registry/care-tags', { signal });
}

export function tagPerson(id: string, body: TagAssignBody): Promise<PersonView> {
  return api(`${person(id)}/tags`, { method: 'POST', body });
}

export function untagPerson(id: string, code: string): Promise<unknown> {
  return api(`${person(id)}/tags/${encodeURIComponent(code)}`, { method: 'DELETE' });
}

export function fetchVisits(id: string, signal?: AbortSignal): Promise<VisitList> {
  return api(`${person(id)}/visits`, { signal });
}

export function createVisit(id: string, body: VisitCreateBody): Promise<VisitView> {
  return api(`${person(id)}/visits`, { method: 'POST', body });
}

export function fetchAccessReport(query: AccessQuery, signal?: AbortSignal): Promise<AccessReport> {
  return api('/api/registry/access-report', { query: cleanQuery(query), signal });
}

/**
 * GET /api/registry/people/export.xlsx for the list's filters (no paging), saved by the browser
 * under the server's file name. Errors (not allowed, too many rows) come back as ApiErrors.
 */
export function downloadPeopleExport(
  query: Omit<PersonQuery, 'page' | 'pageSize'>,
  locale: Locale,
): Promise<string> {
  const params = new URLSearchParams(Object.entries(cleanQuery(query)).map(([k, v]) => [k, String(v)]));
  return downloadFile('/api/registry/people/export.xlsx', params, locale, 'people.xlsx');
}

/** The grids of the user's territory (up to 1,000), for choosing where a person lives. */
export function fetchScopeGrids(signal?: AbortSignal): Promise<GridList> {
  return api('/api/org/grids', { query: { limit: 1000 }, signal });
}
