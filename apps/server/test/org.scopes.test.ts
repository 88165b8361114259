import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from './harness.ts';

/**
 * Role × scope matrix for the territory module: who sees which division, grid and map, and who may
 * check coverage or import. Out of scope answers 404, as if the object did not exist.
 */
let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const SUBDISTRICT = '370102009';
const COMMUNITY_1 = '370102009002'; // 甸柳新村第一社区: the community login's community
const COMMUNITY_OTHER = '370102009005';
const GRID_OWN = '370102009002001'; // the gridworker login's grid
const GRID_SAME_COMMUNITY = '370102009002004';
const GRID_OTHER_COMMUNITY = '370102009005001';

type Expect = number; // HTTP status
const matrix: Array<{
  user: string;
  tree: Expect;
  mapSubdistrict: Expect;
  gridOwn: Expect;
  gridSameCommunity: Expect;
  gridOtherCommunity: Expect;
  coverageSubdistrict: Expect;
  coverageCommunity: Expect;
}> = [
  {
    user: 'admin',
    tree: 200,
    mapSubdistrict: 200,
    gridOwn: 200,
    gridSameCommunity: 200,
    gridOtherCommunity: 200,
    coverageSubdistrict: 200,
    coverageCommunity: 200,
  },
  {
    user: 'leader',
    tree: 200,
    mapSubdistrict: 200,
    gridOwn: 200,
    gridSameCommunity: 200,
    gridOtherCommunity: 200,
    coverageSubdistrict: 200,
    coverageCommunity: 200,
  },
  {
    user: 'dispatcher',
    tree: 200,
    mapSubdistrict: 200,
    gridOwn: 200,
    gridSameCommunity: 200,
    gridOtherCommunity: 200,
    coverageSubdistrict: 200,
    coverageCommunity: 200,
  },
  {
    user: 'dept',
    tree: 200,
    mapSubdistrict: 200,
    gridOwn: 200,
    gridSameCommunity: 200,
    gridOtherCommunity: 200,
    coverageSubdistrict: 200,
    coverageCommunity: 200,
  },
  {
    user: 'community',
    tree: 200,
    mapSubdistrict: 200,
    gridOwn: 200,
    gridSameCommunity: 200,
    gridOtherCommunity: 404,
    coverageSubdistrict: 404,
    coverageCommunity: 200,
  },
  {
    user: 'gridworker',
    tree: 200,
    mapSubdistrict: 200,
    gridOwn: 200,
    gridSameCommunity: 404,
    gridOtherCommunity: 404,
    coverageSubdistrict: 404,
    coverageCommunity: 404,
  },
  {
    user: 'resident',
    tree: 403,
    mapSubdistrict: 403,
    gridOwn: 403,
    gridSameCommunity: 403,
    gridOtherCommunity: 403,
    coverageSubdistrict: 403,
    coverageCommunity: 403,
  },
];

describe('org scopes', () => {
  for (const row of matrix) {
    it(`${row.user}: tree, map, grids and coverage within scope only`, async () => {
      const as = await t.sessionFor(row.user);
      const get = async (url: string) => (await t.request('GET', url, { as })).statusCode;
      assert.equal(await get('/api/org/tree'), row.tree, 'tree');
      assert.equal(await get(`/api/org/map?division=${SUBDISTRICT}`), row.mapSubdistrict, 'map');
      assert.equal(await get(`/api/org/grids/${GRID_OWN}`), row.gridOwn, 'own grid');
      assert.equal(
        await get(`/api/org/grids/${GRID_SAME_COMMUNITY}`),
        row.gridSameCommunity,
        'grid in same community',
      );
      assert.equal(
        await get(`/api/org/grids/${GRID_OTHER_COMMUNITY}`),
        row.gridOtherCommunity,
        'grid elsewhere',
      );
      assert.equal(
        await get(`/api/org/coverage?division=${SUBDISTRICT}`),
        row.coverageSubdistrict,
        'coverage subdistrict',
      );
      assert.equal(
        await get(`/api/org/coverage?division=${COMMUNITY_1}`),
        row.coverageCommunity,
        'coverage community',
      );
    });
  }

  it('draws only what is in scope on the map', async () => {
    const count = async (user: string) => {
      const res = await t.request('GET', `/api/org/map?division=${SUBDISTRICT}`, {
        as: await t.sessionFor(user),
      });
      return res.json().grids.features.length;
    };
    assert.equal(await count('dispatcher'), 52);
    assert.equal(await count('community'), 7);
    assert.equal(await count('gridworker'), 1);
  });

  it('frames the map on the caller’s own territory when no division is given', async () => {
    const map = async (user: string) =>
      (await t.request('GET', '/api/org/map', { as: await t.sessionFor(user) })).json().division.code;
    assert.equal(await map('dispatcher'), SUBDISTRICT);
    assert.equal(await map('community'), COMMUNITY_1);
    assert.equal(await map('gridworker'), COMMUNITY_1);
  });

  it('hides divisions outside scope as not found', async () => {
    const res = await t.request('GET', `/api/org/map?division=${COMMUNITY_OTHER}`, {
      as: await t.sessionFor('community'),
    });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().code, 'ORG_DIVISION_NOT_FOUND');
  });

  it('lists only the grids in scope', async () => {
    const res = await t.request('GET', '/api/org/grids', { as: await t.sessionFor('community') });
    assert.equal(res.json().total, 7);
    assert.ok(res.json().items.every((g: { communityCode: string }) => g.communityCode === COMMUNITY_1));
  });

  it('lets only administrators and the subdistrict centre import grids', async () => {
    const body = { crs: 'WGS84', featureCollection: { type: 'FeatureCollection', features: [] } };
    for (const user of ['community', 'gridworker', 'leader', 'dept']) {
      const res = await t.request('POST', '/api/org/grids/import', { as: await t.sessionFor(user), body });
      assert.equal(res.statusCode, 403, user);
      assert.equal(res.json().code, 'FORBIDDEN');
    }
    const res = await t.request('POST', '/api/org/grids/import', {
      as: await t.sessionFor('resident'),
      body,
    });
    assert.equal(res.json().code, 'AUTH_STAFF_ONLY');
  });

  it('lets any signed-in user locate a point, but not an anonymous caller', async () => {
    const url = '/api/org/locate?lng=117.05&lat=36.668';
    assert.equal((await t.request('GET', url, { as: await t.sessionFor('resident') })).statusCode, 200);
    assert.equal((await t.request('GET', url)).statusCode, 401);
  });

  it('shows the party organisation tree within scope', async () => {
    const all = await t.request('GET', `/api/org/party-orgs?division=${SUBDISTRICT}`, {
      as: await t.sessionFor('dispatcher'),
    });
    const kinds = (all.json().items as Array<{ kind: string }>).reduce<Record<string, number>>((acc, i) => {
      acc[i.kind] = (acc[i.kind] ?? 0) + 1;
      return acc;
    }, {});
    assert.equal(kinds.subdistrict_committee, 1);
    assert.equal(kinds.community_committee, 8);
    assert.equal(kinds.grid_branch, 40);
    assert.equal(kinds.party_group, 104);
    const outside = await t.request('GET', `/api/org/party-orgs?division=${COMMUNITY_OTHER}`, {
      as: await t.sessionFor('gridworker'),
    });
    assert.equal(outside.statusCode, 404);
  });
});
