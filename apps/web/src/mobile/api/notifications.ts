import { api } from './http.ts';
import type { NoticeList } from './types.ts';

export function fetchNotices(options: { unreadOnly?: boolean; limit?: number } = {}, signal?: AbortSignal) {
  return api<NoticeList>('/api/notifications', {
    query: { unread: options.unreadOnly ? 'true' : undefined, limit: options.limit },
    ...(signal ? { signal } : {}),
  });
}

export function markNoticeRead(id: number): Promise<void> {
  // No body: the route takes none (and an empty JSON body would be refused).
  return api(`/api/notifications/${id}/read`, { method: 'POST' });
}
