import type {
  GridList as GridListSchema,
  PersonList as PersonListSchema,
  PersonQuery as PersonQuerySchema,
} from '@wangge/contracts';
import { api } from './client.ts';

// Look-ups the registry's place pages share: the grids of a division, and people to pick from.

export type GridSummary = (typeof GridListSchema)['_zod']['output']['items'][number];
export type PersonListItem = (typeof PersonListSchema)['_zod']['output']['items'][number];
type PersonQuery = Partial<(typeof PersonQuerySchema)['_zod']['output']>;

/** GET /api/org/grids: the grids in the caller's scope, inside `division` when given. */
export function listGrids(
  division: string | null,
  signal?: AbortSignal,
): Promise<{ items: GridSummary[]; total: number }> {
  return api('/api/org/grids', { query: { division, limit: 1000 }, signal });
}

/** GET /api/registry/people (numbers masked), e.g. party members by name for 双报到. */
export function searchPeople(
  query: PersonQuery,
  signal?: AbortSignal,
): Promise<{ items: PersonListItem[]; total: number }> {
  return api('/api/registry/people', { query: { pageSize: 20, ...query }, signal });
}
