import type { Crs, GridImportPreview } from '@wangge/contracts';
import { checkPolygonal, IssueCollector, toWgs84Geometry } from '@wangge/domain';

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== ''
    ? value.trim()
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : null;

/**
 * The features of an import as a map can draw them before anything is written: every feature whose
 * shape can be read (whatever else is wrong with it), converted to WGS-84, with its index in the file
 * so a page can point at the features that failed. Browsers have no GCJ-02/BD-09 conversion of their own.
 */
export function importPreview(features: readonly unknown[], crs: Crs): GridImportPreview {
  const out: GridImportPreview['features'] = [];
  features.forEach((feature, index) => {
    if (typeof feature !== 'object' || feature === null) return;
    const { geometry, properties } = feature as { geometry?: unknown; properties?: unknown };
    const shape = checkPolygonal(geometry, 'geometry', new IssueCollector());
    if (!shape) return;
    const props = (typeof properties === 'object' && properties !== null ? properties : {}) as Record<
      string,
      unknown
    >;
    out.push({
      type: 'Feature',
      geometry: toWgs84Geometry(shape, crs),
      properties: { index, code: text(props.code), name: text(props.name) },
    });
  });
  return { type: 'FeatureCollection', features: out };
}
