import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { one } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from './harness.ts';
import { countRows, gridsOf, idCard } from './registry-helpers.ts';

let t: TestApp;
let place: Awaited<ReturnType<typeof gridsOf>>;
let communityName: string;
let elsewhere: string;

const as = async (username: string, method: 'GET' | 'POST', url: string, body?: unknown) =>
  t.request(method, url, { as: await t.sessionFor(username), ...(body === undefined ? {} : { body }) });

const ids = { member: '', member2: '', other: '', unit: '' };
const NOBODY = '00000000-0000-4000-8000-000000000000';

async function register(name: string, idNumber: string, politicalStatus: string) {
  const res = await as('community', 'POST', '/api/registry/people', {
    name,
    idNumber,
    politicalStatus,
    residencyType: 'registered',
    gridCode: place.grid,
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json().id as string;
}

before(async () => {
  t = await createTestApp();
  place = await gridsOf(t, 'gridworker');
  communityName = (await one<{ name: string }>(
    t.handle.db,
    sql`SELECT name FROM division WHERE code = ${place.community}`,
  ))!.name;
  elsewhere = (await one<{ code: string }>(
    t.handle.db,
    sql`SELECT code FROM division WHERE level = 'community' AND code <> ${place.community} ORDER BY code LIMIT 1`,
  ))!.code;
  ids.member = await register('刘红梅', idCard('370102', '19800214', '022'), '01');
  ids.member2 = await register('陈志强', idCard('370102', '19851003', '031'), '02');
  ids.other = await register('孙丽', idCard('370102', '19900520', '042'), '13');
  // A unit (机关企事业单位) of the grid: organisations are written directly, their API is not this file's.
  ids.unit = (await one<{ id: string }>(
    t.handle.db,
    sql`INSERT INTO organisation (kind, name, grid_id, district_code, path)
        SELECT 'public_unit', '历下区税务局', id, district_code, path FROM grid WHERE code = ${place.grid}
        RETURNING id`,
  ))!.id;
});
after(() => t.close());

const create = (body: Record<string, unknown>, username = 'community') =>
  as(username, 'POST', '/api/registry/dual-registrations', {
    communityCode: place.community,
    registeredOn: '2026-11-01',
    ...body,
  });

describe('双报到', () => {
  let registration: string;

  test('a party member registers at the community: 201 with the view, audited', async () => {
    const res = await create({ personId: ids.member, services: '  法律咨询，周末志愿服务 ' });
    assert.equal(res.statusCode, 201, res.body);
    const v = res.json();
    registration = v.id;
    assert.deepEqual(
      { ...v, id: undefined },
      {
        id: undefined,
        kind: 'member',
        personId: ids.member,
        organisationId: null,
        name: '刘红梅',
        community: { code: place.community, name: communityName },
        registeredOn: '2026-11-01',
        services: '法律咨询，周末志愿服务',
        endedOn: null,
      },
    );
    const row = await one<{ path: string; community_path: string }>(
      t.handle.db,
      sql`SELECT dr.path::text AS path, d.path::text AS community_path FROM dual_registration dr
            JOIN division d ON d.code = dr.community_code WHERE dr.id = ${v.id}`,
    );
    assert.equal(row!.path, row!.community_path);
    const audit = await one<{ n: number }>(
      t.handle.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'dual.create' AND entity_id = ${v.id}`,
    );
    assert.equal(audit!.n, 1);
  });

  test('a probationary member and a unit register too', async () => {
    const member2 = await create({ personId: ids.member2, registeredOn: '2026-10-01' });
    assert.equal(member2.statusCode, 201, member2.body);
    const unit = await create({ organisationId: ids.unit, services: '党员先锋岗' });
    assert.equal(unit.statusCode, 201, unit.body);
    assert.equal(unit.json().kind, 'unit');
    assert.equal(unit.json().name, '历下区税务局');
    assert.equal(unit.json().personId, null);
  });

  test('refused: not a party member, a duplicate, both or neither party, a bad date or community; nothing written', async () => {
    const before = await countRows(t, 'dual_registration');
    const audits = await countRows(t, 'audit_log');
    const refuse = async (res: Awaited<ReturnType<typeof create>>, status: number, code: string) => {
      assert.equal(res.statusCode, status, res.body);
      assert.equal(res.json().code, code);
    };
    await refuse(await create({ personId: ids.other }), 400, 'REGISTRY_DUAL_NOT_PARTY');
    await refuse(await create({ personId: ids.member }), 409, 'REGISTRY_DUAL_EXISTS');
    await refuse(await create({ organisationId: ids.unit }), 409, 'REGISTRY_DUAL_EXISTS');
    await refuse(
      await create({ personId: ids.member, organisationId: ids.unit }),
      400,
      'REGISTRY_DUAL_ONE_PARTY',
    );
    await refuse(await create({}), 400, 'REGISTRY_DUAL_ONE_PARTY');
    await refuse(await create({ personId: ids.member, registeredOn: '2026-11-21' }), 400, 'REGISTRY_INVALID');
    await refuse(await create({ personId: ids.member, registeredOn: '2026-13-01' }), 400, 'REGISTRY_INVALID');
    for (const communityCode of [elsewhere, place.community.slice(0, 9), '370102999999']) {
      const res = await create({ personId: ids.member2, communityCode });
      await refuse(res, 400, 'REGISTRY_DUAL_COMMUNITY_UNKNOWN');
      assert.match(res.json().message, new RegExp(communityCode));
    }
    // Grid workers keep people, not communities: the community is outside what they may edit.
    await refuse(await create({ personId: ids.other }, 'gridworker'), 400, 'REGISTRY_DUAL_COMMUNITY_UNKNOWN');
    await refuse(await create({ personId: NOBODY }), 404, 'REGISTRY_NOT_FOUND');
    await refuse(await create({ organisationId: NOBODY }), 404, 'REGISTRY_NOT_FOUND');
    await refuse(await create({ personId: ids.other, extra: 1 }), 400, 'VALIDATION_FAILED');
    await refuse(await create({ personId: 'x' }), 400, 'VALIDATION_FAILED');
    await refuse(await create({ personId: ids.other, communityCode: '12' }), 400, 'VALIDATION_FAILED');
    assert.equal((await create({ personId: ids.member2 }, 'leader')).statusCode, 403);
    assert.equal((await create({ personId: ids.member2 }, 'dept')).statusCode, 403);
    assert.equal(await countRows(t, 'dual_registration'), before);
    assert.equal(await countRows(t, 'audit_log'), audits);
  });

  test('two registrations of one member at once: exactly one wins, the other is a duplicate', async () => {
    const other = await register('周敏', idCard('370102', '19700707', '082'), '01');
    const [a, b] = await Promise.all([create({ personId: other }), create({ personId: other })]);
    assert.deepEqual([a.statusCode, b.statusCode].sort(), [201, 409]);
    assert.equal((a.statusCode === 409 ? a : b).json().code, 'REGISTRY_DUAL_EXISTS');
    const n = await one<{ n: number }>(
      t.handle.db,
      sql`SELECT count(*)::int AS n FROM dual_registration WHERE person_id = ${other}`,
    );
    assert.equal(n!.n, 1);
  });

  test('a registration committed between the check and the insert loses on the unique index (PostgreSQL)', {
    skip: process.env.DATABASE_URL ? false : 'PGlite has one connection: writes cannot overlap',
  }, async () => {
    const other = await register('吴刚', idCard('370102', '19720808', '091'), '01');
    const before = await countRows(t, 'dual_registration');
    let pending: ReturnType<typeof create> | undefined;
    await t.handle.db.transaction(async (tx) => {
      await tx.execute(
        sql`INSERT INTO dual_registration (person_id, community_code, district_code, path, registered_on)
              SELECT ${other}, code, district_code, path, '2026-11-01' FROM division WHERE code = ${place.community}`,
      );
      // The request checks (it cannot see this uncommitted row), then waits on the index for this commit.
      let settled = false;
      pending = create({ personId: other }).finally(() => {
        settled = true;
      });
      while (!settled) {
        const waiting = await one<{ n: number }>(
          t.handle.db,
          sql`SELECT count(*)::int AS n FROM pg_stat_activity
                 WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        if (waiting!.n > 0) break;
        await new Promise((r) => setTimeout(r, 10));
      }
    });
    const res = await pending!;
    assert.equal(res.statusCode, 409, res.body);
    assert.equal(res.json().code, 'REGISTRY_DUAL_EXISTS');
    assert.equal(await countRows(t, 'dual_registration'), before + 1);
    await t.handle.db.execute(sql`DELETE FROM dual_registration WHERE person_id = ${other}`);
  });

  test('the list: the community’s registrations, active first; filters; scope', async () => {
    const res = await as('community', 'GET', '/api/registry/dual-registrations');
    assert.equal(res.statusCode, 200, res.body);
    const list = res.json();
    assert.equal(list.total, 4);
    assert.deepEqual(
      list.items.map((r: { registeredOn: string }) => r.registeredOn),
      ['2026-11-01', '2026-11-01', '2026-11-01', '2026-10-01'],
    );
    const names = async (query: string, username = 'community') =>
      (await as(username, 'GET', `/api/registry/dual-registrations${query}`))
        .json()
        .items.map((r: { name: string }) => r.name)
        .sort();
    assert.deepEqual(await names('?kind=unit'), ['历下区税务局']);
    assert.equal((await names('?kind=member')).length, 3);
    assert.deepEqual(await names('?active=false'), []);
    assert.equal((await names(`?division=${place.community}`)).length, 4);
    assert.deepEqual(await names(`?division=${elsewhere}`), []);
    const page = (await as('community', 'GET', '/api/registry/dual-registrations?pageSize=1&page=2')).json();
    assert.equal(page.total, 4);
    assert.equal(page.items.length, 1);
    assert.equal((await names('', 'leader')).length, 4);
    assert.deepEqual(await names('', 'gridworker'), [], 'a community’s registrations sit above a grid');
    assert.equal((await as('dept', 'GET', '/api/registry/dual-registrations')).statusCode, 403);
    const bad = await as('community', 'GET', '/api/registry/dual-registrations?kind=person');
    assert.equal(bad.json().code, 'VALIDATION_FAILED');
  });

  test('ending a registration: today by default, once, by those who keep the community', async () => {
    const audits = await countRows(t, 'audit_log');
    const early = await as('community', 'POST', `/api/registry/dual-registrations/${registration}/end`, {
      endedOn: '2026-10-31',
    });
    assert.equal(early.statusCode, 400);
    assert.equal(early.json().code, 'REGISTRY_INVALID');
    assert.deepEqual(early.json().details.fields, [{ field: 'endedOn', code: 'DATE_INVALID' }]);
    for (const username of ['leader', 'gridworker', 'dept']) {
      const res = await as(username, 'POST', `/api/registry/dual-registrations/${registration}/end`, {});
      assert.equal(res.statusCode, 404, username);
    }
    assert.equal(
      (await as('community', 'POST', `/api/registry/dual-registrations/${NOBODY}/end`, {})).statusCode,
      404,
    );
    assert.equal(await countRows(t, 'audit_log'), audits);

    const res = await as('community', 'POST', `/api/registry/dual-registrations/${registration}/end`, {});
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().endedOn, '2026-11-20');
    const again = await as('community', 'POST', `/api/registry/dual-registrations/${registration}/end`, {});
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'REGISTRY_DUAL_ENDED');
    assert.equal(await countRows(t, 'audit_log'), audits + 1);

    const ended = (await as('community', 'GET', '/api/registry/dual-registrations?active=false')).json();
    assert.deepEqual(
      ended.items.map((r: { id: string }) => r.id),
      [registration],
    );
    const all = (await as('community', 'GET', '/api/registry/dual-registrations')).json();
    assert.equal(all.items.at(-1).id, registration, 'ended ones come last');
    // Once ended, the member may register there again.
    assert.equal((await create({ personId: ids.member, registeredOn: '2026-11-20' })).statusCode, 201);
  });
});
