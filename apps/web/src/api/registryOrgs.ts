import type {
  OrganisationFields as FieldsSchema,
  HistoryList as HistoryListSchema,
  OrganisationList as ListSchema,
  OrganisationQuery as QuerySchema,
  OrganisationUpdate as UpdateSchema,
  OrganisationView as ViewSchema,
} from '@wangge/contracts';
import type { Locale } from '../i18n/messages.ts';
import { api } from './client.ts';
import { downloadFile, exportParams } from './download.ts';
import type { Revealed } from './registryHousing.ts';

// Organisations of the registry (单位组织): list, detail, register, edit, reveal, delete, history, export.

export type OrganisationView = (typeof ViewSchema)['_zod']['output'];
export type OrganisationListItem = (typeof ListSchema)['_zod']['output']['items'][number];
export type OrganisationFields = (typeof FieldsSchema)['_zod']['output'];
export type OrganisationUpdate = (typeof UpdateSchema)['_zod']['output'];
export type OrganisationQuery = Partial<(typeof QuerySchema)['_zod']['output']>;
export type HistoryEntry = (typeof HistoryListSchema)['_zod']['output']['items'][number];
export type OrgPiiField = 'legalRepIdNumber' | 'contactPhone';

const enc = encodeURIComponent;

export function listOrganisations(
  query: OrganisationQuery,
  signal?: AbortSignal,
): Promise<{ items: OrganisationListItem[]; total: number }> {
  return api('/api/registry/organisations', { query, signal });
}

export function fetchOrganisation(id: string, signal?: AbortSignal): Promise<OrganisationView> {
  return api(`/api/registry/organisations/${enc(id)}`, { signal });
}

export function createOrganisation(body: OrganisationFields): Promise<OrganisationView> {
  return api('/api/registry/organisations', { method: 'POST', body });
}

export function updateOrganisation(id: string, body: OrganisationUpdate): Promise<OrganisationView> {
  return api(`/api/registry/organisations/${enc(id)}`, { method: 'PUT', body });
}

export function revealOrganisation(id: string, field: OrgPiiField, reason: string): Promise<Revealed> {
  return api(`/api/registry/organisations/${enc(id)}/reveal`, { method: 'POST', body: { field, reason } });
}

export function deleteOrganisation(id: string, version: number, reason: string): Promise<unknown> {
  return api(`/api/registry/organisations/${enc(id)}/delete`, { method: 'POST', body: { version, reason } });
}

export function organisationHistory(id: string, signal?: AbortSignal): Promise<{ items: HistoryEntry[] }> {
  return api(`/api/registry/organisations/${enc(id)}/history`, { signal });
}

/**
 * GET /api/registry/organisations/export.xlsx for the list's filters (no paging), saved by the browser
 * under the server's file name. Errors (not allowed, too many rows) come back as ApiErrors.
 */
export function downloadOrganisationsExport(
  query: Omit<OrganisationQuery, 'page' | 'pageSize'>,
  locale: Locale,
): Promise<string> {
  return downloadFile(
    '/api/registry/organisations/export.xlsx',
    exportParams(query),
    locale,
    'organisations.xlsx',
  );
}
