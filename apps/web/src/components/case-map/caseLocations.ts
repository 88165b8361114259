import {
  CASE_POINTS_LIMIT,
  type CasePoint,
  type CasePointsQuery,
  type CasePoints as CasePointsResponse,
} from '@wangge/contracts';
import { api } from '../../api/client.ts';
import type { GeoJsonFeatureCollection } from '../../map/geojson.ts';

export type { CasePoint } from '@wangge/contracts';

/** The most points the server answers in one request. */
export const CASE_MAP_LIMIT = CASE_POINTS_LIMIT;

export type Warning = CasePoint['warning'];
export type CaseState = 'open' | 'finished' | 'all';

/** Circle fills of the warning levels (hex versions of WARNING_COLORS); finished cases are grey. */
export const WARNING_HEX: Record<Warning, string> = { red: '#dc2626', yellow: '#eab308', none: '#16a34a' };
export const FINISHED_HEX = '#9ca3af';

/** Where a case stands in the loop, shown as the circle's ring. */
export type Phase = 'intake' | 'handling' | 'closing' | 'finished';
export const PHASE_HEX: Record<Phase, string> = {
  intake: '#0f172a',
  handling: '#7c3aed',
  closing: '#0e7490',
  finished: '#ffffff',
};
const PHASES: Record<string, Phase> = {
  pending_verification: 'intake',
  pending_acceptance: 'intake',
  pending_dispatch: 'intake',
  dispatched: 'handling',
  in_progress: 'handling',
  pending_check: 'closing',
  pending_evaluation: 'closing',
  under_review: 'closing',
  pending_followup: 'closing',
  closed: 'finished',
  rejected: 'finished',
  merged: 'finished',
  cancelled: 'finished',
};
export const phaseOf = (status: string): Phase => PHASES[status] ?? 'intake';

export interface CaseMapFilters {
  state?: CaseState;
  from?: string;
  to?: string;
  category?: string;
  warning?: Warning;
}

export type CaseLocations = CasePointsResponse;

/** GET /api/cases/points: the located cases of the filters in one request (open cases by default). */
export function fetchCaseLocations(filters: CaseMapFilters, signal: AbortSignal): Promise<CaseLocations> {
  const query: Partial<Record<keyof (typeof CasePointsQuery)['_zod']['input'], string>> = {};
  for (const key of ['state', 'from', 'to', 'category', 'warning'] as const) {
    const value = filters[key]?.trim();
    if (value) query[key] = value;
  }
  return api('/api/cases/points', { query, signal });
}

/** The points as GeoJSON for the case layer, with their fill (warning) and ring (status) colours. */
export function casePointsGeoJson(points: CasePoint[]): GeoJsonFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: points.map((point) => {
      const phase = phaseOf(point.status);
      return {
        type: 'Feature',
        id: point.id,
        geometry: { type: 'Point', coordinates: [point.lng, point.lat] },
        properties: {
          id: point.id,
          number: point.number,
          title: point.title,
          status: point.status,
          warning: point.warning,
          categoryName: point.categoryName ?? '',
          fill: phase === 'finished' ? FINISHED_HEX : WARNING_HEX[point.warning],
          ring: PHASE_HEX[phase],
        },
      };
    }),
  };
}
