import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { createUser } from '../src/modules/auth/index.ts';
import { createTestApp, type Session, type TestApp } from './harness.ts';

/**
 * Staff administration beyond creating users: granting and revoking roles, disabling, password
 * resets, and the views of who works which grid and department. The demo admin holds 370102
 * (历下区); a second county 370103 gets its own administrator and people here.
 */
let t: TestApp;
let admin: Session;
let otherAdmin: Session;
const ids: Record<string, string> = {};

const GRID = '370102009002003';
const COMMUNITY = '370102009002';
const system = { userId: null, name: null, requestId: null, scope: { userId: '', grants: [] } };

const idOf = async (username: string) =>
  (await rows<{ id: string }>(t.handle.db, sql`SELECT id FROM app_user WHERE username = ${username}`))[0]!.id;
const deptId = async (code: string) =>
  (await rows<{ id: string }>(t.handle.db, sql`SELECT id FROM department WHERE code = ${code}`))[0]!.id;
const auditRows = async (action: string, entityId: string) =>
  rows<{ after: Record<string, unknown> | null; before: Record<string, unknown> | null; request_id: string }>(
    t.handle.db,
    sql`SELECT after, before, request_id FROM audit_log WHERE action = ${action} AND entity_id = ${entityId} ORDER BY id`,
  );
const grantsOf = async (userId: string) =>
  rows<{ id: string; role: string; scope_path: string | null }>(
    t.handle.db,
    sql`SELECT id, role, scope_path::text FROM role_assignment WHERE user_id = ${userId} ORDER BY created_at`,
  );

before(async () => {
  t = await createTestApp();
  admin = await t.sessionFor('admin');
  await t.handle.db.execute(
    sql`INSERT INTO division (code, name, level, district_code, path) VALUES ('370103', '市中区', 'district', '370103', '370103')`,
  );
  const make = async (username: string, roles: Array<{ role: string; scopeCode: string }>) => {
    await createUser(
      t.deps,
      system,
      { username, displayName: username, kind: 'staff', password: 'Staff2026ok', roles },
      true,
    );
    ids[username] = await idOf(username);
  };
  await make('admin.szq', [{ role: 'admin', scopeCode: '370103' }]);
  await make('worker.szq', [{ role: 'leader', scopeCode: '370103' }]);
  // Holds roles in both counties: visible to both administrators, but an account neither may take over.
  await make('straddler', [
    { role: 'gridWorker', scopeCode: GRID },
    { role: 'leader', scopeCode: '370103' },
  ]);
  await make('li.hua', [{ role: 'gridWorker', scopeCode: GRID }]);
  await make('wang.fang', [
    { role: 'gridWorker', scopeCode: GRID },
    { role: 'communityStaff', scopeCode: COMMUNITY },
  ]);
  otherAdmin = await t.sessionFor('admin.szq');
  ids.admin = await idOf('admin');
});
after(() => t.close());

describe('GET /api/auth/users', () => {
  it('pages through the territory’s users with a total, and filters by role and state', async () => {
    const first = (await t.request('GET', '/api/auth/users?limit=50', { as: admin })).json();
    assert.equal(first.items.length, 50);
    assert.ok(first.total > 800, `total ${first.total}`);
    const second = (await t.request('GET', '/api/auth/users?limit=50&offset=50', { as: admin })).json();
    assert.equal(second.total, first.total);
    assert.ok(second.items[0].username > first.items[49].username);
    const past = (await t.request('GET', '/api/auth/users?offset=5000', { as: admin })).json();
    assert.deepEqual(past, { items: [], total: first.total });

    const handlers = (await t.request('GET', '/api/auth/users?role=departmentHandler', { as: admin })).json();
    assert.equal(handlers.total, 10);
    const dept = handlers.items.find((u: { username: string }) => u.username === 'dept');
    assert.equal(dept.roles[0].departmentName, '城管执法');
    const disabled = (await t.request('GET', '/api/auth/users?disabled=true', { as: admin })).json();
    assert.equal(disabled.total, 0);
  });

  it('names each role’s place and code, and shows only the roles inside the territory', async () => {
    const res = await t.request('GET', '/api/auth/users?q=straddler', { as: admin });
    const [user] = res.json().items;
    assert.equal(user.roles.length, 1);
    assert.deepEqual(
      { ...user.roles[0], id: undefined },
      {
        id: undefined,
        role: 'gridWorker',
        roleLabel: '网格员',
        scopePath: '370102.370102009.370102009002.370102009002003',
        scopeCode: GRID,
        scopeName: '甸柳新村第一社区第3网格',
        departmentId: null,
        departmentName: null,
        force: null,
        employment: null,
      },
    );
    const other = (await t.request('GET', '/api/auth/users', { as: otherAdmin })).json();
    assert.deepEqual(other.items.map((u: { username: string }) => u.username).sort(), [
      'admin.szq',
      'straddler',
      'worker.szq',
    ]);
  });

  it('refuses bad filters', async () => {
    const unknown = await t.request('GET', '/api/auth/users?role=emperor', { as: admin });
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().code, 'AUTH_ROLE_UNKNOWN');
    for (const q of ['limit=0', 'offset=-1', 'disabled=yes', 'x=1']) {
      const res = await t.request('GET', `/api/auth/users?${q}`, { as: admin });
      assert.equal(res.json().code, 'VALIDATION_FAILED', q);
    }
  });
});

