import type {
  Open311Client as ClientSchema,
  Open311ClientCreated as CreatedSchema,
  Open311ClientCreate as CreateSchema,
  Open311ClientList as ListSchema,
} from '@wangge/contracts';
import { api } from './client.ts';

// The admin API of Open311 client keys (apps/server/src/modules/open311/open311-clients.routes.ts).

export type Open311Client = (typeof ClientSchema)['_zod']['output'];
export type Open311ClientCreate = (typeof CreateSchema)['_zod']['output'];
export type Open311ClientCreated = (typeof CreatedSchema)['_zod']['output'];
type Open311ClientList = (typeof ListSchema)['_zod']['output'];

export function listClients(signal?: AbortSignal): Promise<Open311ClientList> {
  return api('/api/open311-clients', { signal });
}

/** The answer holds the key itself, which the server never gives again. */
export function issueClient(body: Open311ClientCreate): Promise<Open311ClientCreated> {
  return api('/api/open311-clients', { method: 'POST', body });
}

export function revokeClient(id: string): Promise<Open311Client> {
  return api(`/api/open311-clients/${encodeURIComponent(id)}/revoke`, { method: 'POST' });
}
