/**
 * The public board shows where a problem is without pointing at a door: every point is moved to the
 * centre of its cell in a grid of `meters` squares (about 50 m), so all reports in one cell share a
 * point and none is more than half a cell's diagonal (≈ 35 m) from where it was. The cells are laid
 * out in degrees per latitude band, so the rounding needs no state and cannot be undone.
 */
const METERS_PER_DEGREE_LAT = 111_320;

export function roundLocation(lng: number, lat: number, meters = 50): [number, number] {
  const dLat = meters / METERS_PER_DEGREE_LAT;
  const row = Math.floor(lat / dLat);
  const centreLat = (row + 0.5) * dLat;
  // The longitude step of the band, fixed by the band's centre so that every point in it agrees.
  const dLng = meters / (METERS_PER_DEGREE_LAT * Math.cos((centreLat * Math.PI) / 180));
  const centreLng = (Math.floor(lng / dLng) + 0.5) * dLng;
  return [round7(centreLng), round7(centreLat)];
}

const round7 = (x: number) => Math.round(x * 1e7) / 1e7;

/** Distance in metres between two WGS-84 points (haversine; enough at this scale). */
export function metersBetween(a: readonly [number, number], b: readonly [number, number]): number {
  const r = 6_371_008.8;
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLng = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * r * Math.asin(Math.sqrt(h));
}

/**
 * A radius in degrees that covers `meters` around a point at latitude `lat` in every direction: a
 * degree of longitude shrinks towards the poles, so the longitude span is the larger one. For an
 * index search in degrees (ST_DWithin on geometry) before the exact one in metres.
 */
export function degreesCovering(meters: number, lat: number): number {
  return meters / (METERS_PER_DEGREE_LAT * Math.cos((Math.min(Math.abs(lat), 89) * Math.PI) / 180));
}
