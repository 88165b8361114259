import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { createUser } from '../src/modules/auth/index.ts';
import { createTestApp, type Session, type TestApp } from './harness.ts';

/**
 * The admin API of Open311 client keys: administrators issue and revoke keys for the districts they
 * administer. The demo admin holds 370102 (历下区); a second county 370103 gets its own administrator.
 */
let t: TestApp;
let admin: Session;
let otherAdmin: Session;
const system = { userId: null, name: null, requestId: null, scope: { userId: '', grants: [] } };

const tableRow = async (id: string) =>
  (
    await rows<Record<string, unknown>>(
      t.handle.db,
      sql`SELECT id, name, contact, key_hash, key_prefix, district_code, created_by, created_at, revoked_at,
                 revoked_by, last_used_at
          FROM open311_client WHERE id = ${id}`,
    )
  )[0]!;
const auditRows = async (action: string, entityId: string) =>
  rows<{
    after: Record<string, unknown> | null;
    before: Record<string, unknown> | null;
    district_code: string;
    actor_name: string;
  }>(
    t.handle.db,
    sql`SELECT after, before, district_code, actor_name FROM audit_log WHERE action = ${action} AND entity_id = ${entityId} ORDER BY id`,
  );
const issue = (as: Session | undefined, body: unknown) =>
  t.request('POST', '/api/open311-clients', { ...(as ? { as } : {}), body });
const reportWith = (apiKey: string) =>
  t.app.inject({
    method: 'POST',
    url: '/open311/v2/requests.json',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({
      api_key: apiKey,
      jurisdiction_id: '370102',
      service_code: '01001',
      lat: '36.6725',
      long: '117.0413',
      description: '供水井盖松动，行人容易踩空',
    }).toString(),
  });

before(async () => {
  t = await createTestApp();
  admin = await t.sessionFor('admin');
  await t.handle.db.execute(
    sql`INSERT INTO division (code, name, level, district_code, path) VALUES ('370103', '市中区', 'district', '370103', '370103')`,
  );
  await createUser(
    t.deps,
    system,
    {
      username: 'admin.szq',
      displayName: '市中区管理员',
      kind: 'staff',
      password: 'Staff2026ok',
      roles: [{ role: 'admin', scopeCode: '370103' }],
    },
    true,
  );
  otherAdmin = await t.sessionFor('admin.szq');
});
after(() => t.close());

