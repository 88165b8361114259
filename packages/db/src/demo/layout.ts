/**
 * Synthetic but plausible geometry of 甸柳新村街道: 8 communities, 52 grids (50 basic, 2 exclusive),
 * their micro-grids and buildings, placed on the real location of 甸柳 in 济南 (WGS-84). Pure and seeded:
 * the same seed gives the same layout, byte for byte.
 */
import { type LayoutBuilding, planBuildings } from './buildings.ts';
import { DEMO_COMMUNITIES, DEMO_SUBDISTRICT, type DemoCommunity } from './constants.ts';
import {
  type Labels,
  type Lattice,
  type LatticePoint,
  type LngLat,
  makeLattice,
  type Rect,
  toLngLat,
  traceOutlines,
} from './lattice.ts';
import { mulberry32 } from './prng.ts';
import { splitCell } from './split.ts';

export type { LayoutBuilding } from './buildings.ts';
export type { LatticePoint, LngLat, Rect } from './lattice.ts';

export const DEFAULT_LAYOUT_SEED = 370102009;

/** Around the real 甸柳新村 (east of 济南's old city): about 1.96 km × 1.78 km. */
export const DEMO_BOUNDS = { west: 117.04, east: 117.062, north: 36.676, south: 36.66 } as const;

/**
 * Which community each grid cell belongs to, north row first; the digit is the last digit of the community
 * code, '.' is outside the subdistrict. 7, 7, 7, 6, 6, 6, 7, 6 cells for communities 1–8 = 52 grids.
 */
const COMMUNITY_MAP = [
  '.666688.', // 甸北 and 吉祥苑 in the north
  '22668888',
  '22233311',
  '22333311',
  '44555111',
  '44557777',
  '.445777.', // 甸南 in the south
];
const GRID_COLS = 8;
const GRID_ROWS = COMMUNITY_MAP.length;
/** Fine lattice cells per grid cell along each axis: micro-grids are split on this finer lattice. */
const FINE = 4;

interface ExclusiveSpec {
  row: number;
  col: number;
  unitName: string;
  gridName: string;
  dormitory: string;
}

/** Exclusive grids (专属网格): one large unit each, in two different communities. */
const EXCLUSIVE: ReadonlyMap<string, ExclusiveSpec> = new Map([
  [
    '370102009001',
    {
      row: 4,
      col: 7,
      unitName: '济南市甸柳第一小学',
      gridName: '甸柳第一小学专属网格',
      dormitory: '甸柳第一小学教职工宿舍楼',
    },
  ],
  [
    '370102009007',
    {
      row: 6,
      col: 6,
      unitName: '甸柳庄农贸市场',
      gridName: '甸柳庄农贸市场专属网格',
      dormitory: '甸柳庄农贸市场商户宿舍楼',
    },
  ],
]);

export interface LayoutPolygon {
  /** The outline on the lattice (exact integer shoelace). */
  lattice: LatticePoint[];
  /** The same outline in WGS-84, a closed counter-clockwise ring. */
  ring: LngLat[];
}

export interface LayoutMicroGrid extends LayoutPolygon {
  code: string;
  name: string;
  rect: Rect;
}

export interface LayoutGrid extends LayoutPolygon {
  code: string;
  name: string;
  type: 'basic' | 'exclusive';
  communityCode: string;
  unitName: string | null;
  /** The number in a basic grid's name (第3网格); null for an exclusive grid. */
  ordinal: number | null;
  row: number;
  col: number;
  rect: Rect;
  microGrids: LayoutMicroGrid[];
  buildings: LayoutBuilding[];
  households: number;
}

export interface LayoutCommunity extends DemoCommunity, LayoutPolygon {
  gridCodes: string[];
}

export interface DemoLayout {
  lattice: Lattice;
  subdistrict: LayoutPolygon & { code: string; name: string };
  communities: LayoutCommunity[];
  grids: LayoutGrid[];
}

const rectOf = (lattice: Lattice, i0: number, i1: number, j0: number, j1: number): Rect => ({
  west: lattice.xs[i0]!,
  east: lattice.xs[i1]!,
  north: lattice.ys[j0]!,
  south: lattice.ys[j1]!,
});