describe('POST /api/auth/users (roles)', () => {
  it('needs at least one role and no role twice', async () => {
    const body = { username: 'no.roles', displayName: '无角色', kind: 'staff', password: 'Staff2026ok' };
    const none = await t.request('POST', '/api/auth/users', { as: admin, body: { ...body, roles: [] } });
    assert.equal(none.json().code, 'AUTH_ROLE_REQUIRED');
    const twice = await t.request('POST', '/api/auth/users', {
      as: admin,
      body: { ...body, roles: [1, 2].map(() => ({ role: 'gridWorker', scopeCode: GRID })) },
    });
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json().code, 'AUTH_ROLE_DUPLICATE');
    assert.equal((await t.request('GET', '/api/auth/users?q=no.roles', { as: admin })).json().total, 0);
  });
});

describe('POST /api/auth/users/:id/roles', () => {
  it('grants a role at a grid, audited, and the user sees it at once', async () => {
    const session = await t.sessionFor('li.hua');
    const res = await t.request('POST', `/api/auth/users/${ids['li.hua']}/roles`, {
      as: admin,
      body: { role: 'gridLeader', scopeCode: '370102009002004' },
    });
    assert.equal(res.statusCode, 201, res.body);
    const me = (await t.request('GET', '/api/auth/me', { as: session })).json();
    assert.deepEqual(
      me.user.roles.map((r: { role: string; scopeName: string }) => [r.role, r.scopeName]),
      [
        ['gridWorker', '甸柳新村第一社区第3网格'],
        ['gridLeader', '甸柳新村第一社区第4网格'],
      ],
    );
    const [audit] = await auditRows('user.role_grant', ids['li.hua']!);
    assert.equal(audit?.after?.assignmentId, res.json().id);
    assert.equal(audit?.after?.role, 'gridLeader');
    assert.ok(audit?.request_id);
  });

  it('grants a department role, and a department’s professional force on a grid', async () => {
    const cgzf = await deptId('cgzf');
    const handler = await t.request('POST', `/api/auth/users/${ids['li.hua']}/roles`, {
      as: admin,
      body: { role: 'departmentHandler', departmentId: cgzf },
    });
    assert.equal(handler.statusCode, 201, handler.body);
    const force = await t.request('POST', `/api/auth/users/${ids['wang.fang']}/roles`, {
      as: admin,
      body: { role: 'gridWorker', scopeCode: '370102009002005', force: 'professional', departmentId: cgzf },
    });
    assert.equal(force.statusCode, 201, force.body);
    // The seeded handler holds the role with a district path; it is the same role all the same.
    const again = await t.request('POST', `/api/auth/users/${await idOf('dept')}/roles`, {
      as: admin,
      body: { role: 'departmentHandler', departmentId: cgzf },
    });
    assert.equal(again.json().code, 'AUTH_ROLE_DUPLICATE');
    const [user] = (await t.request('GET', '/api/auth/users?q=wang.fang', { as: admin })).json().items;
    const pro = user.roles.find((r: { scopeCode: string }) => r.scopeCode === '370102009002005');
    assert.equal(pro.force, 'professional');
    assert.equal(pro.departmentName, '城管执法');
  });

  it('refuses a duplicate, a bad role or place, and bad input, writing nothing', async () => {
    const before = (await grantsOf(ids['li.hua']!)).length;
    const url = `/api/auth/users/${ids['li.hua']}/roles`;
    const cases: Array<[unknown, number, string]> = [
      [{ role: 'gridWorker', scopeCode: GRID }, 409, 'AUTH_ROLE_DUPLICATE'],
      [{ role: 'emperor', scopeCode: GRID }, 400, 'AUTH_ROLE_UNKNOWN'],
      [{ role: 'gridWorker' }, 400, 'AUTH_ROLE_TARGET_INVALID'],
      [{ role: 'departmentHandler', scopeCode: GRID }, 400, 'AUTH_ROLE_TARGET_INVALID'],
      [{ role: 'gridWorker', scopeCode: '370102009099001' }, 400, 'AUTH_SCOPE_UNKNOWN'],
      // Another county's code answers like an unknown one.
      [{ role: 'leader', scopeCode: '370103' }, 400, 'AUTH_SCOPE_UNKNOWN'],
      [
        { role: 'departmentHandler', departmentId: '00000000-0000-4000-8000-000000000000' },
        400,
        'AUTH_DEPARTMENT_UNKNOWN',
      ],
      [{ role: 'gridWorker', scopeCode: GRID, extra: 1 }, 400, 'VALIDATION_FAILED'],
      [{ role: 'gridWorker', scopeCode: '12' }, 400, 'VALIDATION_FAILED'],
      [{ role: 'gridWorker', scopeCode: GRID, force: 'cavalry' }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [body, status, code] of cases) {
      const res = await t.request('POST', url, { as: admin, body });
      assert.equal(res.statusCode, status, `${code}: ${res.body}`);
      assert.equal(res.json().code, code);
    }
    const bad = await t.request('POST', '/api/auth/users/not-a-uuid/roles', {
      as: admin,
      body: { role: 'leader', scopeCode: '370102' },
    });
    assert.equal(bad.json().code, 'VALIDATION_FAILED');
    assert.equal((await grantsOf(ids['li.hua']!)).length, before);
  });

  it('treats a user of another county, or no user, as not found', async () => {
    for (const id of [ids['worker.szq'], '00000000-0000-4000-8000-000000000000']) {
      const res = await t.request('POST', `/api/auth/users/${id}/roles`, {
        as: admin,
        body: { role: 'gridWorker', scopeCode: GRID },
      });
      assert.equal(res.statusCode, 404);
      assert.equal(res.json().code, 'AUTH_USER_NOT_FOUND');
    }
  });
});

describe('DELETE /api/auth/users/:id/roles/:assignmentId', () => {
  it('revokes a role, audited, effective on the user’s next request', async () => {
    const session = await t.sessionFor('wang.fang');
    const staff = (await grantsOf(ids['wang.fang']!)).find((g) => g.role === 'communityStaff')!;
    const res = await t.request('DELETE', `/api/auth/users/${ids['wang.fang']}/roles/${staff.id}`, {
      as: admin,
    });
    assert.equal(res.statusCode, 204, res.body);
    const me = (await t.request('GET', '/api/auth/me', { as: session })).json();
    assert.ok(!me.user.roles.some((r: { role: string }) => r.role === 'communityStaff'));
    const [audit] = await auditRows('user.role_revoke', ids['wang.fang']!);
    assert.equal(audit?.before?.role, 'communityStaff');
  });

  it('keeps the last role, the administrator’s own admin role, and other counties’ roles', async () => {
    const [gridRole] = await grantsOf(ids.straddler!);
    const [leaderRole] = (await grantsOf(ids.straddler!)).filter((g) => g.role === 'leader');
    // The straddler's 370103 role is not the demo admin's to revoke.
    const outside = await t.request('DELETE', `/api/auth/users/${ids.straddler}/roles/${leaderRole!.id}`, {
      as: admin,
    });
    assert.equal(outside.json().code, 'AUTH_ASSIGNMENT_NOT_FOUND');
    // Another user's assignment id under this user's path.
    const mismatched = await t.request('DELETE', `/api/auth/users/${ids['li.hua']}/roles/${gridRole!.id}`, {
      as: admin,
    });
    assert.equal(mismatched.statusCode, 404);
    assert.equal(mismatched.json().code, 'AUTH_ASSIGNMENT_NOT_FOUND');

    const [only] = await grantsOf(ids['worker.szq']!);
    const last = await t.request('DELETE', `/api/auth/users/${ids['worker.szq']}/roles/${only!.id}`, {
      as: otherAdmin,
    });
    assert.equal(last.statusCode, 409);
    assert.equal(last.json().code, 'AUTH_ROLE_LAST');

    const [own] = await grantsOf(ids.admin!);
    await t.request('POST', `/api/auth/users/${ids.admin}/roles`, {
      as: admin,
      body: { role: 'leader', scopeCode: '370102009' },
    });
    const self = await t.request('DELETE', `/api/auth/users/${ids.admin}/roles/${own!.id}`, { as: admin });
    assert.equal(self.json().code, 'AUTH_SELF_CHANGE');

    const notFound = await t.request('DELETE', `/api/auth/users/${ids['worker.szq']}/roles/${only!.id}`, {
      as: admin,
    });
    assert.equal(notFound.json().code, 'AUTH_USER_NOT_FOUND');
    const bad = await t.request('DELETE', `/api/auth/users/${ids['li.hua']}/roles/nope`, { as: admin });
    assert.equal(bad.json().code, 'VALIDATION_FAILED');
  });
});

describe('PATCH /api/auth/users/:id', () => {
  it('disables a user, ending their sessions and logins, and enables them again', async () => {
    const session = await t.sessionFor('li.hua');
    assert.equal((await t.request('GET', '/api/auth/me', { as: session })).statusCode, 200);
    const off = await t.request('PATCH', `/api/auth/users/${ids['li.hua']}`, {
      as: admin,
      body: { disabled: true },
    });
    assert.equal(off.statusCode, 204, off.body);
    assert.equal((await t.request('GET', '/api/auth/me', { as: session })).statusCode, 401);
    const sessions = await rows(
      t.handle.db,
      sql`SELECT 1 FROM user_session WHERE user_id = ${ids['li.hua']}`,
    );
    assert.equal(sessions.length, 0);
    const login = await t.request('POST', '/api/auth/login', {
      body: { username: 'li.hua', password: 'Staff2026ok' },
    });
    assert.equal(login.statusCode, 401);
    const listed = (await t.request('GET', '/api/auth/users?disabled=true', { as: admin })).json();
    assert.deepEqual(
      listed.items.map((u: { username: string }) => u.username),
      ['li.hua'],
    );

    const on = await t.request('PATCH', `/api/auth/users/${ids['li.hua']}`, {
      as: admin,
      body: { disabled: false, displayName: '李华' },
    });
    assert.equal(on.statusCode, 204);
    const again = await t.request('POST', '/api/auth/login', {
      body: { username: 'li.hua', password: 'Staff2026ok' },
    });
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().user.displayName, '李华');
    const [disable] = await auditRows('user.disable', ids['li.hua']!);
    assert.deepEqual(disable?.after, { disabled: true });
    const [enable] = await auditRows('user.enable', ids['li.hua']!);
    assert.deepEqual(enable?.after, { displayName: '李华', disabled: false });
  });

  it('refuses self, accounts reaching beyond the territory, others’ users and bad input', async () => {
    const self = await t.request('PATCH', `/api/auth/users/${ids.admin}`, {
      as: admin,
      body: { disabled: true },
    });
    assert.equal(self.json().code, 'AUTH_SELF_CHANGE');
    for (const as of [admin, otherAdmin]) {
      const beyond = await t.request('PATCH', `/api/auth/users/${ids.straddler}`, {
        as,
        body: { disabled: true },
      });
      assert.equal(beyond.statusCode, 403);
      assert.equal(beyond.json().code, 'AUTH_USER_BEYOND_TERRITORY');
    }
    const other = await t.request('PATCH', `/api/auth/users/${ids['li.hua']}`, {
      as: otherAdmin,
      body: { disabled: true },
    });
    assert.equal(other.statusCode, 404);
    for (const body of [{}, { disabled: 'yes' }, { displayName: '' }, { username: 'x' }]) {
      const res = await t.request('PATCH', `/api/auth/users/${ids['li.hua']}`, { as: admin, body });
      assert.equal(res.json().code, 'VALIDATION_FAILED', JSON.stringify(body));
    }
    const [straddler] = (await t.request('GET', '/api/auth/users?q=straddler', { as: admin })).json().items;
    assert.equal(straddler.disabled, false);
  });
});