describe('POST /api/open311-clients', () => {
  let id: string;
  let apiKey: string;

  it('issues a key in the administrator’s district, shown once; only its hash is stored', async () => {
    const res = await issue(admin, { name: '  泉城办 App ', contact: 'dev@example.com' });
    assert.equal(res.statusCode, 201, res.body);
    const created = res.json();
    ({ id, apiKey } = created);
    assert.match(apiKey, /^wg_[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(created, {
      id,
      name: '泉城办 App',
      contact: 'dev@example.com',
      keyPrefix: apiKey.slice(0, 8),
      districtCode: '370102',
      createdAt: '2026-11-20T02:00:00.000Z',
      createdByName: '系统管理员',
      revokedAt: null,
      lastUsedAt: null,
      apiKey,
    });
    const row = await tableRow(id);
    assert.equal(row.key_hash, createHash('sha256').update(apiKey).digest('hex'));
    assert.equal(row.key_prefix, apiKey.slice(0, 8));
    for (const [column, value] of Object.entries(row))
      assert.ok(!String(value).includes(apiKey.slice(8)), `${column} holds the key`);
    const [audit] = await auditRows('open311_client.issue', id);
    assert.equal(audit!.district_code, '370102');
    assert.equal(audit!.actor_name, '系统管理员');
    assert.deepEqual(audit!.after, {
      name: '泉城办 App',
      contact: 'dev@example.com',
      keyPrefix: row.key_prefix,
      districtCode: '370102',
    });
    assert.ok(!JSON.stringify(audit).includes(apiKey.slice(8)));
  });

  it('lists the district’s clients without their keys, with when each was last used', async () => {
    assert.equal((await reportWith(apiKey)).statusCode, 200);
    const list = await t.request('GET', '/api/open311-clients', { as: admin });
    assert.equal(list.statusCode, 200);
    const [item] = list.json().items;
    assert.equal(item.id, id);
    assert.equal(item.apiKey, undefined);
    assert.equal(item.lastUsedAt, '2026-11-20T02:00:00.000Z');
    assert.ok(!list.body.includes(apiKey.slice(8)));
  });

  it('refuses bad input: a short name, unknown fields, a malformed, unknown or foreign district', async () => {
    for (const body of [
      { name: 'x' },
      { name: '好名字', key: 'mine' },
      { name: '好名字', districtCode: '3701' },
      {},
    ]) {
      const res = await issue(admin, body);
      assert.equal(res.statusCode, 400, JSON.stringify(body));
      assert.equal(res.json().code, 'VALIDATION_FAILED');
    }
    for (const districtCode of ['999999', '370103']) {
      const res = await issue(admin, { name: '好名字', districtCode });
      assert.equal(res.statusCode, 400);
      assert.equal(res.json().code, 'OPEN311_DISTRICT_UNKNOWN');
    }
  });

  it('is for administrators only: others get 403, the signed-out 401, a write without CSRF token 403', async () => {
    for (const user of ['dispatcher', 'leader', 'resident']) {
      const as = await t.sessionFor(user);
      assert.equal((await issue(as, { name: '好名字' })).statusCode, 403, user);
      assert.equal((await t.request('GET', '/api/open311-clients', { as })).statusCode, 403, user);
      assert.equal(
        (await t.request('POST', `/api/open311-clients/${id}/revoke`, { as })).statusCode,
        403,
        user,
      );
    }
    assert.equal((await issue(undefined, { name: '好名字' })).statusCode, 401);
    assert.equal((await t.request('GET', '/api/open311-clients')).statusCode, 401);
    const noCsrf = await t.request('POST', '/api/open311-clients', {
      as: admin,
      body: { name: '好名字' },
      csrf: false,
    });
    assert.equal(noCsrf.statusCode, 403);
    assert.equal(noCsrf.json().code, 'AUTH_CSRF_INVALID');
  });

  it('keeps districts apart: another county’s administrator neither sees nor revokes this key', async () => {
    const theirs = await issue(otherAdmin, { name: '市中区 App' });
    assert.equal(theirs.statusCode, 201, theirs.body);
    assert.equal(theirs.json().districtCode, '370103');
    const seen = (await t.request('GET', '/api/open311-clients', { as: otherAdmin })).json();
    assert.deepEqual(
      seen.items.map((c: { name: string }) => c.name),
      ['市中区 App'],
    );
    const mine = (await t.request('GET', '/api/open311-clients', { as: admin })).json();
    assert.ok(!mine.items.some((c: { name: string }) => c.name === '市中区 App'));
    const foreign = await t.request('POST', `/api/open311-clients/${id}/revoke`, { as: otherAdmin });
    assert.equal(foreign.statusCode, 404);
    assert.equal(foreign.json().code, 'OPEN311_CLIENT_NOT_FOUND');
    assert.equal(
      (await issue(otherAdmin, { name: '越界 App', districtCode: '370102' })).json().code,
      'OPEN311_DISTRICT_UNKNOWN',
    );
  });
});

describe('POST /api/open311-clients/:id/revoke', () => {
  it('revokes a key at once, audited; a second revoke is a conflict; unknown ids are 404', async () => {
    const { id, apiKey } = (await issue(admin, { name: '旧版 App' })).json();
    assert.equal((await reportWith(apiKey)).statusCode, 200);
    t.clock.advance(60_000);
    const res = await t.request('POST', `/api/open311-clients/${id}/revoke`, { as: admin });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().revokedAt, '2026-11-20T02:01:00.000Z');
    assert.equal((await tableRow(id)).revoked_by !== null, true);
    const [audit] = await auditRows('open311_client.revoke', id);
    assert.equal(audit!.district_code, '370102');
    assert.deepEqual(audit!.after, { revokedAt: '2026-11-20T02:01:00.000Z' });
    const refused = await reportWith(apiKey);
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json()[0].code, 403);
    const again = await t.request('POST', `/api/open311-clients/${id}/revoke`, { as: admin });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'OPEN311_CLIENT_REVOKED');
    for (const unknown of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const r = await t.request('POST', `/api/open311-clients/${unknown}/revoke`, { as: admin });
      assert.equal(r.statusCode, 404, unknown);
      assert.equal(r.json().code, 'OPEN311_CLIENT_NOT_FOUND');
    }
    const listed = (await t.request('GET', '/api/open311-clients', { as: admin })).json();
    assert.equal(listed.items.find((c: { id: string }) => c.id === id).revokedAt, '2026-11-20T02:01:00.000Z');
  });
});
