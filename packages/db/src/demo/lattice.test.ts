import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { latticeArea, makeLattice, traceOutlines } from './lattice.ts';

describe('traceOutlines', () => {
  it('traces counter-clockwise rings that keep every vertex a neighbour turns at', () => {
    // A is an L over three cells; B the fourth cell; C a strip below both.
    const rings = traceOutlines([
      ['A', 'A', null],
      ['A', 'B', null],
      ['C', 'C', 'C'],
    ]);
    // A turns at (1,1) and (2,1); its west edge keeps (0,2) where C meets outside below, not (0,1).
    assert.deepEqual(rings.get('A'), [
      [0, 0],
      [0, 2],
      [1, 2],
      [1, 1],
      [2, 1],
      [2, 0],
      [0, 0],
    ]);
    // C's north edge keeps (1,2), where A and B meet it, and (2,2), where B's corner is.
    assert.deepEqual(rings.get('C'), [
      [0, 2],
      [0, 3],
      [3, 3],
      [3, 2],
      [2, 2],
      [1, 2],
      [0, 2],
    ]);
    assert.equal(latticeArea(rings.get('A')!), 3);
    assert.equal(latticeArea(rings.get('B')!), 1);
    assert.equal(latticeArea(rings.get('C')!), 3);
  });

  it('refuses a polygon touching itself at a corner or in two pieces', () => {
    assert.throws(() =>
      traceOutlines([
        ['A', null],
        [null, 'A'],
      ]),
    );
    assert.throws(() => traceOutlines([['A', null, 'A']]));
  });

  it('computes each lattice coordinate once, rounded to 7 decimals', () => {
    const lattice = makeLattice({ west: 117.04, east: 117.062, north: 36.676, south: 36.66 }, 32, 28);
    assert.equal(lattice.xs[32], 117.062);
    assert.equal(lattice.ys[28], 36.66);
    assert.equal(lattice.ys[1], 36.6754286);
  });
});