describe('POST /api/auth/users/:id/password', () => {
  it('sets a new password, ending their sessions and lifting a login lock; the password is not logged', async () => {
    const session = await t.sessionFor('wang.fang');
    for (let i = 0; i < 5; i++) {
      await t.request('POST', '/api/auth/login', {
        body: { username: 'wang.fang', password: 'wrong-one-1' },
      });
    }
    const locked = await t.request('POST', '/api/auth/login', {
      body: { username: 'wang.fang', password: 'Staff2026ok' },
    });
    assert.equal(locked.json().code, 'AUTH_THROTTLED');
    const res = await t.request('POST', `/api/auth/users/${ids['wang.fang']}/password`, {
      as: admin,
      body: { password: 'NewPass2026' },
    });
    assert.equal(res.statusCode, 204, res.body);
    assert.equal((await t.request('GET', '/api/auth/me', { as: session })).statusCode, 401);
    const login = await t.request('POST', '/api/auth/login', {
      body: { username: 'wang.fang', password: 'NewPass2026' },
    });
    assert.equal(login.statusCode, 200, login.body);
    const [audit] = await auditRows('user.password_reset', ids['wang.fang']!);
    assert.ok(audit);
    assert.ok(!JSON.stringify(audit).includes('NewPass2026'));
  });

  it('refuses a weak password, self, accounts beyond the territory and others’ users', async () => {
    const url = (id: string | undefined) => `/api/auth/users/${id}/password`;
    const cases: Array<[Session, string | undefined, unknown, number, string]> = [
      [admin, ids['li.hua'], { password: 'short1' }, 400, 'AUTH_PASSWORD_WEAK'],
      [admin, ids['li.hua'], { password: 'lettersonly' }, 400, 'AUTH_PASSWORD_WEAK'],
      [admin, ids['li.hua'], { password: '' }, 400, 'VALIDATION_FAILED'],
      [admin, ids['li.hua'], { password: 'Good2026pass', old: 'x' }, 400, 'VALIDATION_FAILED'],
      [admin, ids.admin, { password: 'Good2026pass' }, 409, 'AUTH_SELF_CHANGE'],
      [admin, ids.straddler, { password: 'Good2026pass' }, 403, 'AUTH_USER_BEYOND_TERRITORY'],
      [otherAdmin, ids['li.hua'], { password: 'Good2026pass' }, 404, 'AUTH_USER_NOT_FOUND'],
    ];
    for (const [as, id, body, status, code] of cases) {
      const res = await t.request('POST', url(id), { as, body });
      assert.equal(res.statusCode, status, `${code}: ${res.body}`);
      assert.equal(res.json().code, code);
    }
  });
});

