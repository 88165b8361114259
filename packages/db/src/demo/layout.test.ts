import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { latticeArea, type Rect } from './lattice.ts';
import { generateLayout } from './layout.ts';

const layout = generateLayout();
const microGrids = layout.grids.flatMap((g) => g.microGrids);
const buildings = layout.grids.flatMap((g) => g.buildings);

const overlap = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.east, b.east) - Math.max(a.west, b.west)) *
  Math.max(0, Math.min(a.north, b.north) - Math.max(a.south, b.south));

const strictlyInside = ([lng, lat]: [number, number], r: Rect): boolean =>
  lng > r.west && lng < r.east && lat > r.south && lat < r.north;

describe('demo layout of 甸柳新村街道', () => {
  it('is the same on every run', () => {
    assert.deepEqual(generateLayout(), layout);
    assert.notDeepEqual(generateLayout(1), layout);
  });

  it('has 8 communities and 52 grids: 50 basic, 2 exclusive in different communities', () => {
    assert.equal(layout.communities.length, 8);
    assert.equal(layout.grids.length, 52);
    assert.equal(layout.grids.filter((g) => g.type === 'basic').length, 50);
    const exclusive = layout.grids.filter((g) => g.type === 'exclusive');
    assert.equal(exclusive.length, 2);
    assert.notEqual(exclusive[0]!.communityCode, exclusive[1]!.communityCode);
    assert.ok(exclusive.every((g) => g.unitName && g.name.endsWith('专属网格')));
    assert.deepEqual(
      layout.communities.map((c) => c.gridCodes.length),
      [7, 7, 7, 6, 6, 6, 7, 6],
    );
  });

  it('gives unique codes of the right length that extend their parent code', () => {
    const check = (codes: string[], length: number) => {
      assert.equal(new Set(codes).size, codes.length);
      for (const code of codes) assert.match(code, new RegExp(`^[1-9][0-9]{${length - 1}}$`));
    };
    check(
      layout.grids.map((g) => g.code),
      15,
    );
    check(
      microGrids.map((m) => m.code),
      17,
    );
    check(
      buildings.map((b) => b.code),
      18,
    );
    for (const g of layout.grids) {
      assert.ok(g.code.startsWith(g.communityCode));
      assert.ok(g.microGrids.length >= 2 && g.microGrids.length <= 4);
      for (const m of g.microGrids) assert.ok(m.code.startsWith(g.code));
      for (const b of g.buildings) assert.ok(b.code.startsWith(g.code) && b.microGridCode.startsWith(g.code));
    }
  });

  it('numbers grids west to east, then north to south, within each community', () => {
    for (const c of layout.communities) {
      const grids = layout.grids.filter((g) => g.communityCode === c.code);
      const byPosition = [...grids].sort((a, b) => a.row - b.row || a.col - b.col);
      assert.deepEqual(
        grids.map((g) => g.code),
        byPosition.map((g) => g.code),
      );
      grids.forEach((g, k) => {
        assert.equal(g.code.slice(12), String(k + 1).padStart(3, '0'));
      });
    }
  });

  it('puts 300–500 households in every basic grid, with 6–18 floors and 2–4 units per building', () => {
    for (const g of layout.grids) {
      const total = g.buildings.reduce((sum, b) => sum + b.households, 0);
      assert.equal(total, g.households);
      if (g.type === 'basic') assert.ok(total >= 300 && total <= 500, `${g.code}: ${total}`);
      else assert.ok(total < 100, `${g.code}: ${total}`);
    }
    for (const b of buildings) {
      assert.ok(b.floors >= 6 && b.floors <= 18);
      assert.ok(b.units.length >= 2 && b.units.length <= 4);
      assert.equal(
        b.units.reduce((sum, u) => sum + u.households, 0),
        b.households,
      );
      assert.ok(b.units.every((u) => u.households === b.floors * b.householdsPerFloor));
    }
  });

  it('keeps every building footprint strictly inside its micro-grid', () => {
    const rectOf = new Map(microGrids.map((m) => [m.code, m.rect]));
    for (const b of buildings) {
      const rect = rectOf.get(b.microGridCode)!;
      for (const corner of b.footprint) assert.ok(strictlyInside(corner, rect), `${b.code} at ${corner}`);
      assert.ok(strictlyInside(b.location, rect));
    }
  });

  it('tiles each community with its grids and each grid with its micro-grids (exact lattice areas)', () => {
    const area = (ring: [number, number][]) => latticeArea(ring);
    let total = 0;
    for (const c of layout.communities) {
      const grids = layout.grids.filter((g) => g.communityCode === c.code);
      assert.equal(
        grids.reduce((sum, g) => sum + area(g.lattice), 0),
        area(c.lattice),
      );
      total += area(c.lattice);
    }
    assert.equal(total, area(layout.subdistrict.lattice));
    for (const g of layout.grids) {
      assert.equal(area(g.lattice), 16);
      assert.equal(
        g.microGrids.reduce((sum, m) => sum + area(m.lattice), 0),
        area(g.lattice),
      );
    }
  });

  it('has no overlapping grids or micro-grids', () => {
    const pairwise = (rects: Rect[]) => {
      for (let a = 0; a < rects.length; a++) {
        for (let b = a + 1; b < rects.length; b++) assert.equal(overlap(rects[a]!, rects[b]!), 0);
      }
    };
    pairwise(layout.grids.map((g) => g.rect));
    pairwise(microGrids.map((m) => m.rect));
  });

  it('takes every coordinate from the shared lattice, in closed counter-clockwise rings', () => {
    const polygons = [layout.subdistrict, ...layout.communities, ...layout.grids, ...microGrids];
    for (const p of polygons) {
      assert.deepEqual(p.ring[0], p.ring.at(-1));
      assert.ok(latticeArea(p.lattice) > 0);
      p.lattice.forEach(([i, j], k) => {
        assert.equal(p.ring[k]![0], layout.lattice.xs[i]);
        assert.equal(p.ring[k]![1], layout.lattice.ys[j]);
      });
      for (const [lng, lat] of p.ring) {
        assert.ok(lng >= 117.04 && lng <= 117.062 && lat >= 36.66 && lat <= 36.676);
      }
    }
  });
});
