import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { rows } from '@wangge/db';
import { fromWgs84Geometry } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from './harness.ts';

let t: TestApp;
let dispatcher: Session;
before(async () => {
  t = await createTestApp();
  dispatcher = await t.sessionFor('dispatcher');
});
after(() => t.close());

type Polygon = { type: 'Polygon'; coordinates: number[][][] };
const square = (lng: number, lat: number, size = 0.0005): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [lng, lat],
      [lng + size, lat],
      [lng + size, lat + size],
      [lng, lat + size],
      [lng, lat],
    ],
  ],
});
const feature = (properties: Record<string, unknown>, geometry: unknown) => ({
  type: 'Feature',
  properties,
  geometry,
});
const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const importGrids = (body: Record<string, unknown>, as = dispatcher) =>
  t.request('POST', '/api/org/grids/import', { as, body: { crs: 'WGS84', ...body } });
const gridCount = async () =>
  (await rows<{ n: number }>(t.handle.db, sql`SELECT count(*)::int AS n FROM grid`))[0]!.n;

async function gridGeometry(code: string) {
  const res = await t.request('GET', `/api/org/grids/${code}`, { as: dispatcher });
  return res.json().geometry as { type: 'MultiPolygon'; coordinates: number[][][][] };
}
const coverage = async (division: string) =>
  (await t.request('GET', `/api/org/coverage?division=${division}`, { as: dispatcher })).json();

describe('coverage check', () => {
  it('finds no gaps, overlaps or strays in the demo subdistrict', async () => {
    const report = await coverage('370102009');
    assert.equal(report.ok, true);
    assert.equal(report.gridCount, 52);
    assert.equal(report.communitiesChecked, 8);
    assert.deepEqual([report.overlaps, report.gaps, report.outside], [[], [], []]);
  });

  it('reports the overlap and the gap when a grid is moved', async () => {
    // An inner grid of 甸柳新村第一社区 (neighbours on all four sides in the demo layout), shifted ~33 m
    // north: it stays inside its community but now overlaps its northern neighbour and leaves a strip.
    const code = '370102009002004';
    const geometry = await gridGeometry(code);
    const moved = {
      type: 'MultiPolygon',
      coordinates: geometry.coordinates.map((poly) =>
        poly.map((ring) => ring.map(([x, y]) => [x!, y! + 0.0003])),
      ),
    };
    const properties = { code, name: '甸柳新村第一社区第4网格', type: 'basic' };
    const res = await importGrids({ mode: 'replace', featureCollection: fc(feature(properties, moved)) });
    assert.equal(res.statusCode, 200, res.body);
    const report = await coverage('370102009002');
    assert.equal(report.ok, false);
    assert.ok(report.overlaps.length >= 1, 'an overlap');
    assert.ok(report.overlaps.every((o: { areaM2: number }) => o.areaM2 > 1));
    assert.ok(
      report.overlaps.every((o: { gridA: string; gridB: string }) => o.gridA === code || o.gridB === code),
    );
    assert.equal(report.gaps.length, 1, 'one gap');
    assert.ok(report.gaps[0].areaM2 > 100);
    assert.equal(report.gaps[0].geometry.type, 'Polygon');
    // The overlap and the gap are the same strip, moved: equal areas (to 1 %).
    const overlapArea = report.overlaps.reduce((s: number, o: { areaM2: number }) => s + o.areaM2, 0);
    assert.ok(Math.abs(overlapArea - report.gaps[0].areaM2) / overlapArea < 0.01);
    // Put it back: the community is whole again.
    const back = await importGrids({ mode: 'replace', featureCollection: fc(feature(properties, geometry)) });
    assert.equal(back.statusCode, 200);
    assert.equal((await coverage('370102009002')).ok, true);
  });

  it('reports a grid outside its community when the community boundary shrinks', async () => {
    await t.handle.db.execute(
      sql`UPDATE division SET boundary = ST_Multi(ST_Buffer(boundary, -0.0002, 'join=mitre')) WHERE code = '370102009003'`,
    );
    const report = await coverage('370102009003');
    assert.equal(report.ok, false);
    assert.ok(report.outside.length >= 1);
    assert.ok(report.outside.every((o: { communityCode: string }) => o.communityCode === '370102009003'));
    assert.equal(report.gaps.length, 0);
  });
});

