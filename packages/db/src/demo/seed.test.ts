import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { verifyPassword } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { rows } from '../db.ts';
import { type DatabaseHandle, openDatabase } from '../open.ts';
import { DEMO_LOGINS, DEMO_PASSWORD, type DemoSummary, seedDemo } from './seed.ts';

describe('seedDemo', () => {
  let handle: DatabaseHandle;
  let summary: DemoSummary;

  before(async () => {
    handle = await openDatabase({ memory: true });
    summary = await seedDemo(handle.db);
  });
  after(() => handle?.close());

  const count = async (query: ReturnType<typeof sql>): Promise<number> =>
    Number((await rows<{ n: string }>(handle.db, query))[0]!.n);

  it('writes the territory with the counts it reports', async () => {
    assert.equal(summary.grids, 52);
    assert.equal(summary.exclusive, 2);
    assert.equal(await count(sql`SELECT count(*) AS n FROM grid`), 52);
    assert.equal(await count(sql`SELECT count(*) AS n FROM grid WHERE type = 'exclusive'`), 2);
    assert.equal(await count(sql`SELECT count(*) AS n FROM division WHERE level = 'community'`), 8);
    assert.equal(await count(sql`SELECT count(*) AS n FROM micro_grid`), summary.microGrids);
    assert.equal(await count(sql`SELECT count(*) AS n FROM building`), summary.buildings);
    assert.equal(await count(sql`SELECT sum(households) AS n FROM building_unit`), summary.households);
    assert.equal(await count(sql`SELECT count(*) AS n FROM app_user`), summary.users);
    assert.equal(await count(sql`SELECT count(*) AS n FROM party_org`), summary.partyOrgs);
  });

  it('stores valid WGS-84 boundaries', async () => {
    assert.equal(
      await count(
        sql`SELECT count(*) AS n FROM grid WHERE ST_IsValid(boundary) AND ST_SRID(boundary) = 4326`,
      ),
      52,
    );
    assert.equal(
      await count(
        sql`SELECT count(*) AS n FROM division WHERE ST_IsValid(boundary) AND ST_SRID(boundary) = 4326`,
      ),
      10,
    );
    assert.equal(await count(sql`SELECT count(*) AS n FROM micro_grid WHERE NOT ST_IsValid(boundary)`), 0);
  });

  it('covers every community exactly with its grids, without overlaps', async () => {
    const outside = sql`SELECT count(*) AS n FROM grid g JOIN division d ON d.code = g.community_code
      WHERE NOT ST_CoveredBy(g.boundary, d.boundary)`;
    assert.equal(await count(outside), 0);
    const diffs = await rows<{ code: string; diff: number }>(
      handle.db,
      sql`SELECT d.code, ST_Area(ST_SymDifference(ST_Union(g.boundary), d.boundary)) AS diff
          FROM division d JOIN grid g ON g.community_code = d.code GROUP BY d.code, d.boundary`,
    );
    assert.equal(diffs.length, 8);
    for (const { code, diff } of diffs) assert.ok(Number(diff) < 1e-12, `${code}: ${diff}`);
    const overlapping = sql`SELECT count(*) AS n FROM grid a JOIN grid b ON a.code < b.code
      AND ST_Intersects(a.boundary, b.boundary) WHERE ST_Area(ST_Intersection(a.boundary, b.boundary)) > 0`;
    assert.equal(await count(overlapping), 0);
  });

  it('forms fully noded coverages (shared edges have identical vertices)', async () => {
    for (const layer of ['grid', 'micro_grid', "division WHERE level = 'community'"]) {
      const invalid =
        sql.raw(`SELECT count(*) AS n FROM (SELECT ST_CoverageInvalidEdges(boundary) OVER () AS e
        FROM ${layer}) x WHERE e IS NOT NULL`);
      assert.equal(await count(invalid), 0, layer);
    }
  });

  it('covers every grid exactly with its micro-grids', async () => {
    const diffs = await rows<{ diff: number }>(
      handle.db,
      sql`SELECT max(d) AS diff FROM (SELECT ST_Area(ST_SymDifference(ST_Union(m.boundary), g.boundary)) AS d
          FROM grid g JOIN micro_grid m ON m.grid_id = g.id GROUP BY g.id, g.boundary) x`,
    );
    assert.ok(Number(diffs[0]!.diff) < 1e-12);
  });

  it('puts every building inside its grid and micro-grid', async () => {
    const misplaced = sql`SELECT count(*) AS n FROM building b JOIN grid g ON g.id = b.grid_id
      JOIN micro_grid m ON m.id = b.micro_grid_id
      WHERE NOT ST_Within(b.location, g.boundary) OR NOT ST_Within(b.footprint, m.boundary)`;
    assert.equal(await count(misplaced), 0);
  });

  it('mirrors the grids in the party organisation', async () => {
    const kinds = await rows<{ kind: string; n: string }>(
      handle.db,
      sql`SELECT kind, count(*) AS n FROM party_org GROUP BY kind`,
    );
    const byKind = Object.fromEntries(kinds.map((k) => [k.kind, Number(k.n)]));
    assert.equal(byKind.subdistrict_committee, 1);
    assert.equal(byKind.community_committee, 8);
    assert.equal(byKind.grid_branch, 40);
    assert.equal(byKind.party_group, 104);
    // A joint branch covers two grids that share an edge (its party groups sit in both).
    const jointNotAdjacent = sql`SELECT count(*) AS n FROM (
        SELECT array_agg(ga.boundary ORDER BY ga.code) AS pair FROM party_org b
        JOIN (SELECT DISTINCT parent_id, territory_path FROM party_org WHERE kind = 'party_group') g ON g.parent_id = b.id
        JOIN grid ga ON ga.path = g.territory_path
        WHERE b.kind = 'grid_branch' GROUP BY b.id HAVING count(*) = 2) x
      WHERE ST_Length(ST_Intersection(pair[1], pair[2])) <= 0`;
    assert.equal(await count(jointNotAdjacent), 0);
    const joint = sql`SELECT count(*) AS n FROM party_org b WHERE kind = 'grid_branch'
      AND (SELECT count(DISTINCT territory_path) FROM party_org g WHERE g.parent_id = b.id) = 2`;
    assert.equal(await count(joint), 12);
    const hubsWithoutHouseholds = sql`SELECT count(*) AS n FROM party_org o WHERE kind = 'household_hub'
      AND NOT EXISTS (SELECT 1 FROM party_hub_household h WHERE h.hub_id = o.id)`;
    assert.equal(await count(hubsWithoutHouseholds), 0);
    const hubOutsideGrid = sql`SELECT count(*) AS n FROM party_hub_household h
      JOIN party_org o ON o.id = h.hub_id JOIN building b ON b.id = h.building_id WHERE b.path <> o.territory_path`;
    assert.equal(await count(hubOutsideGrid), 0);
  });

  it('staffs every grid with exactly one full-time worker', async () => {
    const perGrid = await rows<{ n: string }>(
      handle.db,
      sql`SELECT count(r.id) AS n FROM grid g LEFT JOIN role_assignment r ON r.scope_path = g.path
          AND r.role = 'gridWorker' AND r.employment = 'full_time' GROUP BY g.id`,
    );
    assert.equal(perGrid.length, 52);
    assert.ok(perGrid.every((r) => Number(r.n) === 1));
  });

  it('lets exactly the demo logins in, each with its role', async () => {
    const users = await rows<{ username: string; password_hash: string | null; roles: string[] }>(
      handle.db,
      sql`SELECT u.username, u.password_hash, array_agg(DISTINCT r.role) AS roles
          FROM app_user u JOIN role_assignment r ON r.user_id = u.id GROUP BY u.id`,
    );
    const withPassword = users.filter((u) => u.password_hash !== null);
    assert.deepEqual(withPassword.map((u) => u.username).sort(), DEMO_LOGINS.map((l) => l.username).sort());
    assert.equal(new Set(withPassword.map((u) => u.password_hash)).size, 1);
    assert.ok(verifyPassword(DEMO_PASSWORD, withPassword[0]!.password_hash!));
    for (const login of DEMO_LOGINS) {
      const user = users.find((u) => u.username === login.username)!;
      assert.ok(user.roles.includes(login.role), `${login.username}: ${user.roles}`);
    }
  });
});
