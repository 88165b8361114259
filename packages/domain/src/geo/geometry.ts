/**
 * The GeoJSON geometry types (RFC 7946) the domain works with, declared here so the package needs no
 * type dependency. Positions may carry a third value (altitude), which is passed through untouched.
 */

export type Position = [number, number] | [number, number, number];

export interface Point {
  type: 'Point';
  coordinates: Position;
}
export interface MultiPoint {
  type: 'MultiPoint';
  coordinates: Position[];
}
export interface LineString {
  type: 'LineString';
  coordinates: Position[];
}
export interface MultiLineString {
  type: 'MultiLineString';
  coordinates: Position[][];
}
export interface Polygon {
  type: 'Polygon';
  coordinates: Position[][];
}
export interface MultiPolygon {
  type: 'MultiPolygon';
  coordinates: Position[][][];
}
export interface GeometryCollection {
  type: 'GeometryCollection';
  geometries: Geometry[];
}

export type Geometry =
  | Point
  | MultiPoint
  | LineString
  | MultiLineString
  | Polygon
  | MultiPolygon
  | GeometryCollection;

/**
 * Foreign members of a geometry (RFC 7946 §6.1), deep-copied. `bbox` is dropped because it describes
 * the old positions and would be wrong after they change.
 */
function foreignMembers(geometry: Geometry): Record<string, unknown> {
  const {
    type: _type,
    bbox: _bbox,
    coordinates: _c,
    geometries: _g,
    ...foreign
  } = geometry as unknown as Record<string, unknown>;
  return structuredClone(foreign);
}

/**
 * A new geometry with `fn` applied to every position; the input is never touched. Building fresh
 * arrays (rather than cloning and converting in place) also means a position object shared between
 * two places is converted once per place, never twice.
 */
export function mapPositions<G extends Geometry>(geometry: G, fn: (position: Position) => Position): G {
  return { ...foreignMembers(geometry), ...mapMembers(geometry, fn) } as G;
}

function mapMembers(geometry: Geometry, fn: (position: Position) => Position): Geometry {
  const many = (ps: Position[]): Position[] => ps.map((p) => fn(p));
  switch (geometry.type) {
    case 'Point':
      return { type: geometry.type, coordinates: fn(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { type: geometry.type, coordinates: many(geometry.coordinates) };
    case 'MultiLineString':
    case 'Polygon':
      return { type: geometry.type, coordinates: geometry.coordinates.map(many) };
    case 'MultiPolygon':
      return { type: geometry.type, coordinates: geometry.coordinates.map((polygon) => polygon.map(many)) };
    case 'GeometryCollection':
      return { type: geometry.type, geometries: geometry.geometries.map((g) => mapPositions(g, fn)) };
  }
}
