import { api } from './http.ts';
import type { Board, Community } from './types.ts';

export function fetchCommunities(signal?: AbortSignal): Promise<{ items: Community[] }> {
  return api('/api/portal/communities', signal ? { signal } : {});
}

/** A community's public board: figures and recent cases, no personal data, points rounded to ~50 m. */
export function fetchBoard(community: string, page: number, signal?: AbortSignal): Promise<Board> {
  return api('/api/portal/board', { query: { community, page }, ...(signal ? { signal } : {}) });
}
