import type { CoverageReport } from '@wangge/contracts';
import type { GeoJSONSource } from 'maplibre-gl';

/** What GeoJSONSource.setData accepts, minus the URL form. */
export type GeoJsonData = Exclude<Parameters<GeoJSONSource['setData']>[0], string>;
export type GeoJsonFeatureCollection = Extract<GeoJsonData, { type: 'FeatureCollection' }>;

/** Our contracts type geometries loosely ({ type, coordinates }); the server sends valid GeoJSON. */
export function asGeoJson(collection: {
  type: 'FeatureCollection';
  features: unknown[];
}): GeoJsonFeatureCollection {
  return collection as unknown as GeoJsonFeatureCollection;
}

export const EMPTY_COLLECTION: GeoJsonFeatureCollection = { type: 'FeatureCollection', features: [] };

/** All problem geometries of a coverage report as one collection, for the red highlight layer. */
export function coverageProblems(report: CoverageReport): GeoJsonFeatureCollection | null {
  const features = [
    ...report.overlaps.map((item) => ({ kind: 'overlap', areaM2: item.areaM2, geometry: item.geometry })),
    ...report.gaps.map((item) => ({ kind: 'gap', areaM2: item.areaM2, geometry: item.geometry })),
    ...report.outside.map((item) => ({ kind: 'outside', areaM2: item.areaM2, geometry: item.geometry })),
  ].map(({ geometry, ...properties }) => ({ type: 'Feature' as const, geometry, properties }));
  if (features.length === 0) return null;
  return asGeoJson({ type: 'FeatureCollection', features });
}
