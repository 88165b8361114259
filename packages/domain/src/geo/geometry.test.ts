import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Geometry, mapPositions, type Position } from './geometry.ts';

const shift = ([x, y]: Position): Position => [x + 1, y + 2];

describe('mapPositions', () => {
  it('maps every kind of geometry', () => {
    const cases: Array<[Geometry, Geometry]> = [
      [
        { type: 'Point', coordinates: [0, 0] },
        { type: 'Point', coordinates: [1, 2] },
      ],
      [
        {
          type: 'MultiPoint',
          coordinates: [
            [0, 0],
            [1, 1],
          ],
        },
        {
          type: 'MultiPoint',
          coordinates: [
            [1, 2],
            [2, 3],
          ],
        },
      ],
      [
        {
          type: 'LineString',
          coordinates: [
            [0, 0],
            [1, 1],
          ],
        },
        {
          type: 'LineString',
          coordinates: [
            [1, 2],
            [2, 3],
          ],
        },
      ],
      [
        { type: 'MultiLineString', coordinates: [[[0, 0]], [[1, 1]]] },
        { type: 'MultiLineString', coordinates: [[[1, 2]], [[2, 3]]] },
      ],
      [
        {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [0, 0],
            ],
          ],
        },
        {
          type: 'Polygon',
          coordinates: [
            [
              [1, 2],
              [2, 2],
              [1, 2],
            ],
          ],
        },
      ],
      [
        { type: 'MultiPolygon', coordinates: [[[[0, 0]]], [[[1, 1]]]] },
        { type: 'MultiPolygon', coordinates: [[[[1, 2]]], [[[2, 3]]]] },
      ],
      [
        { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [0, 0] }] },
        { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [1, 2] }] },
      ],
    ];
    for (const [input, expected] of cases) {
      const before = structuredClone(input);
      assert.deepEqual(mapPositions(input, shift), expected, input.type);
      assert.deepEqual(input, before, `${input.type} unchanged`);
    }
  });

  it('builds new arrays even for the identity', () => {
    const input: Geometry = {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 1],
      ],
    };
    const out = mapPositions(input, (p) => [...p] as Position);
    assert.deepEqual(out, input);
    assert.notEqual(out.coordinates, input.coordinates);
  });
});
