import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type GridToNumber, numberGridsWestEastNorthSouth } from './grid-numbering.ts';

const COMMUNITY = '370102009001';
const order = (r: ReturnType<typeof numberGridsWestEastNorthSouth>) =>
  r.ok ? r.numbers.map((n) => `${n.key}:${n.code.slice(12)}`) : r.error;

describe('numberGridsWestEastNorthSouth', () => {
  // A 2×3 block given in scrambled order; the rows are slightly uneven.
  const block: GridToNumber[] = [
    { key: 'SE', centroid: [117.003, 36.6502] },
    { key: 'NW', centroid: [117.001, 36.6521] },
    { key: 'SW', centroid: [117.001, 36.6498] },
    { key: 'NE', centroid: [117.003, 36.6519] },
    { key: 'NM', centroid: [117.002, 36.652] },
    { key: 'SM', centroid: [117.002, 36.65] },
  ];

  it('numbers rows north to south, west to east within a row', () => {
    assert.deepEqual(order(numberGridsWestEastNorthSouth(COMMUNITY, block, { rowToleranceDeg: 0.0005 })), [
      'NW:001',
      'NM:002',
      'NE:003',
      'SW:004',
      'SM:005',
      'SE:006',
    ]);
  });

  it('reports the row of each grid and full codes', () => {
    const r = numberGridsWestEastNorthSouth(COMMUNITY, block, { rowToleranceDeg: 0.0005 });
    assert.ok(r.ok);
    assert.deepEqual(
      r.numbers.map((n) => n.row),
      [0, 0, 0, 1, 1, 1],
    );
    assert.equal(r.numbers[0]?.code, '370102009001001');
    assert.equal(r.numbers[5]?.sequence, 6);
  });

  it('with zero tolerance, every distinct latitude is its own row', () => {
    assert.deepEqual(order(numberGridsWestEastNorthSouth(COMMUNITY, block, { rowToleranceDeg: 0 })), [
      'NW:001',
      'NM:002',
      'NE:003',
      'SE:004',
      'SM:005',
      'SW:006',
    ]);
  });

  it('counts a difference equal to the tolerance as the same row despite float rounding', () => {
    const grids: GridToNumber[] = [
      { key: 'east', centroid: [117.01, 30.001] },
      { key: 'west', centroid: [117.0, 30.002] },
    ];
    assert.deepEqual(order(numberGridsWestEastNorthSouth(COMMUNITY, grids, { rowToleranceDeg: 0.001 })), [
      'west:001',
      'east:002',
    ]);
  });

  it('measures the tolerance from the row top, so a slant does not chain into one row', () => {
    const slant: GridToNumber[] = [
      { key: 'a', centroid: [117.0, 30.003] },
      { key: 'b', centroid: [117.1, 30.002] },
      { key: 'c', centroid: [117.2, 30.001] },
      { key: 'd', centroid: [117.3, 30.0] },
    ];
    const r = numberGridsWestEastNorthSouth(COMMUNITY, slant, { rowToleranceDeg: 0.0015 });
    assert.ok(r.ok);
    assert.deepEqual(
      r.numbers.map((n) => `${n.key}${n.row}`),
      ['a0', 'b0', 'c1', 'd1'],
    );
  });

  it('is independent of input order, breaking exact ties by key', () => {
    const twins: GridToNumber[] = [
      { key: 'b', centroid: [117, 30] },
      { key: 'a', centroid: [117, 30] },
    ];
    assert.deepEqual(order(numberGridsWestEastNorthSouth(COMMUNITY, twins, { rowToleranceDeg: 0 })), [
      'a:001',
      'b:002',
    ]);
    const reversed = [...block].reverse();
    assert.deepEqual(
      order(numberGridsWestEastNorthSouth(COMMUNITY, reversed, { rowToleranceDeg: 0.0005 })),
      order(numberGridsWestEastNorthSouth(COMMUNITY, block, { rowToleranceDeg: 0.0005 })),
    );
  });

  it('starts from firstSequence', () => {
    const r = numberGridsWestEastNorthSouth(COMMUNITY, block.slice(0, 2), {
      rowToleranceDeg: 0.0005,
      firstSequence: 41,
    });
    assert.deepEqual(order(r), ['NW:041', 'SE:042']);
  });

  it('returns an empty list for no grids', () => {
    assert.deepEqual(numberGridsWestEastNorthSouth(COMMUNITY, [], { rowToleranceDeg: 0.001 }), {
      ok: true,
      numbers: [],
    });
  });

  it('rejects bad input as values', () => {
    const one: GridToNumber[] = [{ key: 'a', centroid: [117, 30] }];
    assert.deepEqual(numberGridsWestEastNorthSouth('370102009', one, { rowToleranceDeg: 0 }), {
      ok: false,
      error: 'GRID_CODE_COMMUNITY_INVALID',
    });
    for (const tol of [-0.1, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.equal(
        order(numberGridsWestEastNorthSouth(COMMUNITY, one, { rowToleranceDeg: tol })),
        'GRID_NUMBERING_TOLERANCE_INVALID',
      );
    }
    for (const first of [0, 1.5, -1]) {
      assert.equal(
        order(numberGridsWestEastNorthSouth(COMMUNITY, one, { rowToleranceDeg: 0, firstSequence: first })),
        'GRID_NUMBERING_FIRST_SEQUENCE_INVALID',
      );
    }
    assert.deepEqual(
      numberGridsWestEastNorthSouth(COMMUNITY, [...one, { key: 'a', centroid: [118, 30] }], {
        rowToleranceDeg: 0,
      }),
      { ok: false, error: 'GRID_NUMBERING_DUPLICATE_KEY', key: 'a' },
    );
    for (const centroid of [
      [Number.NaN, 30],
      [117, Number.POSITIVE_INFINITY],
      [181, 30],
      [117, -91],
    ] as Array<[number, number]>) {
      assert.deepEqual(
        numberGridsWestEastNorthSouth(COMMUNITY, [{ key: 'x', centroid }], { rowToleranceDeg: 0 }),
        {
          ok: false,
          error: 'GRID_NUMBERING_CENTROID_INVALID',
          key: 'x',
        },
      );
    }
  });

  it('refuses to run past sequence 999', () => {
    const many: GridToNumber[] = Array.from({ length: 10 }, (_, i) => ({
      key: `g${i}`,
      centroid: [117 + i / 1000, 30],
    }));
    assert.equal(
      order(numberGridsWestEastNorthSouth(COMMUNITY, many, { rowToleranceDeg: 0, firstSequence: 991 })),
      'GRID_SEQUENCE_EXHAUSTED',
    );
    const r = numberGridsWestEastNorthSouth(COMMUNITY, many, { rowToleranceDeg: 0, firstSequence: 990 });
    assert.ok(r.ok);
    assert.equal(r.numbers.at(-1)?.code, '370102009001999');
  });
});
