import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPolygonal, MAX_VERTICES_PER_FEATURE, type PolygonErrorCode } from './geojson-polygon.ts';
import { IssueCollector } from './issues.ts';

const square = [
  [117.0, 36.65],
  [117.001, 36.65],
  [117.001, 36.651],
  [117.0, 36.651],
  [117.0, 36.65],
];
const hole = [
  [117.0002, 36.6502],
  [117.0004, 36.6502],
  [117.0004, 36.6504],
  [117.0002, 36.6502],
];

function check(geometry: unknown) {
  const issues = new IssueCollector<PolygonErrorCode>();
  const result = checkPolygonal(geometry, 'g', issues);
  return { result, issues: issues.list(), codes: issues.list().map((i) => i.code) };
}

describe('checkPolygonal', () => {
  it('accepts a polygon with a hole and promotes it', () => {
    const { result, codes } = check({ type: 'Polygon', coordinates: [square, hole] });
    assert.deepEqual(codes, []);
    assert.deepEqual(result, { type: 'MultiPolygon', coordinates: [[square, hole]] });
  });

  it('accepts a multipolygon as it is', () => {
    const { result, codes } = check({ type: 'MultiPolygon', coordinates: [[square], [square, hole]] });
    assert.deepEqual(codes, []);
    assert.deepEqual(result?.coordinates.length, 2);
  });

  it('accepts a closed ring of exactly four positions and boundary coordinates', () => {
    const triangle = [
      [-180, -90],
      [180, -90],
      [180, 90],
      [-180, -90],
    ];
    assert.deepEqual(check({ type: 'Polygon', coordinates: [triangle] }).codes, []);
  });

  it('reports a missing geometry', () => {
    assert.deepEqual(check(undefined).codes, ['GEOMETRY_MISSING']);
    assert.deepEqual(check(null).codes, ['GEOMETRY_MISSING']);
  });

  it('reports other geometry types', () => {
    for (const type of ['Point', 'LineString', 'GeometryCollection', 'polygon', undefined]) {
      assert.deepEqual(check({ type, coordinates: [] }).codes, ['GEOMETRY_TYPE'], String(type));
    }
  });

  it('reports malformed structures', () => {
    const malformed: unknown[] = [
      'POLYGON((0 0))',
      [square],
      { type: 'Polygon' },
      { type: 'Polygon', coordinates: [] },
      { type: 'Polygon', coordinates: 'x' },
      { type: 'Polygon', coordinates: [square, 'ring'] },
      { type: 'MultiPolygon', coordinates: [] },
      { type: 'MultiPolygon', coordinates: [square] },
      { type: 'MultiPolygon', coordinates: [[]] },
      { type: 'Polygon', coordinates: [[...square.slice(0, 4), [117], square[0]]] },
      { type: 'Polygon', coordinates: [[...square.slice(0, 4), [117, 36, 1, 2], square[0]]] },
      { type: 'Polygon', coordinates: [[...square.slice(0, 4), ['117', '36'], square[0]]] },
      { type: 'Polygon', coordinates: [[...square.slice(0, 4), [Number.NaN, 36], square[0]]] },
      { type: 'Polygon', coordinates: [[...square.slice(0, 4), [117, Number.POSITIVE_INFINITY], square[0]]] },
      { type: 'Polygon', coordinates: [[...square.slice(0, 4), null, square[0]]] },
    ];
    for (const geometry of malformed) {
      const { result, codes } = check(geometry);
      assert.ok(codes.includes('GEOMETRY_MALFORMED'), JSON.stringify(geometry));
      assert.equal(result, null);
    }
  });

  it('reports coordinates out of range once, with the first place and a count', () => {
    const ring = [
      [200, 36],
      [117, 95],
      [117, 36],
      [200, 36],
    ];
    const { result, issues } = check({ type: 'Polygon', coordinates: [ring] });
    assert.equal(result, null);
    assert.deepEqual(issues, [
      {
        code: 'COORDINATE_OUT_OF_RANGE',
        message: 'g.coordinates[0][0]: [200, 36] is outside lng −180…180 / lat −90…90 (and 2 more like it)',
      },
    ]);
  });

  it('hints at swapped axes and projected coordinates', () => {
    const swapped = square.map(([x, y]) => [y, x]);
    assert.match(
      check({ type: 'Polygon', coordinates: [swapped] }).issues[0]?.message ?? '',
      /\[lat, lng\] order/,
    );
    const projected = square.map(([x, y]) => [(x as number) * 1e5, (y as number) * 1e5]);
    assert.match(check({ type: 'Polygon', coordinates: [projected] }).issues[0]?.message ?? '', /metres/);
  });

  it('reports an unclosed ring and a short ring', () => {
    assert.deepEqual(check({ type: 'Polygon', coordinates: [square.slice(0, 4)] }).codes, [
      'RING_NOT_CLOSED',
    ]);
    assert.deepEqual(check({ type: 'Polygon', coordinates: [[square[0], square[1], square[0]]] }).codes, [
      'RING_TOO_SHORT',
    ]);
    assert.deepEqual(check({ type: 'Polygon', coordinates: [[square[0], square[1], square[2]]] }).codes, [
      'RING_TOO_SHORT',
      'RING_NOT_CLOSED',
    ]);
    assert.deepEqual(check({ type: 'Polygon', coordinates: [[]] }).codes, ['RING_TOO_SHORT']);
    // A hole that is not closed is caught too, and named by its place.
    const { issues } = check({ type: 'MultiPolygon', coordinates: [[square], [square, hole.slice(0, 3)]] });
    assert.deepEqual(issues, [
      {
        code: 'RING_TOO_SHORT',
        message: 'g.coordinates[1][1] has 3 positions; a closed ring needs at least 4',
      },
      {
        code: 'RING_NOT_CLOSED',
        message: 'g.coordinates[1][1] is not closed: its first and last positions differ',
      },
    ]);
  });

  it('compares only lng and lat when deciding whether a ring is closed', () => {
    const ring = square.map(([x, y], i) => [x, y, i]);
    assert.deepEqual(check({ type: 'Polygon', coordinates: [ring] }).codes, []);
  });

  it('limits vertices per feature', () => {
    const ring: number[][] = Array.from({ length: MAX_VERTICES_PER_FEATURE - 1 }, (_, i) => [
      117 + Math.cos(i) / 1000,
      36 + Math.sin(i) / 1000,
    ]);
    ring.push(ring[0] as number[]);
    assert.deepEqual(check({ type: 'Polygon', coordinates: [ring] }).codes, []);
    const { codes, result } = check({ type: 'Polygon', coordinates: [ring, square] });
    assert.deepEqual(codes, ['TOO_MANY_VERTICES']);
    assert.equal(result, null);
  });
});