describe('GET /api/auth/assignments/grids', () => {
  it('lists every grid of the territory with who works it, leaders first', async () => {
    const res = await t.request('GET', '/api/auth/assignments/grids', { as: admin });
    assert.equal(res.statusCode, 200, res.body);
    const { items } = res.json();
    assert.equal(items.length, 52);
    const first = items.find((g: { code: string }) => g.code === '370102009002001');
    assert.equal(first.communityName, '甸柳新村第一社区居民委员会');
    const roles = first.staff.map((s: { role: string }) => s.role);
    assert.equal(roles[0], 'gridLeader');
    const gridworker = first.staff.find((s: { username: string }) => s.username === 'gridworker');
    assert.equal(gridworker.roleLabel, '网格员');
    assert.equal(gridworker.employment, 'full_time');
    assert.ok(first.staff.some((s: { force: string }) => s.force === 'professional'));
  });

  it('narrows to a community or one grid, and keeps to the territory', async () => {
    const community = (
      await t.request('GET', `/api/auth/assignments/grids?within=${COMMUNITY}`, { as: admin })
    ).json();
    assert.equal(community.items.length, 7);
    const grid = (await t.request('GET', `/api/auth/assignments/grids?within=${GRID}`, { as: admin })).json();
    assert.deepEqual(
      grid.items.map((g: { code: string }) => g.code),
      [GRID],
    );
    assert.ok(grid.items[0].staff.some((s: { username: string }) => s.username === 'li.hua'));
    const other = await t.request('GET', `/api/auth/assignments/grids?within=${GRID}`, { as: otherAdmin });
    assert.equal(other.statusCode, 404);
    assert.equal(other.json().code, 'AUTH_PLACE_NOT_FOUND');
    assert.deepEqual((await t.request('GET', '/api/auth/assignments/grids', { as: otherAdmin })).json(), {
      items: [],
    });
    for (const q of ['within=12', 'within=abc', 'x=1']) {
      const res = await t.request('GET', `/api/auth/assignments/grids?${q}`, { as: admin });
      assert.equal(res.json().code, 'VALIDATION_FAILED', q);
    }
    const missing = await t.request('GET', '/api/auth/assignments/grids?within=370102009099', { as: admin });
    assert.equal(missing.json().code, 'AUTH_PLACE_NOT_FOUND');
  });
});

