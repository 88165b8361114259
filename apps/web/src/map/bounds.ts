/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

function extend(bounds: Bounds | null, coordinates: unknown): Bounds | null {
  if (!Array.isArray(coordinates)) return bounds;
  if (typeof coordinates[0] === 'number' && typeof coordinates[1] === 'number') {
    const [x, y] = coordinates as [number, number];
    if (!Number.isFinite(x) || !Number.isFinite(y)) return bounds;
    if (!bounds) return [x, y, x, y];
    return [Math.min(bounds[0], x), Math.min(bounds[1], y), Math.max(bounds[2], x), Math.max(bounds[3], y)];
  }
  let out = bounds;
  for (const part of coordinates) out = extend(out, part);
  return out;
}

/** The bounds of GeoJSON geometries (any nesting of positions); null when there is no position. */
export function geometryBounds(
  geometries: ReadonlyArray<{ coordinates?: unknown } | null | undefined>,
): Bounds | null {
  let bounds: Bounds | null = null;
  for (const geometry of geometries) if (geometry) bounds = extend(bounds, geometry.coordinates);
  return bounds;
}