/** Re-labels the fine cells with a prefix of their micro-grid code (grid 15, community 12 …). */
const relabel = (labels: Labels, length: number): Labels =>
  labels.map((row) => row.map((label) => (label === null ? null : label.slice(0, length))));

export function generateLayout(seed: number = DEFAULT_LAYOUT_SEED): DemoLayout {
  const random = mulberry32(seed);
  const lattice = makeLattice(DEMO_BOUNDS, GRID_COLS * FINE, GRID_ROWS * FINE);
  const fine: Labels = Array.from({ length: GRID_ROWS * FINE }, () => Array(GRID_COLS * FINE).fill(null));
  const grids: LayoutGrid[] = [];

  for (const community of DEMO_COMMUNITIES) {
    const digit = community.code.slice(-1);
    // Numbered as Beijing's DB11 grid standard says, 自西向东、自北向南: rows north to south, and
    // within a row west to east.
    const cells = COMMUNITY_MAP.flatMap((line, row) =>
      [...line].flatMap((c, col) => (c === digit ? [{ row, col }] : [])),
    );
    const exclusive = EXCLUSIVE.get(community.code);
    let basicOrdinal = 0;
    let buildingNumber = 1;
    cells.forEach(({ row, col }, index) => {
      const code = `${community.code}${String(index + 1).padStart(3, '0')}`;
      const isExclusive = exclusive?.row === row && exclusive.col === col;
      // Basic grids are named by their ordinal among basic grids, so names have no gaps where an
      // exclusive grid takes a code.
      const name = isExclusive ? exclusive.gridName : `${community.shortName}第${++basicOrdinal}网格`;
      const microGrids = splitCell(random, FINE).map((box, m) => {
        const [i0, i1, j0, j1] = [
          col * FINE + box.i0,
          col * FINE + box.i1,
          row * FINE + box.j0,
          row * FINE + box.j1,
        ];
        const microCode = `${code}${String(m + 1).padStart(2, '0')}`;
        for (let j = j0; j < j1; j++) for (let i = i0; i < i1; i++) fine[j]![i] = microCode;
        return { code: microCode, name: `${name}第${m + 1}微网格`, rect: rectOf(lattice, i0, i1, j0, j1) };
      });
      const buildings = planBuildings(random, {
        gridCode: code,
        microGrids,
        estate: community.estate,
        firstNumber: buildingNumber,
        dormitory: isExclusive ? exclusive.dormitory : null,
      });
      if (!isExclusive) buildingNumber += buildings.length;
      grids.push({
        code,
        name,
        type: isExclusive ? 'exclusive' : 'basic',
        communityCode: community.code,
        unitName: isExclusive ? exclusive.unitName : null,
        ordinal: isExclusive ? null : basicOrdinal,
        row,
        col,
        rect: rectOf(lattice, col * FINE, (col + 1) * FINE, row * FINE, (row + 1) * FINE),
        microGrids: microGrids.map((m) => ({ ...m, lattice: [], ring: [] })),
        buildings,
        households: buildings.reduce((sum, b) => sum + b.households, 0),
        lattice: [],
        ring: [],
      });
    });
  }

  // Outlines are traced per layer from the one fine labelling, so every layer tiles its parent exactly.
  const polygon = (outlines: Map<string, LatticePoint[]>, label: string): LayoutPolygon => {
    const outline = outlines.get(label);
    if (!outline) throw new Error(`no outline for ${label}`);
    return { lattice: outline, ring: toLngLat(lattice, outline) };
  };
  const microOutlines = traceOutlines(fine);
  const gridOutlines = traceOutlines(relabel(fine, 15));
  const communityOutlines = traceOutlines(relabel(fine, 12));
  const subdistrictOutline = traceOutlines(relabel(fine, 9));
  for (const grid of grids) {
    Object.assign(grid, polygon(gridOutlines, grid.code));
    for (const micro of grid.microGrids) Object.assign(micro, polygon(microOutlines, micro.code));
  }
  return {
    lattice,
    subdistrict: { ...DEMO_SUBDISTRICT, ...polygon(subdistrictOutline, DEMO_SUBDISTRICT.code) },
    communities: DEMO_COMMUNITIES.map((c) => ({
      ...c,
      ...polygon(communityOutlines, c.code),
      gridCodes: grids.filter((g) => g.communityCode === c.code).map((g) => g.code),
    })),
    grids,
  };
}