describe('GET /api/auth/assignments/departments', () => {
  it('lists each department’s handlers and professional forces with their grid counts', async () => {
    const res = await t.request('GET', '/api/auth/assignments/departments', { as: admin });
    assert.equal(res.statusCode, 200, res.body);
    const cgzf = res.json().items.find((d: { code: string }) => d.code === 'cgzf');
    const handlers = cgzf.handlers.map((h: { username: string }) => h.username);
    assert.deepEqual(handlers, ['dept', 'dh-cgzf-2', 'li.hua']);
    assert.ok(!cgzf.gridWorkers.some((w: { role: string }) => w.role === 'departmentHandler'));
    const pf = cgzf.gridWorkers.find((w: { username: string }) => w.username === 'pf-cgzf-1');
    assert.ok(pf.grids > 1, `grids ${pf.grids}`);
    assert.equal(pf.force, 'professional');
    assert.deepEqual(
      (await t.request('GET', '/api/auth/assignments/departments', { as: otherAdmin })).json(),
      {
        items: [],
      },
    );
  });
});

describe('GET /api/auth/roles', () => {
  it('names the roles in the caller’s language and says where each is held', async () => {
    const zh = (await t.request('GET', '/api/auth/roles', { as: admin })).json();
    const handler = zh.items.find((r: { role: string }) => r.role === 'departmentHandler');
    assert.deepEqual(handler, {
      role: 'departmentHandler',
      label: '职能部门办理人',
      target: 'department',
      staff: true,
    });
    const en = (
      await t.request('GET', '/api/auth/roles', { as: admin, headers: { 'accept-language': 'en' } })
    ).json();
    assert.equal(en.items.find((r: { role: string }) => r.role === 'gridWorker').label, 'Grid worker');
  });
});

