import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDuplicateCodes, GRID_FEATURE_ERROR_CODES, validateGridFeature } from './geojson-grid.ts';

const square = [
  [117.0, 36.65],
  [117.001, 36.65],
  [117.001, 36.651],
  [117.0, 36.651],
  [117.0, 36.65],
];

function feature(properties: Record<string, unknown> | null, geometry?: unknown) {
  return {
    type: 'Feature',
    properties,
    geometry: geometry === undefined ? { type: 'Polygon', coordinates: [square] } : geometry,
  };
}

const good = { code: '370102009001001', name: '一号网格' };

function errorCodes(result: ReturnType<typeof validateGridFeature>): string[] {
  return result.ok ? [] : result.errors.map((e) => e.code);
}

describe('validateGridFeature: a valid feature', () => {
  it('returns the grid with defaults and the polygon promoted to a multipolygon', () => {
    assert.deepEqual(validateGridFeature(feature(good), 0), {
      ok: true,
      value: {
        code: '370102009001001',
        name: '一号网格',
        type: 'basic',
        communityCode: '370102009001',
        unitName: null,
        geometry: { type: 'MultiPolygon', coordinates: [[square]] },
      },
    });
  });

  it('keeps a multipolygon and drops altitudes', () => {
    const withZ = square.map(([x, y]) => [x, y, 30]);
    const r = validateGridFeature(
      feature(good, { type: 'MultiPolygon', coordinates: [[withZ], [square]] }),
      0,
    );
    assert.ok(r.ok);
    assert.deepEqual(r.value.geometry.coordinates, [[square], [square]]);
  });

  it('returns fresh arrays, not the input', () => {
    const geometry = { type: 'Polygon', coordinates: [square] };
    const r = validateGridFeature(feature(good, geometry), 0);
    assert.ok(r.ok);
    assert.notEqual(r.value.geometry.coordinates[0]?.[0], square);
    assert.notEqual(r.value.geometry.coordinates[0]?.[0]?.[0], square[0]);
  });

  it('accepts the Chinese type names, a matching community and a unit name', () => {
    const r = validateGridFeature(
      feature({ ...good, type: '专属网格', community: '370102009001', unitName: ' 第一中学 ' }),
      0,
    );
    assert.ok(r.ok);
    assert.equal(r.value.type, 'exclusive');
    assert.equal(r.value.unitName, '第一中学');
    for (const [raw, type] of [
      ['基础网格', 'basic'],
      ['exclusive', 'exclusive'],
      ['basic', 'basic'],
      ['', 'basic'],
      [null, 'basic'],
    ]) {
      const t = validateGridFeature(feature({ ...good, type: raw }), 0);
      assert.equal(t.ok && t.value.type, type, String(raw));
    }
  });

  it('accepts codes typed as numbers or padded with spaces, and a numeric name', () => {
    const r = validateGridFeature(feature({ code: 370102009001001, name: 3, community: 370102009001 }), 0);
    assert.ok(r.ok);
    assert.equal(r.value.code, '370102009001001');
    assert.equal(r.value.name, '3');
    const s = validateGridFeature(feature({ code: ' 370102009001001 ', name: ' 一号网格 ' }), 0);
    assert.ok(s.ok);
    assert.equal(s.value.code, '370102009001001');
    assert.equal(s.value.name, '一号网格');
  });

  it('accepts a name of exactly 64 characters, counting code points', () => {
    assert.equal(validateGridFeature(feature({ ...good, name: '网'.repeat(64) }), 0).ok, true);
    assert.equal(validateGridFeature(feature({ ...good, name: '𠀀'.repeat(64) }), 0).ok, true);
  });
});

