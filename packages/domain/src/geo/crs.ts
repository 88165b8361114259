import gcoord from 'gcoord';
import { type Geometry, mapPositions, type Position } from './geometry.ts';

/**
 * Coordinate systems accepted at the edge. The database holds WGS-84 only; Chinese map SDKs speak
 * GCJ-02 (AMap, Tencent, the WeChat location API) or BD-09 (Baidu), so points and shapes are converted
 * on the way in and, for those maps, on the way out.
 *
 * gcoord's GCJ-02 offset applies only inside a rough bounding box of China (lng 72.004–137.8347,
 * lat 0.8293–55.8271); outside it WGS-84 ↔ GCJ-02 returns the point unchanged. BD-09 is GCJ-02 plus
 * Baidu's own offset, which gcoord applies everywhere, so WGS-84 ↔ BD-09 still shifts a point outside
 * China by that second offset alone. Neither matters for this product's territory, but an import that
 * claims the wrong system far from China will not be caught by the conversion.
 */
export type Crs = 'WGS84' | 'GCJ02' | 'BD09';

export const CRS_VALUES: readonly Crs[] = ['WGS84', 'GCJ02', 'BD09'];

const GCOORD: Record<Crs, typeof gcoord.WGS84 | typeof gcoord.GCJ02 | typeof gcoord.BD09> = {
  WGS84: gcoord.WGS84,
  GCJ02: gcoord.GCJ02,
  BD09: gcoord.BD09,
};

function convert(position: readonly number[], from: Crs, to: Crs): Position {
  const [lng, lat, ...rest] = position;
  if (!Number.isFinite(lng) || !Number.isFinite(lat)) {
    // A programming error: callers validate coordinates before converting them.
    throw new RangeError(`Cannot convert a non-finite coordinate: [${lng}, ${lat}]`);
  }
  const pair: [number, number] = [lng as number, lat as number];
  const [x, y] = from === to ? pair : gcoord.transform(pair, GCOORD[from], GCOORD[to]);
  // gcoord returns only [lng, lat]; keep an altitude if there was one.
  return rest.length > 0 ? [x, y, rest[0] as number] : [x, y];
}

export function toWgs84Point(point: readonly [number, number], crs: Crs): [number, number] {
  const [lng, lat] = convert(point, crs, 'WGS84');
  return [lng, lat];
}

export function fromWgs84Point(point: readonly [number, number], crs: Crs): [number, number] {
  const [lng, lat] = convert(point, 'WGS84', crs);
  return [lng, lat];
}

/** A new WGS-84 geometry; the input is never mutated (gcoord itself converts GeoJSON in place). */
export function toWgs84Geometry<G extends Geometry>(geometry: G, crs: Crs): G {
  return mapPositions(geometry, (p) => convert(p, crs, 'WGS84'));
}

/** A new geometry in `crs` from a WGS-84 one; the input is never mutated. */
export function fromWgs84Geometry<G extends Geometry>(geometry: G, crs: Crs): G {
  return mapPositions(geometry, (p) => convert(p, 'WGS84', crs));
}
