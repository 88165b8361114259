import type { LocateResult } from '@wangge/contracts';
import { api } from './http.ts';
import type { Category, MeToo, Nearby, PortalReportRequest, ReportResult } from './types.ts';

export function fetchCategories(signal?: AbortSignal): Promise<{ items: Category[] }> {
  return api('/api/portal/categories', signal ? { signal } : {});
}

/** Open cases within 200 m of a WGS-84 point (of the category, when one is chosen). */
export function fetchNearby(
  point: { lng: number; lat: number },
  category: string | null,
  signal?: AbortSignal,
): Promise<{ items: Nearby[] }> {
  return api('/api/portal/nearby', {
    query: { lng: point.lng, lat: point.lat, crs: 'WGS84', category: category ?? undefined },
    ...(signal ? { signal } : {}),
  });
}

/** 我也遇到: follow an open case instead of reporting it again. */
export function meToo(number: string): Promise<MeToo> {
  return api(`/api/portal/cases/${encodeURIComponent(number)}/me-too`, { method: 'POST', body: {} });
}

export function submitReport(body: PortalReportRequest): Promise<ReportResult> {
  return api('/api/portal/reports', { method: 'POST', body });
}

/** Which grid a WGS-84 point lies in (any signed-in user may ask: grid names are public). */
export function locatePoint(
  point: { lng: number; lat: number },
  signal?: AbortSignal,
): Promise<LocateResult> {
  return api('/api/org/locate', {
    query: { lng: point.lng, lat: point.lat, crs: 'WGS84' },
    ...(signal ? { signal } : {}),
  });
}