describe('scope matrix: staff administration', () => {
  const someone = () => ids['li.hua']!;
  const endpoints: Array<[string, 'GET' | 'POST' | 'PATCH' | 'DELETE', () => string, unknown?]> = [
    ['list users', 'GET', () => '/api/auth/users'],
    ['roles', 'GET', () => '/api/auth/roles'],
    ['grid view', 'GET', () => '/api/auth/assignments/grids'],
    ['department view', 'GET', () => '/api/auth/assignments/departments'],
    ['grant', 'POST', () => `/api/auth/users/${someone()}/roles`, { role: 'leader', scopeCode: '370102009' }],
    ['revoke', 'DELETE', () => `/api/auth/users/${someone()}/roles/00000000-0000-4000-8000-000000000000`],
    ['update', 'PATCH', () => `/api/auth/users/${someone()}`, { displayName: 'x' }],
    ['password', 'POST', () => `/api/auth/users/${someone()}/password`, { password: 'Good2026pass' }],
  ];
  // Everyone but administrators is refused; the other county's administrator finds nobody here.
  for (const user of ['dispatcher', 'leader', 'community', 'gridworker', 'dept', 'resident']) {
    it(`refuses ${user}`, async () => {
      const as = await t.sessionFor(user);
      for (const [name, method, url, body] of endpoints) {
        const res = await t.request(method, url(), { as, body });
        assert.equal(res.statusCode, 403, `${user} ${name}: ${res.body}`);
      }
    });
  }
  it('asks anonymous callers to log in', async () => {
    for (const [name, method, url, body] of endpoints) {
      const res = await t.request(method, url(), { body });
      assert.equal(res.statusCode, 401, name);
    }
  });
  it('hides one county’s users from the other county’s administrator', async () => {
    for (const [name, method, url, body] of endpoints.slice(4)) {
      const res = await t.request(method, url(), { as: otherAdmin, body });
      assert.equal(res.statusCode, 404, `${name}: ${res.body}`);
      assert.equal(res.json().code, 'AUTH_USER_NOT_FOUND');
    }
  });
});
