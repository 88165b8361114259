import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { degreesCovering, metersBetween, roundLocation } from './location-rounding.ts';

describe('rounding locations for the public board', () => {
  it('moves every point to within half a 50 m cell diagonal, and never leaves it in place', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 2000; i++) {
      const p: [number, number] = [117.0 + random() * 0.1, 36.6 + random() * 0.1];
      const r = roundLocation(p[0], p[1]);
      assert.ok(metersBetween(p, r) <= 36, `${p} → ${r}`);
      assert.notDeepEqual(r, p);
    }
  });

  it('gives every point in one cell the same rounded point, and neighbouring cells different ones', () => {
    const a = roundLocation(117.05001, 36.66001);
    const b = roundLocation(117.05002, 36.66002);
    assert.deepEqual(a, b);
    const far = roundLocation(117.05001 + 0.001, 36.66001);
    assert.notDeepEqual(a, far);
    assert.ok(Math.abs(metersBetween(a, far) - 89) < 50);
  });

  it('uses cells of the size asked for', () => {
    const p = roundLocation(117.05, 36.66, 200);
    assert.ok(metersBetween([117.05, 36.66], p) <= 142);
  });

  it('covers a radius in degrees at any latitude, east and north alike', () => {
    for (const lat of [0, 36.67, 45.8, 60]) {
      const r = degreesCovering(200, lat);
      // 200 m due east and due north both lie within r degrees.
      const east = 200 / (111_320 * Math.cos((lat * Math.PI) / 180));
      assert.ok(east <= r + 1e-12, `east at ${lat}°`);
      assert.ok(200 / 111_320 <= r, `north at ${lat}°`);
      assert.ok(metersBetween([117, lat], [117 + r, lat]) >= 199, `${lat}°`);
    }
  });
});
