/**
 * Rectilinear polygons on an integer lattice. Every polygon of the demo is a union of lattice cells and
 * every coordinate is looked up from the lattice, never recomputed, so neighbours share bit-identical
 * vertices and a union of polygons equals its parent exactly (no slivers for PostGIS to find).
 */

/** [lng, lat] in WGS-84 degrees. */
export type LngLat = [number, number];
/** [i, j]: i counts cells eastwards from the west edge, j southwards from the north edge. */
export type LatticePoint = [number, number];

export interface Rect {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface Lattice {
  /** Longitude of vertex column i (0..cols). */
  xs: number[];
  /** Latitude of vertex row j (0..rows), north to south. */
  ys: number[];
}

/** 7 decimals ≈ 1 cm: plenty for a map, and short in GeoJSON. */
export const round7 = (value: number): number => Math.round(value * 1e7) / 1e7;

export function makeLattice(
  bounds: { west: number; east: number; north: number; south: number },
  cols: number,
  rows: number,
): Lattice {
  const dx = (bounds.east - bounds.west) / cols;
  const dy = (bounds.north - bounds.south) / rows;
  return {
    xs: Array.from({ length: cols + 1 }, (_, i) => round7(bounds.west + i * dx)),
    ys: Array.from({ length: rows + 1 }, (_, j) => round7(bounds.north - j * dy)),
  };
}

/** A cell labelling: labels[j][i] is the polygon that cell (i, j) belongs to, null outside. */
export type Labels = (string | null)[][];

const at = (labels: Labels, i: number, j: number): string | null => labels[j]?.[i] ?? null;

/**
 * True when some polygon of the labelling turns a corner at vertex (i, j), or three meet there. Only such
 * vertices are kept, and every polygon touching one keeps it, so the coverage is fully noded (no
 * T-junctions) with as few vertices as possible.
 */
function isNode(labels: Labels, i: number, j: number): boolean {
  const nw = at(labels, i - 1, j - 1);
  const ne = at(labels, i, j - 1);
  const sw = at(labels, i - 1, j);
  const se = at(labels, i, j);
  const straightEastWest = nw === ne && sw === se;
  const straightNorthSouth = nw === sw && ne === se;
  return !(straightEastWest || straightNorthSouth);
}

/**
 * The outline of every label as one closed ring of lattice points, counter-clockwise on the map (the
 * GeoJSON right-hand rule), first point repeated at the end. Throws for a label whose cells are not one
 * simple polygon (disconnected, with a hole, or touching itself at a corner): the demo has none.
 */
export function traceOutlines(labels: Labels): Map<string, LatticePoint[]> {
  const edges = new Map<string, Map<string, [LatticePoint, LatticePoint]>>();
  labels.forEach((row, j) => {
    row.forEach((label, i) => {
      if (label === null) return;
      const own = edges.get(label) ?? new Map<string, [LatticePoint, LatticePoint]>();
      edges.set(label, own);
      // Counter-clockwise on the map: south-west → south-east → north-east → north-west (j grows south).
      const corners: LatticePoint[] = [
        [i, j + 1],
        [i + 1, j + 1],
        [i + 1, j],
        [i, j],
      ];
      corners.forEach((from, k) => {
        const to = corners[(k + 1) % 4]!;
        const reverse = `${to}>${from}`;
        // An edge shared by two cells of the same polygon is interior: both directions cancel.
        if (own.has(reverse)) own.delete(reverse);
        else own.set(`${from}>${to}`, [from, to]);
      });
    });
  });
  const rings = new Map<string, LatticePoint[]>();
  for (const [label, own] of edges) {
    const next = new Map<string, LatticePoint>();
    for (const [from, to] of own.values()) {
      if (next.has(`${from}`)) throw new Error(`${label} touches itself at ${from}`);
      next.set(`${from}`, to);
    }
    // Start at the north-west-most vertex: always a convex corner, hence a node.
    const start = [...own.values()].map(([from]) => from).sort((a, b) => a[1] - b[1] || a[0] - b[0])[0]!;
    const ring: LatticePoint[] = [start];
    for (let p = next.get(`${start}`)!; `${p}` !== `${start}`; p = next.get(`${p}`)!) ring.push(p);
    if (ring.length !== own.size) throw new Error(`${label} is not one simple polygon`);
    const kept = ring.filter(([i, j]) => isNode(labels, i, j));
    rings.set(label, [...kept, kept[0]!]);
  }
  return rings;
}

export const toLngLat = (lattice: Lattice, ring: readonly LatticePoint[]): LngLat[] =>
  ring.map(([i, j]) => [lattice.xs[i]!, lattice.ys[j]!]);

/** Shoelace area in cells, positive for a counter-clockwise ring on the map (exact: integers only). */
export function latticeArea(ring: readonly LatticePoint[]): number {
  let twice = 0;
  for (let k = 0; k + 1 < ring.length; k++) {
    const [i1, j1] = ring[k]!;
    const [i2, j2] = ring[k + 1]!;
    // The map's y axis points north, the lattice's j south: y = -j.
    twice += i1 * -j2 - i2 * -j1;
  }
  return twice / 2;
}
