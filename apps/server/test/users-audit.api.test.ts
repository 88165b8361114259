import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from './harness.ts';

let t: TestApp;
let admin: Session;
before(async () => {
  t = await createTestApp();
  admin = await t.sessionFor('admin');
});
after(() => t.close());

const newUser = (overrides: Record<string, unknown> = {}) => ({
  username: 'zhang.min',
  displayName: '张敏',
  kind: 'staff',
  password: 'Grid2026ok',
  roles: [{ role: 'gridWorker', scopeCode: '370102009002003', force: 'basic', employment: 'full_time' }],
  ...overrides,
});
const userCount = async () =>
  (await rows<{ n: number }>(t.handle.db, sql`SELECT count(*)::int AS n FROM app_user`))[0]!.n;

describe('POST /api/auth/users', () => {
  it('lets an administrator create a grid worker who can then log in and see their grid', async () => {
    const res = await t.request('POST', '/api/auth/users', { as: admin, body: newUser() });
    assert.equal(res.statusCode, 201, res.body);
    const login = await t.request('POST', '/api/auth/login', {
      body: { username: 'Zhang.Min', password: 'Grid2026ok' },
    });
    assert.equal(login.statusCode, 200);
    assert.equal(login.json().user.roles[0].scopeName, '甸柳新村第一社区第3网格');
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const grid = await t.request('GET', '/api/org/grids/370102009002003', { headers: { cookie } });
    assert.equal(grid.statusCode, 200);
    assert.ok(grid.json().staff.some((s: { displayName: string }) => s.displayName === '张敏'));
  });

  it('refuses a taken username, a weak password, an unknown role and a missing scope, writing nothing', async () => {
    const before = await userCount();
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [newUser(), 409, 'AUTH_USERNAME_TAKEN'],
      [newUser({ username: 'weak.one', password: 'password' }), 400, 'AUTH_PASSWORD_WEAK'],
      [
        newUser({ username: 'role.x', roles: [{ role: 'emperor', scopeCode: '370102' }] }),
        400,
        'AUTH_ROLE_UNKNOWN',
      ],
      [newUser({ username: 'role.y', roles: [{ role: 'gridWorker' }] }), 400, 'AUTH_ROLE_TARGET_INVALID'],
      [
        newUser({ username: 'role.z', roles: [{ role: 'departmentHandler', scopeCode: '370102' }] }),
        400,
        'AUTH_ROLE_TARGET_INVALID',
      ],
      // The second role is bad: the user must not be half-created with the first.
      [
        newUser({
          username: 'half.made',
          roles: [
            { role: 'gridWorker', scopeCode: '370102009002003' },
            { role: 'gridWorker', scopeCode: '370102009099001' },
          ],
        }),
        400,
        'AUTH_SCOPE_UNKNOWN',
      ],
      [newUser({ username: 'bad name!' }), 400, 'VALIDATION_FAILED'],
    ];
    for (const [body, status, code] of cases) {
      const res = await t.request('POST', '/api/auth/users', { as: admin, body });
      assert.equal(res.statusCode, status, `${code}: ${res.body}`);
      assert.equal(res.json().code, code);
    }
    assert.equal(await userCount(), before);
  });

  it('keeps administrators inside their territory and others out', async () => {
    // 370103 (市中区) is not the demo admin's district: it answers like an unknown code.
    await t.handle.db.execute(
      sql`INSERT INTO division (code, name, level, district_code, path) VALUES ('370103', '市中区', 'district', '370103', '370103')`,
    );
    const outside = await t.request('POST', '/api/auth/users', {
      as: admin,
      body: newUser({ username: 'elsewhere', roles: [{ role: 'leader', scopeCode: '370103' }] }),
    });
    assert.equal(outside.json().code, 'AUTH_SCOPE_UNKNOWN');
    for (const user of ['dispatcher', 'community', 'resident']) {
      const res = await t.request('POST', '/api/auth/users', {
        as: await t.sessionFor(user),
        body: newUser({ username: `by.${user}` }),
      });
      assert.equal(res.statusCode, 403, user);
    }
  });

  it('lists users with their roles for administrators only', async () => {
    const res = await t.request('GET', '/api/auth/users?q=zhang', { as: admin });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(
      res.json().items.map((u: { username: string }) => u.username),
      ['zhang.min'],
    );
    assert.equal(res.json().items[0].roles[0].roleLabel, '网格员');
    assert.equal(
      (await t.request('GET', '/api/auth/users', { as: await t.sessionFor('leader') })).statusCode,
      403,
    );
  });
});

describe('GET /api/audit', () => {
  it('shows administrators who did what, newest first, with the request id of the write', async () => {
    const res = await t.request('GET', '/api/audit?entityType=user&action=user.create', { as: admin });
    assert.equal(res.statusCode, 200);
    const [entry] = res.json().items;
    assert.equal(
      entry.actorName,
      (await t.request('GET', '/api/auth/me', { as: admin })).json().user.displayName,
    );
    assert.equal(entry.after.username, 'zhang.min');
    assert.ok(entry.requestId);
    assert.equal(entry.after.password, undefined, 'no password in the audit log');
  });

  it('pages backwards by id', async () => {
    const first = (await t.request('GET', '/api/audit?limit=1', { as: admin })).json();
    assert.equal(first.items.length, 1);
    assert.ok(first.nextBeforeId);
    const second = (
      await t.request('GET', `/api/audit?limit=1&beforeId=${first.nextBeforeId}`, { as: admin })
    ).json();
    assert.ok(second.items[0].id < first.items[0].id);
  });

  it('is closed to everyone but administrators, and validates its filters', async () => {
    for (const user of ['dispatcher', 'leader', 'gridworker', 'resident']) {
      const res = await t.request('GET', '/api/audit', { as: await t.sessionFor(user) });
      assert.equal(res.statusCode, 403, user);
    }
    assert.equal((await t.request('GET', '/api/audit')).statusCode, 401);
    const bad = await t.request('GET', '/api/audit?from=yesterday', { as: admin });
    assert.equal(bad.json().code, 'VALIDATION_FAILED');
  });
});
