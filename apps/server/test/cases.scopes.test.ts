import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from './harness.ts';

/**
 * Role × scope matrix of case actions, on a case in 甸柳新村第一社区第1网格: who sees it, who may
 * accept and dispatch it, who may work it once dispatched. Out of sight answers 404; in sight but
 * not theirs to do answers 403.
 */
let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const IN_GRID_1 = { lng: 117.0413, lat: 36.6725 };
/** 暴露垃圾: handled inside the grid by default (a classified 路灯 case would go to a department). */
const GRID_LEVEL_CATEGORY = '06010';
let n = 0;
const as = (u: string): Promise<Session> => t.sessionFor(u);
async function newCase(): Promise<string> {
  const res = await t.request('POST', '/api/cases', {
    as: await as('gridworker'),
    body: {
      idempotencyKey: `scopes-${++n}-key`,
      channel: 'patrol',
      categoryCode: GRID_LEVEL_CATEGORY,
      title: '路灯不亮',
      description: '文化东路路灯不亮',
      location: IN_GRID_1,
    },
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json().id;
}
async function tryAct(user: string, id: string, body: Record<string, unknown>) {
  const version = (
    await rows<{ version: number }>(t.handle.db, sql`SELECT version FROM case_record WHERE id = ${id}`)
  )[0]!.version;
  return t.request('POST', `/api/cases/${id}/actions`, { as: await as(user), body: { version, ...body } });
}

// Users: the demo logins plus generated staff of another community (370102009005) and other departments.
const OTHER_COMMUNITY_STAFF = 'cs370102009005-1';
const OTHER_GRID_WORKER = 'gw370102009005001';

describe('who sees a case', () => {
  const matrix: Array<[string, number]> = [
    ['gridworker', 200],
    ['community', 200],
    ['dispatcher', 200],
    ['leader', 200],
    ['hotline', 200],
    ['admin', 200],
    [OTHER_COMMUNITY_STAFF, 404],
    [OTHER_GRID_WORKER, 404],
    ['dept', 404],
    ['building', 404],
    ['resident', 404],
    ['volunteer', 404],
  ];
  for (const [user, status] of matrix) {
    it(`${user} → ${status}`, async () => {
      const id = await newCase();
      const res = await t.request('GET', `/api/cases/${id}`, { as: await as(user) });
      assert.equal(res.statusCode, status, res.body);
      if (status === 404) assert.equal(res.json().code, 'CASE_NOT_FOUND');
    });
  }
});

describe('who may accept (a grid-level case)', () => {
  const matrix: Array<[string, number, string | null]> = [
    ['community', 200, null],
    ['dispatcher', 200, null],
    ['hotline', 200, null],
    ['gridworker', 403, 'CASE_ACTION_FORBIDDEN'],
    ['leader', 403, 'CASE_ACTION_FORBIDDEN'],
    [OTHER_COMMUNITY_STAFF, 404, 'CASE_NOT_FOUND'],
    ['dept', 404, 'CASE_NOT_FOUND'],
  ];
  for (const [user, status, code] of matrix) {
    it(`${user} → ${status}`, async () => {
      const id = await newCase();
      const res = await tryAct(user, id, { type: 'accept' });
      assert.equal(res.statusCode, status, res.body);
      if (code) assert.equal(res.json().code, code);
    });
  }
});

describe('who may dispatch where', () => {
  it('community staff dispatch inside their community, not to departments nor other communities', async () => {
    const id = await newCase();
    assert.equal((await tryAct('community', id, { type: 'accept' })).statusCode, 200);
    const [dept] = await rows<{ id: string }>(
      t.handle.db,
      sql`SELECT id FROM department WHERE code = 'cgzf'`,
    );
    const toDept = await tryAct('community', id, {
      type: 'dispatch',
      lead: { kind: 'department', departmentId: dept!.id },
    });
    assert.equal(toDept.json().code, 'CASE_DISPATCH_TARGET_UNKNOWN');
    const elsewhere = await tryAct('community', id, {
      type: 'dispatch',
      lead: { kind: 'territory', code: '370102009005001' },
    });
    assert.equal(elsewhere.json().code, 'CASE_DISPATCH_TARGET_UNKNOWN');
    const outsideSubdistrict = await tryAct('dispatcher', id, {
      type: 'dispatch',
      lead: { kind: 'territory', code: '370102001' },
    });
    assert.equal(outsideSubdistrict.statusCode, 400);
    const ok = await tryAct('community', id, {
      type: 'dispatch',
      lead: { kind: 'territory', code: '370102009002001' },
    });
    assert.equal(ok.statusCode, 200, ok.body);
  });

  it('only the dispatched grid’s workers may claim; a worker of another grid cannot even see it', async () => {
    const id = await newCase();
    await tryAct('community', id, { type: 'accept' });
    await tryAct('community', id, { type: 'dispatch', lead: { kind: 'territory', code: '370102009002001' } });
    assert.equal((await tryAct('community', id, { type: 'claim' })).json().code, 'CASE_ACTION_FORBIDDEN');
    assert.equal((await tryAct('gw370102009002002', id, { type: 'claim' })).statusCode, 404);
    assert.equal((await tryAct('dept', id, { type: 'claim' })).statusCode, 404);
    assert.equal((await tryAct('gridworker', id, { type: 'claim' })).statusCode, 200);
  });
});

describe('concurrency and idempotency', () => {
  it('of two simultaneous claims exactly one wins; the other gets a conflict with a code', async () => {
    const id = await newCase();
    await tryAct('community', id, { type: 'accept' });
    await tryAct('community', id, { type: 'dispatch', lead: { kind: 'territory', code: '370102009002001' } });
    const [v] = await rows<{ version: number }>(
      t.handle.db,
      sql`SELECT version FROM case_record WHERE id = ${id}`,
    );
    const claim = async (user: string) =>
      t.request('POST', `/api/cases/${id}/actions`, {
        as: await as(user),
        body: { version: v!.version, type: 'claim' },
      });
    const results = await Promise.all([claim('gridworker'), claim('gp370102009002001-1')]);
    const statuses = results.map((r) => r.statusCode).sort();
    assert.deepEqual(statuses, [200, 409]);
    assert.equal(results.find((r) => r.statusCode === 409)!.json().code, 'CASE_VERSION_CONFLICT');
    const claims = await rows<{ n: number }>(
      t.handle.db,
      sql`SELECT count(*)::int AS n FROM case_action WHERE case_id = ${id} AND type = 'claim'`,
    );
    assert.equal(claims[0]!.n, 1);
  });

  it('a retried submission returns the same case; the same key for another report is refused', async () => {
    const body = {
      idempotencyKey: 'retry-me-0001',
      channel: 'patrol',
      title: '井盖缺失',
      description: '人行道井盖缺失',
      location: IN_GRID_1,
    };
    const first = await t.request('POST', '/api/cases', { as: await as('gridworker'), body });
    const second = await t.request('POST', '/api/cases', { as: await as('gridworker'), body });
    assert.equal(first.statusCode, 201);
    assert.equal(second.statusCode, 200);
    assert.equal(second.json().id, first.json().id);
    assert.equal(second.json().created, false);
    const other = await t.request('POST', '/api/cases', {
      as: await as('gridworker'),
      body: { ...body, title: '另一件事' },
    });
    assert.equal(other.statusCode, 409);
    assert.equal(other.json().code, 'CASE_IDEMPOTENCY_CONFLICT');
    const parallel = { ...body, idempotencyKey: 'parallel-0001' };
    const both = await Promise.all(
      [1, 2].map(async () => t.request('POST', '/api/cases', { as: await as('gridworker'), body: parallel })),
    );
    assert.equal(both[0]!.json().id, both[1]!.json().id, 'two parallel submissions make one case');
  });
});

describe('bad input: a clear error with a code, and nothing written', () => {
  const count = async () =>
    (await rows<{ n: number }>(t.handle.db, sql`SELECT count(*)::int AS n FROM case_record`))[0]!.n;
  const report = async (user: string, body: Record<string, unknown>) =>
    t.request('POST', '/api/cases', {
      as: await as(user),
      body: {
        idempotencyKey: `bad-${++n}-input`,
        channel: 'patrol',
        title: '测试',
        description: '测试',
        location: IN_GRID_1,
        ...body,
      },
    });

  it('refuses unknown categories, places outside the territory, out-of-range points and other channels', async () => {
    const before = await count();
    const cases: Array<[string, Record<string, unknown>, number, string]> = [
      ['gridworker', { categoryCode: 'ZZ999' }, 400, 'CASE_CATEGORY_UNKNOWN'],
      ['gridworker', { location: { lng: 116.0, lat: 39.9 } }, 422, 'CASE_LOCATION_OUTSIDE'],
      ['gridworker', { location: { lng: 181, lat: 36.6 } }, 400, 'VALIDATION_FAILED'],
      ['gridworker', { location: { lng: 117.04, lat: 36.67, crs: 'EPSG3857' } }, 400, 'VALIDATION_FAILED'],
      ['gridworker', { channel: 'hotline', externalRef: 'GD-1' }, 403, 'CASE_CHANNEL_NOT_ALLOWED'],
      ['resident', {}, 403, 'CASE_CHANNEL_NOT_ALLOWED'],
      ['hotline', { channel: 'hotline' }, 400, 'CASE_EXTERNAL_REF_REQUIRED'],
      ['gridworker', { photos: ['00000000-0000-4000-8000-000000000000'] }, 404, 'FILES_NOT_FOUND'],
      ['gridworker', { title: '' }, 400, 'VALIDATION_FAILED'],
      ['gridworker', { extra: true }, 400, 'VALIDATION_FAILED'],
      ['gridworker', { idempotencyKey: 'short' }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [user, body, status, code] of cases) {
      const res = await report(user, body);
      assert.equal(res.statusCode, status, `${JSON.stringify(body)}: ${res.body}`);
      assert.equal(res.json().code, code, JSON.stringify(body));
    }
    assert.equal(await count(), before);
  });

  it('refuses an illegal transition, a stale version and a malformed action, changing nothing', async () => {
    const id = await newCase();
    const illegal = await tryAct('community', id, { type: 'close' });
    assert.equal(illegal.statusCode, 409);
    assert.equal(illegal.json().code, 'CASE_ACTION_NOT_ALLOWED');
    const stale = await t.request('POST', `/api/cases/${id}/actions`, {
      as: await as('community'),
      body: { version: 99, type: 'accept' },
    });
    assert.equal(stale.json().code, 'CASE_VERSION_CONFLICT');
    const unknownType = await tryAct('community', id, { type: 'teleport' });
    assert.equal(unknownType.json().code, 'VALIDATION_FAILED');
    const missingReason = await tryAct('community', id, { type: 'reject' });
    assert.equal(missingReason.json().code, 'VALIDATION_FAILED');
    const badId = await t.request('GET', '/api/cases/not-a-uuid', { as: await as('community') });
    assert.equal(badId.statusCode, 400);
    const [c] = await rows<{ version: number; n: number }>(
      t.handle.db,
      sql`SELECT version, (SELECT count(*)::int FROM case_action WHERE case_id = ${id}) AS n FROM case_record WHERE id = ${id}`,
    );
    assert.deepEqual(c, { version: 1, n: 1 });
  });
});