describe('POST /api/org/grids/import', () => {
  it('imports the national division codes of the county (administrators)', async () => {
    const res = await t.request('POST', '/api/org/divisions/import', {
      as: await t.sessionFor('admin'),
      body: { county: '370102' },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().subdistricts, 12); // 历下区 has 13; 甸柳 was already there
    assert.ok(res.json().communities > 50);
    const again = await t.request('POST', '/api/org/divisions/import', {
      as: await t.sessionFor('admin'),
      body: { county: '370102' },
    });
    assert.equal(again.json().subdistricts, 0);
    const other = await t.request('POST', '/api/org/divisions/import', {
      as: dispatcher,
      body: { county: '370102' },
    });
    assert.equal(other.statusCode, 404);
    assert.equal(other.json().code, 'ORG_DIVISION_CODE_UNKNOWN');
  });

  it('converts GCJ-02 input to WGS-84 and stores a new grid', async () => {
    const admin = await t.sessionFor('admin');
    const gcj = square(117.0305, 36.6612);
    const res = await importGrids(
      {
        crs: 'GCJ02',
        featureCollection: fc(
          feature({ code: '370102001002001', name: '解放路测试网格', type: '基础网格' }, gcj),
        ),
      },
      admin,
    );
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().grids, ['370102001002001']);
    const [stored] = await rows<{ x: number; y: number; path: string }>(
      t.handle.db,
      sql`SELECT ST_XMin(boundary) AS x, ST_YMin(boundary) AS y, path::text AS path FROM grid WHERE code = '370102001002001'`,
    );
    // Back in GCJ-02 the stored corner is where it was drawn (to ~1 m); in WGS-84 it is ~500 m away.
    const back = fromWgs84Geometry({ type: 'Point', coordinates: [stored!.x, stored!.y] }, 'GCJ02') as {
      coordinates: number[];
    };
    assert.ok(Math.abs(back.coordinates[0]! - 117.0305) < 1e-5);
    assert.ok(Math.abs(back.coordinates[1]! - 36.6612) < 1e-5);
    assert.ok(Math.abs(stored!.x - 117.0305) > 1e-3);
    assert.equal(stored!.path, '370102.370102001.370102001002.370102001002001');
  });

  it('reports every problem per feature with a code, and writes nothing', async () => {
    const before = await gridCount();
    const bowtie = {
      type: 'Polygon',
      coordinates: [
        [
          [117.03, 36.66],
          [117.031, 36.661],
          [117.031, 36.66],
          [117.03, 36.661],
          [117.03, 36.66],
        ],
      ],
    };
    const res = await importGrids(
      {
        featureCollection: fc(
          feature({ code: '370102001002002', name: '有效网格', type: 'basic' }, square(117.031, 36.6612)), // 0: fine
          feature({ code: '370102001002003', name: '自相交' }, bowtie), // 1
          feature({ code: '370102001002004', name: '越界' }, square(190, 36.66)), // 2
          feature({ code: '370102009099001', name: '无此社区' }, square(117.05, 36.668)), // 3
          feature({ code: '370102001002005', name: '重复一' }, square(117.032, 36.6612)), // 4
          feature({ code: '370102001002005', name: '重复二' }, square(117.033, 36.6612)), // 5
          feature({ code: '370102009002001', name: '已存在' }, square(117.041, 36.672)), // 6
          feature({ code: '370102009002099', name: '越出社区' }, square(117.06, 36.661)), // 7
          feature({ code: '37010200', name: '' }, { type: 'Point', coordinates: [1, 2] }), // 8
          'not a feature', // 9
        ),
      },
      await t.sessionFor('admin'),
    );
    assert.equal(res.statusCode, 422, res.body);
    assert.equal(res.json().code, 'ORG_IMPORT_INVALID');
    const byIndex = new Map<number, string[]>(
      res
        .json()
        .details.features.map((f: { index: number; errors: Array<{ code: string }> }) => [
          f.index,
          f.errors.map((e) => e.code),
        ]),
    );
    assert.equal(byIndex.has(0), false);
    assert.deepEqual(byIndex.get(1), ['GEOMETRY_INVALID']);
    assert.deepEqual(byIndex.get(2), ['COORDINATE_OUT_OF_RANGE']);
    assert.deepEqual(byIndex.get(3), ['COMMUNITY_UNKNOWN']);
    assert.deepEqual(byIndex.get(4), ['DUPLICATE_CODE_IN_FILE']);
    assert.deepEqual(byIndex.get(5), ['DUPLICATE_CODE_IN_FILE']);
    assert.deepEqual(byIndex.get(6), ['DUPLICATE_CODE']);
    assert.deepEqual(byIndex.get(7), ['GRID_OUTSIDE_COMMUNITY']);
    assert.ok(byIndex.get(8)!.includes('CODE_MALFORMED'));
    assert.ok(byIndex.get(8)!.includes('NAME_MISSING'));
    assert.ok(byIndex.get(8)!.includes('GEOMETRY_TYPE'));
    assert.deepEqual(byIndex.get(9), ['FEATURE_MALFORMED']);
    assert.equal(await gridCount(), before, 'nothing written');
  });

  it('treats a community outside the caller’s territory as unknown', async () => {
    const res = await importGrids({
      featureCollection: fc(feature({ code: '370102001002009', name: '辖区外' }, square(117.035, 36.6612))),
    });
    assert.equal(res.statusCode, 422);
    assert.deepEqual(
      res.json().details.features[0].errors.map((e: { code: string }) => e.code),
      ['COMMUNITY_UNKNOWN'],
    );
  });

  it('checks without writing on a dry run', async () => {
    const before = await gridCount();
    const res = await importGrids(
      {
        dryRun: true,
        featureCollection: fc(feature({ code: '370102001002010', name: '试导入' }, square(117.036, 36.6612))),
      },
      await t.sessionFor('admin'),
    );
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), {
      imported: 1,
      dryRun: true,
      grids: ['370102001002010'],
      created: 1,
      updated: 0,
    });
    assert.equal(await gridCount(), before);
  });

  it('refuses what is not a FeatureCollection, an empty one, an unknown crs and unknown fields', async () => {
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ featureCollection: { type: 'Feature', features: [] } }, 400, 'ORG_IMPORT_NOT_FEATURE_COLLECTION'],
      [{ featureCollection: fc() }, 400, 'ORG_IMPORT_EMPTY'],
      [{ crs: 'EPSG3857', featureCollection: fc() }, 400, 'VALIDATION_FAILED'],
      [{ featureCollection: fc(), extra: 1 }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [body, status, code] of cases) {
      const res = await importGrids(body);
      assert.equal(res.statusCode, status, JSON.stringify(body));
      assert.equal(res.json().code, code);
    }
  });

  it('refuses a body over 20 MB with BODY_TOO_LARGE', async () => {
    const huge = fc(
      feature({ code: '370102009002099', name: 'x'.repeat(21 * 1024 * 1024) }, square(117.05, 36.668)),
    );
    const res = await importGrids({ featureCollection: huge });
    assert.equal(res.statusCode, 413);
    assert.equal(res.json().code, 'BODY_TOO_LARGE');
  });

  it('records each imported grid in the audit log with the request id', async () => {
    const [entry] = await rows<{ action: string; entity_id: string; request_id: string; actor_name: string }>(
      t.handle.db,
      sql`SELECT action, entity_id, request_id, actor_name FROM audit_log WHERE entity_id = '370102001002001'`,
    );
    assert.equal(entry?.action, 'grid.create');
    assert.ok(entry?.request_id);
    assert.ok(entry?.actor_name);
  });
});
