/** Synthetic residential buildings of one grid: sizes that add up to a real grid's 300–500 households. */
import { type LngLat, type Rect, round7 } from './lattice.ts';
import { type Random, randInt } from './prng.ts';

export interface LayoutBuilding {
  /** Grid code + 3-digit sequence. */
  code: string;
  name: string;
  microGridCode: string;
  floors: number;
  /** Rooms per floor in each stairway unit, so rooms can be numbered 301, 302 … */
  householdsPerFloor: number;
  units: { unitNo: number; households: number }[];
  households: number;
  location: LngLat;
  /** A closed counter-clockwise ring strictly inside the micro-grid. */
  footprint: LngLat[];
}

export interface BuildingInput {
  gridCode: string;
  microGrids: readonly { code: string; rect: Rect }[];
  /** Estate name for building names, e.g. 甸柳新村一区. */
  estate: string;
  /** The first building's number in the estate (numbers run on across the community's grids). */
  firstNumber: number;
  /** For an exclusive grid: its one residential building (a dormitory), else null. */
  dormitory: string | null;
}

interface Spec {
  floors: number;
  units: number;
  perFloor: number;
}

/** At 甸柳's latitude (36.67° N). */
const METRES_PER_DEGREE_LAT = 111_000;
const METRES_PER_DEGREE_LNG = 89_300;

const MIN_HOUSEHOLDS = 300;
const MAX_HOUSEHOLDS = 500;
/** Never overshoots: started below MAX_HOUSEHOLDS - SMALLEST.households. */
const SMALLEST: Spec = { floors: 6, units: 2, perFloor: 2 };
const households = (s: Spec): number => s.floors * s.units * s.perFloor;

/** 甸柳新村 is mostly 1980s six- and seven-storey walk-ups, with some later high-rises. */
function randomSpec(random: Random): Spec {
  const roll = random();
  const floors = roll < 0.55 ? 6 : roll < 0.7 ? 7 : randInt(random, 11, 18);
  return { floors, units: randInt(random, 2, 4), perFloor: random() < 0.8 ? 2 : 3 };
}

function residentialSpecs(random: Random): Spec[] {
  const target = randInt(random, MIN_HOUSEHOLDS + 20, MAX_HOUSEHOLDS - 30);
  const specs: Spec[] = [];
  let total = 0;
  while (total < target) {
    const spec = randomSpec(random);
    const fitting = total + households(spec) <= MAX_HOUSEHOLDS ? spec : SMALLEST;
    specs.push(fitting);
    total += households(fitting);
  }
  return specs;
}

/** Each building goes to the micro-grid with the fewest buildings per area, so density stays even. */
function assignToMicroGrids(count: number, rects: readonly Rect[]): number[] {
  const areas = rects.map((r) => (r.east - r.west) * (r.north - r.south));
  const counts = rects.map(() => 0);
  for (let b = 0; b < count; b++) {
    let best = 0;
    for (let m = 1; m < rects.length; m++) {
      if ((counts[m]! + 1) / areas[m]! < (counts[best]! + 1) / areas[best]!) best = m;
    }
    counts[best]! += 1;
  }
  return counts;
}

/** Slab footprints in rows of slots, centred in their slot, so none touches the micro-grid's edge. */
function placeInRect(rect: Rect, specs: readonly Spec[]): { location: LngLat; footprint: LngLat[] }[] {
  const rows = Math.ceil(Math.sqrt(specs.length));
  const cols = Math.ceil(specs.length / rows);
  const w = (rect.east - rect.west) / cols;
  const h = (rect.north - rect.south) / rows;
  return specs.map((spec, k) => {
    const cx = rect.west + ((k % cols) + 0.5) * w;
    const cy = rect.north - (Math.floor(k / cols) + 0.5) * h;
    // Slabs face south: about 14 m of frontage per stairway unit and 12 m deep, shrunk if the slot
    // is smaller, and never more than 80 % of it, so a margin always remains.
    const half = {
      x: Math.min(w * 0.8, (spec.units * 14) / METRES_PER_DEGREE_LNG) / 2,
      y: Math.min(h * 0.8, 12 / METRES_PER_DEGREE_LAT) / 2,
    };
    const [west, east] = [round7(cx - half.x), round7(cx + half.x)];
    const [south, north] = [round7(cy - half.y), round7(cy + half.y)];
    return {
      location: [round7(cx), round7(cy)],
      footprint: [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    };
  });
}

export function planBuildings(random: Random, input: BuildingInput): LayoutBuilding[] {
  const specs = input.dormitory ? [SMALLEST] : residentialSpecs(random);
  const counts = assignToMicroGrids(
    specs.length,
    input.microGrids.map((m) => m.rect),
  );
  const buildings: LayoutBuilding[] = [];
  let next = 0;
  input.microGrids.forEach((micro, m) => {
    const mine = specs.slice(next, next + counts[m]!);
    next += mine.length;
    placeInRect(micro.rect, mine).forEach((place, k) => {
      const spec = mine[k]!;
      const seq = buildings.length + 1;
      buildings.push({
        code: `${input.gridCode}${String(seq).padStart(3, '0')}`,
        name: input.dormitory ?? `${input.estate}${input.firstNumber + seq - 1}号楼`,
        microGridCode: micro.code,
        floors: spec.floors,
        householdsPerFloor: spec.perFloor,
        units: Array.from({ length: spec.units }, (_, u) => ({
          unitNo: u + 1,
          households: spec.floors * spec.perFloor,
        })),
        households: households(spec),
        ...place,
      });
    });
  });
  return buildings;
}
