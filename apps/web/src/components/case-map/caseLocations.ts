import type { CaseDetail } from '@wangge/contracts';
import { type CaseListQuery, listCases } from '../../api/cases.ts';
import { api, isAbortError } from '../../api/client.ts';
import type { GeoJsonFeatureCollection } from '../../map/geojson.ts';

/** The most the list endpoint returns in one page. */
export const CASE_MAP_LIMIT = 200;
const BATCH_SIZE = 10;

/** Statuses of finished cases, left off the map. */
const FINISHED = new Set(['closed', 'rejected', 'merged']);

export type Warning = CaseDetail['warning'];

/** Circle colours of the warning levels (hex versions of WARNING_COLORS). */
export const WARNING_HEX: Record<Warning, string> = { red: '#dc2626', yellow: '#eab308', none: '#16a34a' };

export interface CaseMapFilters {
  from?: string;
  to?: string;
  category?: string;
  warning?: Warning;
}

export interface CasePoint {
  id: string;
  number: string;
  title: string;
  status: string;
  warning: Warning;
  lng: number;
  lat: number;
}

export interface CaseLocations {
  points: CasePoint[];
  /** Open cases among the listed ones. */
  open: number;
  /** Open cases without a location. */
  skipped: number;
  /** Open cases whose detail could not be loaded. */
  failed: number;
  /** All cases matching the filters on the server (may exceed the limit). */
  total: number;
}

function fetchLocation(id: string, signal: AbortSignal): Promise<CaseDetail> {
  return api<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`, { signal });
}

/**
 * Lists the open cases and fetches their details in batches of 10 for the location.
 * N+1 requests: acceptable until the list endpoint can return locations.
 */
export async function fetchCaseLocations(
  filters: CaseMapFilters,
  signal: AbortSignal,
): Promise<CaseLocations> {
  const query: CaseListQuery = { limit: CASE_MAP_LIMIT, ...filters };
  const list = await listCases(query, signal);
  const open = list.items.filter((item) => !FINISHED.has(item.status));
  const points: CasePoint[] = [];
  let skipped = 0;
  let failed = 0;
  for (let start = 0; start < open.length; start += BATCH_SIZE) {
    const batch = open.slice(start, start + BATCH_SIZE);
    const results = await Promise.allSettled(batch.map((item) => fetchLocation(item.id, signal)));
    for (const result of results) {
      if (result.status === 'rejected') {
        if (isAbortError(result.reason) || signal.aborted) throw result.reason;
        failed += 1;
        continue;
      }
      const { id, number, title, status, warning, location } = result.value;
      if (!location) {
        skipped += 1;
        continue;
      }
      points.push({ id, number, title, status, warning, lng: location.lng, lat: location.lat });
    }
  }
  return { points, open: open.length, skipped, failed, total: list.total };
}

/** The points as GeoJSON for the case layer. */
export function casePointsGeoJson(points: CasePoint[]): GeoJsonFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: points.map((point) => ({
      type: 'Feature',
      id: point.id,
      geometry: { type: 'Point', coordinates: [point.lng, point.lat] },
      properties: {
        id: point.id,
        number: point.number,
        title: point.title,
        status: point.status,
        warning: point.warning,
      },
    })),
  };
}
