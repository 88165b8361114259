import type { MultiPolygon } from './geometry.ts';
import type { IssueSink } from './issues.ts';

/**
 * Structural checks of an area geometry arriving from outside (a grid import), cheap enough to run on
 * every feature before anything reaches the database. Self-intersection, overlaps and other topology
 * are PostGIS's job later (ST_IsValid), not repeated here.
 */

export const POLYGON_ERROR_CODES = [
  'GEOMETRY_MISSING',
  'GEOMETRY_TYPE',
  'GEOMETRY_MALFORMED',
  'COORDINATE_OUT_OF_RANGE',
  'RING_NOT_CLOSED',
  'RING_TOO_SHORT',
  'TOO_MANY_VERTICES',
] as const;
export type PolygonErrorCode = (typeof POLYGON_ERROR_CODES)[number];

/** Per feature: beyond this a "grid" is almost certainly an unsimplified export, and slow to index. */
export const MAX_VERTICES_PER_FEATURE = 100_000;
const MIN_RING_POSITIONS = 4;

type Position2 = [number, number];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why a coordinate is out of range, with a hint at the two usual causes. */
function rangeMessage(where: string, lng: number, lat: number): string {
  const base = `${where}: [${lng}, ${lat}] is outside lng −180…180 / lat −90…90`;
  if (Math.abs(lng) > 1000 || Math.abs(lat) > 1000) return `${base}; projected coordinates in metres?`;
  if (Math.abs(lat) > 90 && Math.abs(lng) <= 90) return `${base}; [lat, lng] order instead of [lng, lat]?`;
  return base;
}

/**
 * Checks a Polygon or MultiPolygon at `path` (e.g. "features[3].geometry"), reporting problems to
 * `issues`; returns it as a 2-D MultiPolygon of fresh arrays when nothing was wrong. Altitudes are
 * dropped because the territory tables are 2-D.
 */
export function checkPolygonal(
  geometry: unknown,
  path: string,
  issues: IssueSink<PolygonErrorCode>,
): MultiPolygon | null {
  if (geometry === undefined || geometry === null) {
    issues.add('GEOMETRY_MISSING', `${path} is missing`);
    return null;
  }
  if (!isRecord(geometry)) {
    issues.add('GEOMETRY_MALFORMED', `${path} is not a GeoJSON geometry object`);
    return null;
  }
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
    issues.add(
      'GEOMETRY_TYPE',
      `${path}.type is ${JSON.stringify(geometry.type)}; expected Polygon or MultiPolygon`,
    );
    return null;
  }
  const before = issues.reported;
  const coords = geometry.coordinates;
  const polygons: unknown[] | null =
    geometry.type === 'Polygon'
      ? Array.isArray(coords)
        ? [coords]
        : null
      : Array.isArray(coords)
        ? coords
        : null;
  if (polygons === null || polygons.length === 0) {
    issues.add('GEOMETRY_MALFORMED', `${path}.coordinates must be a non-empty array`);
    return null;
  }

  let vertices = 0;
  const out: Position2[][][] = [];
  polygons.forEach((polygon, pi) => {
    const polygonPath = geometry.type === 'Polygon' ? `${path}.coordinates` : `${path}.coordinates[${pi}]`;
    if (!Array.isArray(polygon) || polygon.length === 0) {
      issues.add('GEOMETRY_MALFORMED', `${polygonPath} must be a non-empty array of rings`);
      return;
    }
    const rings: Position2[][] = [];
    polygon.forEach((ring, ri) => {
      const ringPath = `${polygonPath}[${ri}]`;
      if (!Array.isArray(ring)) {
        issues.add('GEOMETRY_MALFORMED', `${ringPath} must be an array of positions`);
        return;
      }
      vertices += ring.length;
      const positions = checkRing(ring, ringPath, issues);
      if (positions) rings.push(positions);
    });
    out.push(rings);
  });

  if (vertices > MAX_VERTICES_PER_FEATURE) {
    issues.add(
      'TOO_MANY_VERTICES',
      `${path} has ${vertices} vertices; at most ${MAX_VERTICES_PER_FEATURE} per feature (simplify it first)`,
    );
  }
  return issues.reported === before ? { type: 'MultiPolygon', coordinates: out } : null;
}

function checkRing(
  ring: unknown[],
  ringPath: string,
  issues: IssueSink<PolygonErrorCode>,
): Position2[] | null {
  const before = issues.reported;
  const positions: Position2[] = [];
  let readable = true;
  ring.forEach((position, i) => {
    const where = `${ringPath}[${i}]`;
    if (
      !Array.isArray(position) ||
      position.length < 2 ||
      position.length > 3 ||
      !position.every((n) => typeof n === 'number' && Number.isFinite(n))
    ) {
      issues.add('GEOMETRY_MALFORMED', `${where} is not a position [lng, lat] of finite numbers`);
      readable = false;
      return;
    }
    const [lng, lat] = position as [number, number];
    if (lng < -180 || lng > 180 || lat < -90 || lat > 90) {
      issues.add('COORDINATE_OUT_OF_RANGE', rangeMessage(where, lng, lat));
    }
    positions.push([lng, lat]);
  });

  if (ring.length < MIN_RING_POSITIONS) {
    issues.add(
      'RING_TOO_SHORT',
      `${ringPath} has ${ring.length} positions; a closed ring needs at least ${MIN_RING_POSITIONS}`,
    );
  }
  const first = positions[0];
  const last = positions.at(-1);
  // Only judged when every position was readable: otherwise "first" may not be the real first.
  if (readable && ring.length >= 2 && first && last && (first[0] !== last[0] || first[1] !== last[1])) {
    issues.add('RING_NOT_CLOSED', `${ringPath} is not closed: its first and last positions differ`);
  }
  return issues.reported === before ? positions : null;
}
