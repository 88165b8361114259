import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromWgs84Geometry, fromWgs84Point, toWgs84Geometry, toWgs84Point } from './crs.ts';
import type { GeometryCollection, MultiPolygon, Point, Polygon, Position } from './geometry.ts';

// West Lake, Hangzhou: the same place in the three systems (gcoord's own test values).
const WGS: [number, number] = [120.15507, 30.274084];
const GCJ: [number, number] = [120.159765, 30.271755];
const BD: [number, number] = [120.166328, 30.277584];

function near(actual: readonly number[], expected: readonly number[], tolerance = 1e-5) {
  assert.equal(actual.length, expected.length, `${actual} vs ${expected}`);
  actual.forEach((v, i) => {
    assert.ok(Math.abs(v - (expected[i] as number)) <= tolerance, `${actual} vs ${expected}`);
  });
}

/** Rough ground distance in metres between two nearby points. */
function metres([lng1, lat1]: readonly number[], [lng2, lat2]: readonly number[]): number {
  const k = 111_320;
  const dx = ((lng1 as number) - (lng2 as number)) * k * Math.cos(((lat1 as number) * Math.PI) / 180);
  const dy = ((lat1 as number) - (lat2 as number)) * k;
  return Math.hypot(dx, dy);
}

describe('point conversion', () => {
  it('converts WGS84 to GCJ02 and BD09', () => {
    near(fromWgs84Point(WGS, 'GCJ02'), GCJ);
    near(fromWgs84Point(WGS, 'BD09'), BD);
  });

  it('converts GCJ02 and BD09 to WGS84', () => {
    near(toWgs84Point(GCJ, 'GCJ02'), WGS);
    near(toWgs84Point(BD, 'BD09'), WGS);
  });

  it('round-trips within a metre', () => {
    for (const crs of ['GCJ02', 'BD09'] as const) {
      assert.ok(metres(toWgs84Point(fromWgs84Point(WGS, crs), crs), WGS) < 1, crs);
    }
    // Elsewhere in China too: Jinan, Urumqi, Sanya, Harbin.
    for (const p of [
      [117.0, 36.65],
      [87.6, 43.8],
      [109.5, 18.25],
      [126.6, 45.75],
    ] as Array<[number, number]>) {
      assert.ok(metres(toWgs84Point(fromWgs84Point(p, 'GCJ02'), 'GCJ02'), p) < 1, String(p));
      assert.ok(metres(toWgs84Point(fromWgs84Point(p, 'BD09'), 'BD09'), p) < 1, String(p));
    }
  });

  it('shifts points in China by hundreds of metres', () => {
    const d = metres(fromWgs84Point(WGS, 'GCJ02'), WGS);
    assert.ok(d > 100 && d < 1000, String(d));
  });

  it('leaves WGS84 as it is and returns a fresh array', () => {
    const out = toWgs84Point(WGS, 'WGS84');
    assert.deepEqual(out, WGS);
    assert.notEqual(out, WGS);
    assert.deepEqual(fromWgs84Point(WGS, 'WGS84'), WGS);
  });

  it('outside China: GCJ02 is the identity, BD09 still applies the Baidu offset', () => {
    const london: [number, number] = [-0.1276, 51.5072];
    assert.deepEqual(fromWgs84Point(london, 'GCJ02'), london);
    assert.deepEqual(toWgs84Point(london, 'GCJ02'), london);
    const bd = fromWgs84Point(london, 'BD09');
    assert.ok(metres(bd, london) > 100, 'BD09 offset applied');
    assert.ok(metres(toWgs84Point(bd, 'BD09'), london) < 1, 'and undone');
  });

  it('throws on non-finite coordinates (callers validate first)', () => {
    assert.throws(() => toWgs84Point([Number.NaN, 30], 'GCJ02'), RangeError);
    assert.throws(() => fromWgs84Point([120, Number.POSITIVE_INFINITY], 'BD09'), RangeError);
    assert.throws(() => toWgs84Point([Number.NaN, 30], 'WGS84'), RangeError);
  });
});

describe('geometry conversion', () => {
  const ringGcj: Position[] = [
    [120.159765, 30.271755],
    [120.169765, 30.271755],
    [120.169765, 30.281755],
    [120.159765, 30.271755],
  ];

  it('converts every position of a polygon and never mutates the input', () => {
    const input: Polygon = { type: 'Polygon', coordinates: [ringGcj.map((p) => [...p] as Position)] };
    const before = structuredClone(input);
    const out = toWgs84Geometry(input, 'GCJ02');
    assert.deepEqual(input, before);
    assert.equal(out.type, 'Polygon');
    assert.notEqual(out.coordinates[0], input.coordinates[0]);
    near(out.coordinates[0]?.[0] ?? [], WGS);
    out.coordinates[0]?.forEach((p, i) => {
      near(p, toWgs84Point(ringGcj[i] as [number, number], 'GCJ02'), 1e-12);
    });
  });

  it('converts a shared position object once per place, not twice', () => {
    const shared: Position = [120.159765, 30.271755];
    const input: Polygon = {
      type: 'Polygon',
      coordinates: [[shared, [120.169765, 30.271755], [120.169765, 30.281755], shared]],
    };
    const out = toWgs84Geometry(input, 'GCJ02');
    near(out.coordinates[0]?.[0] ?? [], WGS);
    near(out.coordinates[0]?.[3] ?? [], WGS);
    assert.deepEqual(shared, [120.159765, 30.271755]);
  });

  it('handles multipolygons, points with altitude and geometry collections', () => {
    const mp: MultiPolygon = { type: 'MultiPolygon', coordinates: [[ringGcj], [ringGcj]] };
    const outMp = toWgs84Geometry(mp, 'GCJ02');
    near(outMp.coordinates[1]?.[0]?.[0] ?? [], WGS);

    const point: Point = { type: 'Point', coordinates: [...GCJ, 12.5] };
    const outPoint = toWgs84Geometry(point, 'GCJ02');
    near(outPoint.coordinates, [...WGS, 12.5]);

    const gc: GeometryCollection = {
      type: 'GeometryCollection',
      geometries: [point, { type: 'LineString', coordinates: [BD, BD] }],
    };
    const outGc = fromWgs84Geometry(toWgs84Geometry(gc, 'GCJ02'), 'GCJ02');
    near((outGc.geometries[0] as Point).coordinates, [...GCJ, 12.5], 1e-6);
  });

  it('deep-copies foreign members and drops the stale bbox', () => {
    const input = { type: 'Point', coordinates: BD, bbox: [1, 2, 3, 4], meta: { source: 'baidu' } } as Point;
    const out = toWgs84Geometry(input, 'BD09') as Point & { bbox?: number[]; meta?: { source: string } };
    assert.equal(out.bbox, undefined);
    assert.deepEqual(out.meta, { source: 'baidu' });
    assert.notEqual(out.meta, (input as Point & { meta: object }).meta);
    near(out.coordinates, WGS);
  });

  it('round-trips a WGS84 geometry through BD09', () => {
    const input: Polygon = { type: 'Polygon', coordinates: [[WGS, [120.16, 30.28], [120.17, 30.27], WGS]] };
    const back = toWgs84Geometry(fromWgs84Geometry(input, 'BD09'), 'BD09');
    back.coordinates[0]?.forEach((p, i) => {
      assert.ok(metres(p, input.coordinates[0]?.[i] ?? []) < 1);
    });
  });
});
