/** Splitting a grid cell into 2–4 rectangular micro-grids on the fine lattice. */
import { pick, type Random, randInt } from './prng.ts';

/** Half-open box of fine cells: i0 ≤ i < i1 (west → east), j0 ≤ j < j1 (north → south). */
export interface Box {
  i0: number;
  i1: number;
  j0: number;
  j1: number;
}

function cut(random: Random, box: Box, alongI: boolean): [Box, Box] {
  const length = alongI ? box.i1 - box.i0 : box.j1 - box.j0;
  if (length < 2) throw new Error('box too small to cut');
  // Mostly through the middle, sometimes off-centre, so the map doesn't look like graph paper.
  const at = length === 4 ? pick(random, [1, 2, 2, 2, 3]) : Math.floor(length / 2);
  return alongI
    ? [
        { ...box, i1: box.i0 + at },
        { ...box, i0: box.i0 + at },
      ]
    : [
        { ...box, j1: box.j0 + at },
        { ...box, j0: box.j0 + at },
      ];
}

/**
 * 2–4 boxes tiling a size × size cell (size ≥ 4, even), numbered north → south, then west → east,
 * like the grids themselves.
 */
export function splitCell(random: Random, size: number): Box[] {
  const whole: Box = { i0: 0, i1: size, j0: 0, j1: size };
  const count = randInt(random, 2, 4);
  const alongI = random() < 0.5;
  const [a, b] = cut(random, whole, alongI);
  let boxes: Box[];
  if (count === 2) boxes = [a, b];
  else if (count === 3)
    boxes = random() < 0.5 ? [...cut(random, a, !alongI), b] : [a, ...cut(random, b, !alongI)];
  else boxes = [...cut(random, a, !alongI), ...cut(random, b, !alongI)];
  return boxes.sort((p, q) => p.j0 - q.j0 || p.i0 - q.i0);
}