describe('validateGridFeature: property errors', () => {
  it('rejects things that are not features', () => {
    for (const bad of [null, undefined, 'Feature', 42, [], [feature(good)]]) {
      assert.deepEqual(validateGridFeature(bad, 7), {
        ok: false,
        index: 7,
        code: null,
        errors: [{ code: 'FEATURE_MALFORMED', message: 'features[7] is not a GeoJSON Feature object' }],
      });
    }
  });

  it('reports a wrong type member but still checks the rest', () => {
    const r = validateGridFeature({ ...feature({ code: '370102009001001' }), type: 'Polygon' }, 0);
    assert.deepEqual(errorCodes(r), ['FEATURE_MALFORMED', 'NAME_MISSING']);
    assert.equal(!r.ok && r.code, '370102009001001');
  });

  it('reports properties that are not an object', () => {
    const r = validateGridFeature(
      { type: 'Feature', properties: 'x', geometry: { type: 'Polygon', coordinates: [square] } },
      0,
    );
    assert.deepEqual(errorCodes(r), ['FEATURE_MALFORMED', 'CODE_MISSING', 'NAME_MISSING']);
  });

  it('reports missing code and name, with null properties', () => {
    const r = validateGridFeature(feature(null), 2);
    assert.deepEqual(errorCodes(r), ['CODE_MISSING', 'NAME_MISSING']);
    assert.equal(!r.ok && r.code, null);
    assert.equal(!r.ok && r.index, 2);
    assert.deepEqual(errorCodes(validateGridFeature(feature({ code: '  ', name: '' }), 0)), [
      'CODE_MISSING',
      'NAME_MISSING',
    ]);
  });

  it('reports malformed codes but still names them', () => {
    for (const bad of ['37010200900100', '370102009001000', '370102009000001', 'abc', -1, 1.5, true, {}]) {
      const r = validateGridFeature(feature({ ...good, code: bad }), 0);
      assert.deepEqual(errorCodes(r), ['CODE_MALFORMED'], String(bad));
    }
    const r = validateGridFeature(feature({ ...good, code: '370102009001000' }), 0);
    assert.equal(!r.ok && r.code, '370102009001000');
    const o = validateGridFeature(feature({ ...good, code: {} }), 0);
    assert.equal(!o.ok && o.code, null);
  });

  it('reports a name that is too long or not text', () => {
    assert.deepEqual(errorCodes(validateGridFeature(feature({ ...good, name: '网'.repeat(65) }), 0)), [
      'NAME_TOO_LONG',
    ]);
    assert.deepEqual(errorCodes(validateGridFeature(feature({ ...good, name: ['a'] }), 0)), ['NAME_MISSING']);
  });

  it('reports an unknown type', () => {
    for (const bad of ['special', '网格', 1, true]) {
      assert.deepEqual(
        errorCodes(validateGridFeature(feature({ ...good, type: bad }), 0)),
        ['TYPE_INVALID'],
        String(bad),
      );
    }
  });

  it('reports a malformed community and one that disagrees with the code', () => {
    for (const bad of ['370102009', '370102009000', 'x', {}]) {
      assert.deepEqual(
        errorCodes(validateGridFeature(feature({ ...good, community: bad }), 0)),
        ['COMMUNITY_MALFORMED'],
        String(bad),
      );
    }
    const r = validateGridFeature(feature({ ...good, community: '370102009002' }), 0);
    assert.deepEqual(errorCodes(r), ['GRID_COMMUNITY_MISMATCH']);
  });

  it('reports a bad unit name', () => {
    assert.deepEqual(errorCodes(validateGridFeature(feature({ ...good, unitName: 5 }), 0)), [
      'UNIT_NAME_INVALID',
    ]);
    assert.deepEqual(errorCodes(validateGridFeature(feature({ ...good, unitName: 'u'.repeat(129) }), 0)), [
      'UNIT_NAME_INVALID',
    ]);
    const blank = validateGridFeature(feature({ ...good, unitName: '  ' }), 0);
    assert.equal(blank.ok && blank.value.unitName, null);
  });
});

describe('validateGridFeature: geometry errors and collecting everything', () => {
  it('reports geometry problems (details in geojson-polygon tests)', () => {
    assert.deepEqual(errorCodes(validateGridFeature(feature(good, null), 0)), ['GEOMETRY_MISSING']);
    assert.deepEqual(errorCodes(validateGridFeature({ type: 'Feature', properties: good }, 0)), [
      'GEOMETRY_MISSING',
    ]);
    assert.deepEqual(
      errorCodes(validateGridFeature(feature(good, { type: 'Point', coordinates: [117, 36] }), 0)),
      ['GEOMETRY_TYPE'],
    );
  });

  it('collects every error of a feature at once', () => {
    const r = validateGridFeature(
      feature(
        { code: '370102009001001', name: '网'.repeat(65), type: 'x', community: '370102009002', unitName: 1 },
        {
          type: 'Polygon',
          coordinates: [
            [
              [200, 30],
              [117, 36],
              [117, 36.1],
            ],
          ],
        },
      ),
      4,
    );
    assert.equal(r.ok, false);
    assert.deepEqual(errorCodes(r), [
      'NAME_TOO_LONG',
      'TYPE_INVALID',
      'GRID_COMMUNITY_MISMATCH',
      'UNIT_NAME_INVALID',
      'COORDINATE_OUT_OF_RANGE',
      'RING_TOO_SHORT',
      'RING_NOT_CLOSED',
    ]);
    assert.equal(!r.ok && r.code, '370102009001001');
    for (const e of r.ok ? [] : r.errors) assert.match(e.message, /^features\[4\]/);
  });

  it('lists only known error codes', () => {
    const known = new Set<string>(GRID_FEATURE_ERROR_CODES);
    assert.equal(known.size, GRID_FEATURE_ERROR_CODES.length);
    for (const code of [
      'FEATURE_MALFORMED',
      'CODE_MISSING',
      'CODE_MALFORMED',
      'NAME_MISSING',
      'NAME_TOO_LONG',
      'TYPE_INVALID',
      'COMMUNITY_MALFORMED',
      'GRID_COMMUNITY_MISMATCH',
      'GEOMETRY_MISSING',
      'GEOMETRY_TYPE',
      'GEOMETRY_MALFORMED',
      'COORDINATE_OUT_OF_RANGE',
      'RING_NOT_CLOSED',
      'RING_TOO_SHORT',
      'TOO_MANY_VERTICES',
    ]) {
      assert.ok(known.has(code), code);
    }
  });
});

describe('findDuplicateCodes', () => {
  it('maps each repeated code to its indices', () => {
    const dupes = findDuplicateCodes(['a', 'b', 'a', null, 'c', 'b', 'a', undefined, null]);
    assert.deepEqual(
      [...dupes],
      [
        ['a', [0, 2, 6]],
        ['b', [1, 5]],
      ],
    );
  });

  it('is empty when every code is unique', () => {
    assert.equal(findDuplicateCodes([]).size, 0);
    assert.equal(findDuplicateCodes(['a', 'b']).size, 0);
  });
});
