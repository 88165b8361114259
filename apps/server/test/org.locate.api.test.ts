import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fromWgs84Geometry } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from './harness.ts';

let t: TestApp;
let as: Session;
before(async () => {
  t = await createTestApp();
  as = await t.sessionFor('gridworker');
});
after(() => t.close());

const locate = (query: string) => t.request('GET', `/api/org/locate?${query}`, { as });

describe('GET /api/org/locate', () => {
  it('names the micro-grid, grid, community, subdistrict and district of a WGS-84 point', async () => {
    const res = await locate('lng=117.05&lat=36.668');
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.found, true);
    assert.match(body.grid.code, /^370102009\d{6}$/);
    assert.equal(body.microGrid.code.slice(0, 15), body.grid.code);
    assert.equal(body.community.code, body.grid.code.slice(0, 12));
    assert.deepEqual(body.subdistrict, { code: '370102009', name: '甸柳新村街道', level: 'subdistrict' });
    assert.deepEqual(body.district, { code: '370102', name: '历下区', level: 'district' });
    assert.equal(body.message, null);
  });

  it('converts GCJ-02 and BD-09 points first, landing in the same grid', async () => {
    const wgs = (await locate('lng=117.05&lat=36.668')).json();
    for (const crs of ['GCJ02', 'BD09'] as const) {
      const p = fromWgs84Geometry({ type: 'Point', coordinates: [117.05, 36.668] }, crs) as {
        coordinates: number[];
      };
      const res = (await locate(`lng=${p.coordinates[0]}&lat=${p.coordinates[1]}&crs=${crs}`)).json();
      assert.equal(res.grid.code, wgs.grid.code, crs);
      assert.ok(Math.abs(res.point.lng - 117.05) < 2e-5, `${crs} converted back to WGS-84`);
    }
  });

  it('answers plainly for a point outside every grid, with the nearest grid when close', async () => {
    const far = (await locate('lng=116.9&lat=36.6')).json();
    assert.equal(far.found, false);
    assert.equal(far.grid, null);
    assert.equal(far.nearest, null);
    assert.equal(far.message, '该位置不在任何网格内');
    const near = (await locate('lng=117.0395&lat=36.668')).json(); // ~45 m west of the subdistrict
    assert.equal(near.found, false);
    assert.ok(near.nearest.distanceM > 0 && near.nearest.distanceM < 100, JSON.stringify(near.nearest));
    const english = await t.request('GET', '/api/org/locate?lng=116.9&lat=36.6', {
      as,
      headers: { 'accept-language': 'en' },
    });
    assert.equal(english.json().message, 'This point is not inside any grid');
  });

  it('names the community of a point in a coverage gap, and says it is a gap', async () => {
    const inside = (await locate('lng=117.05&lat=36.668')).json();
    await t.handle.db.execute(sql`DELETE FROM grid WHERE code = ${inside.grid.code}`);
    const gap = (await locate('lng=117.05&lat=36.668')).json();
    assert.equal(gap.found, false);
    assert.equal(gap.grid, null);
    assert.equal(gap.community.code, inside.community.code);
    assert.equal(gap.subdistrict.code, '370102009');
    assert.equal(gap.message, '该位置在社区内，但不在任何网格内（网格未全覆盖）');
    assert.ok(gap.nearest.distanceM < 400);
  });

  it('rejects coordinates out of range, non-numbers, unknown systems and unknown parameters', async () => {
    for (const q of [
      'lng=181&lat=36',
      'lng=117&lat=-91',
      'lng=abc&lat=36',
      'lng=117&lat=36&crs=EPSG3857',
      'lng=117',
      'lng=117&lat=36&x=1',
    ]) {
      const res = await locate(q);
      assert.equal(res.statusCode, 400, q);
      assert.equal(res.json().code, 'VALIDATION_FAILED', q);
      assert.ok(Array.isArray(res.json().details.issues), q);
    }
  });
});
