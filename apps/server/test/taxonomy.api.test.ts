import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { loadCategory } from '../src/modules/taxonomy/index.ts';
import { createTestApp, type Session, type TestApp } from './harness.ts';

let t: TestApp;
let admin: Session;
before(async () => {
  t = await createTestApp();
  admin = await t.sessionFor('admin');
});
after(() => t.close());

interface CategoryJson {
  code: string;
  name: string;
  parentCode: string | null;
  kind: string;
  source: string;
  keywords: string[];
  defaultLevel: string;
  leadDepartment: string | null;
  assistDepartments: string[];
  limits: Record<'accept' | 'handle' | 'verify', { amount: number; unit: string }>;
  autoEscalate: boolean;
  active: boolean;
  updatedAt: string;
  children?: CategoryJson[];
}

const list = async (query = '') => {
  const res = await t.request('GET', `/api/taxonomy/categories${query}`, { as: admin });
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as { total: number; items?: CategoryJson[]; tree?: CategoryJson[] };
};
const get = async (code: string) => {
  const res = await t.request('GET', `/api/taxonomy/categories/${code}`, { as: admin });
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as CategoryJson;
};
const auditCount = async () =>
  (
    await rows<{ n: number }>(
      t.handle.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'case_category'`,
    )
  )[0]!.n;
const tableHash = async () =>
  (
    await rows<{ h: string }>(
      t.handle.db,
      sql`SELECT md5(string_agg(c::text, '|' ORDER BY code)) AS h FROM case_category c`,
    )
  )[0]!.h;

describe('the seeded taxonomy', () => {
  it('holds the 250 GB/T matters in 10 classes, 28 disputes and our hazard, livelihood and property items', async () => {
    const all = await list();
    assert.equal(all.total, 325);
    const count = (kind: string) => all.items!.filter((c) => c.kind === kind).length;
    assert.equal(count('component_fault') + count('event'), 250);
    assert.equal(count('event'), 97);
    assert.equal(count('class'), 14);
    assert.equal(all.items!.filter((c) => /^C\d{2}$/.test(c.code)).length, 10);
    assert.equal(count('dispute'), 28);
    assert.equal(count('hazard'), 12);
    assert.equal(count('livelihood'), 10);
    assert.equal(count('property'), 11);
    // Each class comes right before its items.
    const c06 = all.items!.findIndex((c) => c.code === 'C06');
    assert.equal(all.items![c06 + 1]!.code, '06001');
  });

  it('carries routing defaults and limits by level', async () => {
    const rubbish = await get('06010');
    assert.equal(rubbish.name, '暴露垃圾');
    assert.equal(rubbish.parentCode, 'C06');
    assert.equal(rubbish.kind, 'event');
    assert.equal(rubbish.source, 'GB/T 47678.5-2026');
    assert.equal(rubbish.defaultLevel, 'grid');
    assert.deepEqual(rubbish.limits, {
      accept: { amount: 2, unit: 'working_hours' },
      handle: { amount: 1, unit: 'working_days' },
      verify: { amount: 1, unit: 'working_days' },
    });
    const fireLane = await get('AQ01');
    assert.equal(fireLane.leadDepartment, 'xf');
    assert.deepEqual(fireLane.assistDepartments, ['cgzf']);
    assert.deepEqual(fireLane.limits.handle, { amount: 24, unit: 'urgent_hours' });
    const dust = await get('08004');
    assert.equal(dust.defaultLevel, 'department');
    assert.equal(dust.leadDepartment, 'zj');
    assert.deepEqual(dust.limits.handle, { amount: 5, unit: 'working_days' });
    assert.equal((await get('JF15')).name, '农村"三资"');
  });

  it('gives the case module a category with its limits through loadCategory', async () => {
    const c = await loadCategory(t.handle.db, '09006');
    assert.equal(c?.name, '占道经营');
    assert.deepEqual(c?.limits.handle, { amount: 3, unit: 'working_days' });
    assert.equal(await loadCategory(t.handle.db, 'ZZ99'), null);
  });
});

describe('GET /api/taxonomy/categories', () => {
  it('filters by kind, class, text (name or keyword) and state', async () => {
    const disputes = await list('?kind=dispute');
    assert.equal(disputes.total, 28);
    assert.ok(disputes.items!.every((c) => c.parentCode === 'JF'));
    const ads = await list('?parent=C07');
    assert.deepEqual(
      ads.items!.map((c) => c.code),
      ['07001', '07002', '07003', '07004', '07006', '07007', '07008'],
    );
    assert.ok((await list('?q=路灯')).items!.some((c) => c.code === '01037'));
    // 摆摊 is a keyword of 占道经营, not in its name.
    assert.deepEqual(
      (await list(`?q=${encodeURIComponent('摆摊')}`)).items!.map((c) => c.code),
      ['09006'],
    );
    assert.deepEqual(
      (await list('?q=AQ05')).items!.map((c) => c.code),
      ['AQ05'],
    );
    // LIKE wildcards in the text are plain characters.
    assert.equal((await list('?q=%25')).total, 0);
    assert.equal((await list('?active=false')).total, 0);
    assert.equal((await list('?active=true&kind=hazard')).total, 12);
  });

  it('returns a tree of classes and items; items of a filtered-out class stand as roots', async () => {
    const tree = (await list('?view=tree')).tree!;
    assert.equal(tree.length, 14);
    assert.equal(tree.find((c) => c.code === 'C01')!.children!.length, 76);
    assert.equal(tree.find((c) => c.code === 'JF')!.children!.length, 28);
    const hazards = await list('?view=tree&kind=hazard');
    assert.equal(hazards.tree!.length, 12);
    assert.equal(hazards.items, undefined);
  });

  it('refuses unknown filters and values', async () => {
    for (const query of ['?kind=rumour', '?active=yes', '?view=graph', '?parent=xx', '?colour=red']) {
      const res = await t.request('GET', `/api/taxonomy/categories${query}`, { as: admin });
      assert.equal(res.statusCode, 400, query);
      assert.equal(res.json().code, 'VALIDATION_FAILED');
    }
  });
});

describe('GET /api/taxonomy/categories/:code', () => {
  it('answers 404 for an unknown code and 400 for a malformed one', async () => {
    const missing = await t.request('GET', '/api/taxonomy/categories/ZZ99', { as: admin });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().code, 'TAXONOMY_CATEGORY_NOT_FOUND');
    const malformed = await t.request('GET', '/api/taxonomy/categories/rubbish', { as: admin });
    assert.equal(malformed.statusCode, 400);
  });
});

describe('PATCH /api/taxonomy/categories/:code', () => {
  it('changes the given fields and records the change with before and after', async () => {
    const before = await get('06010');
    t.clock.advance(60_000);
    const res = await t.request('PATCH', '/api/taxonomy/categories/06010', {
      as: admin,
      body: {
        keywords: ['暴露垃圾', '垃圾', '垃圾堆', '垃圾堆'],
        limits: { handle: { amount: 4, unit: 'working_hours' } },
        assistDepartments: ['sthj'],
        autoEscalate: false,
      },
    });
    assert.equal(res.statusCode, 200, res.body);
    const after = res.json() as CategoryJson;
    assert.deepEqual(after.keywords, ['暴露垃圾', '垃圾', '垃圾堆']);
    assert.deepEqual(after.limits.handle, { amount: 4, unit: 'working_hours' });
    assert.deepEqual(after.limits.accept, before.limits.accept);
    assert.deepEqual(after.assistDepartments, ['sthj']);
    assert.equal(after.autoEscalate, false);
    assert.equal(after.name, before.name);
    assert.equal(after.updatedAt, t.clock.now().toISOString());
    assert.deepEqual(await get('06010'), after);

    const audit = await t.request('GET', '/api/audit?entityType=case_category&entityId=06010', { as: admin });
    assert.equal(audit.statusCode, 200);
    const [entry] = audit.json().items;
    assert.equal(entry.action, 'case_category.update');
    assert.deepEqual(entry.before.limits.handle, before.limits.handle);
    assert.deepEqual(entry.after.limits.handle, { amount: 4, unit: 'working_hours' });
    assert.equal(entry.before.autoEscalate, true);
  });

  it('deactivates and reactivates a category', async () => {
    const off = await t.request('PATCH', '/api/taxonomy/categories/09014', {
      as: admin,
      body: { active: false },
    });
    assert.equal(off.json().active, false);
    assert.deepEqual(
      (await list('?active=false')).items!.map((c) => c.code),
      ['09014'],
    );
    await t.request('PATCH', '/api/taxonomy/categories/09014', { as: admin, body: { active: true } });
    assert.equal((await list('?active=false')).total, 0);
  });

  it('refuses bad input with its code and writes nothing', async () => {
    const hash = await tableHash();
    const audits = await auditCount();
    const cases: Array<[string, unknown, number, string]> = [
      ['06036', { colour: 'red' }, 400, 'VALIDATION_FAILED'],
      ['06036', {}, 400, 'VALIDATION_FAILED'],
      ['06036', { limits: { handle: { amount: 2, unit: 'fortnights' } } }, 400, 'VALIDATION_FAILED'],
      ['06036', { limits: { handle: { amount: -1, unit: 'working_days' } } }, 400, 'VALIDATION_FAILED'],
      ['06036', { limits: { verify: { amount: 0, unit: 'working_days' } } }, 400, 'VALIDATION_FAILED'],
      ['06036', { limits: { handle: { amount: 1.5, unit: 'working_days' } } }, 400, 'VALIDATION_FAILED'],
      ['06036', { name: '' }, 400, 'VALIDATION_FAILED'],
      ['06036', { defaultLevel: 'province' }, 400, 'VALIDATION_FAILED'],
      ['06036', { parentCode: 'C01' }, 400, 'VALIDATION_FAILED'],
      ['06036', { leadDepartment: 'nasa' }, 400, 'TAXONOMY_DEPARTMENT_UNKNOWN'],
      ['06036', { assistDepartments: ['cgzf', 'nasa'] }, 400, 'TAXONOMY_DEPARTMENT_UNKNOWN'],
      ['08004', { leadDepartment: null }, 400, 'TAXONOMY_LEAD_REQUIRED'],
      ['06036', { defaultLevel: 'department', leadDepartment: null }, 400, 'TAXONOMY_LEAD_REQUIRED'],
      ['06036', { assistDepartments: ['cgzf'] }, 400, 'TAXONOMY_LEAD_IN_ASSIST'],
      ['ZZ99', { name: '无' }, 404, 'TAXONOMY_CATEGORY_NOT_FOUND'],
    ];
    for (const [code, body, status, errorCode] of cases) {
      const res = await t.request('PATCH', `/api/taxonomy/categories/${code}`, { as: admin, body });
      assert.equal(res.statusCode, status, `${JSON.stringify(body)}: ${res.body}`);
      assert.equal(res.json().code, errorCode, JSON.stringify(body));
    }
    const unknown = await t.request('PATCH', '/api/taxonomy/categories/06036', {
      as: admin,
      body: { leadDepartment: 'nasa' },
    });
    assert.match(unknown.json().messages.en, /nasa/);
    assert.equal(await tableHash(), hash);
    assert.equal(await auditCount(), audits);
  });
});

describe('POST /api/taxonomy/categories', () => {
  const local = (overrides: Record<string, unknown> = {}) => ({
    code: 'AQ13',
    name: '窨井气体隐患',
    parentCode: 'AQ',
    kind: 'hazard',
    keywords: ['沼气', '有毒气体'],
    defaultLevel: 'department',
    leadDepartment: 'yjgl',
    assistDepartments: ['xf'],
    limits: {
      accept: { amount: 1, unit: 'urgent_hours' },
      handle: { amount: 12, unit: 'urgent_hours' },
      verify: { amount: 1, unit: 'working_days' },
    },
    ...overrides,
  });

  it('refuses bad input with its code and writes nothing', async () => {
    const hash = await tableHash();
    const audits = await auditCount();
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [local({ code: 'aq13' }), 400, 'VALIDATION_FAILED'],
      [local({ code: 'C11' }), 400, 'VALIDATION_FAILED'],
      [local({ kind: 'class' }), 400, 'VALIDATION_FAILED'],
      [local({ extra: 1 }), 400, 'VALIDATION_FAILED'],
      [local({ limits: { accept: { amount: 1, unit: 'urgent_hours' } } }), 400, 'VALIDATION_FAILED'],
      [local({ code: '06010' }), 409, 'TAXONOMY_CODE_TAKEN'],
      [local({ parentCode: 'ZZ' }), 400, 'TAXONOMY_PARENT_UNKNOWN'],
      [local({ parentCode: '06010' }), 400, 'TAXONOMY_PARENT_UNKNOWN'],
      [local({ leadDepartment: 'nasa' }), 400, 'TAXONOMY_DEPARTMENT_UNKNOWN'],
      [local({ leadDepartment: null }), 400, 'TAXONOMY_LEAD_REQUIRED'],
    ];
    for (const [body, status, code] of cases) {
      const res = await t.request('POST', '/api/taxonomy/categories', { as: admin, body });
      assert.equal(res.statusCode, status, `${code}: ${res.body}`);
      assert.equal(res.json().code, code);
    }
    assert.equal(await tableHash(), hash);
    assert.equal(await auditCount(), audits);
  });

  it('adds a local item under a class, marked local and audited', async () => {
    const res = await t.request('POST', '/api/taxonomy/categories', { as: admin, body: local() });
    assert.equal(res.statusCode, 201, res.body);
    const created = res.json() as CategoryJson;
    assert.equal(created.source, 'local');
    assert.equal(created.active, true);
    assert.equal(created.autoEscalate, true);
    assert.deepEqual(await get('AQ13'), created);
    const audit = await t.request('GET', '/api/audit?entityType=case_category&entityId=AQ13', { as: admin });
    assert.equal(audit.json().items[0].action, 'case_category.create');
    const again = await t.request('POST', '/api/taxonomy/categories', { as: admin, body: local() });
    assert.equal(again.statusCode, 409);
  });
});

describe('who may read and write', () => {
  const READERS = [
    'admin',
    'leader',
    'dispatcher',
    'hotline',
    'community',
    'gridleader',
    'gridworker',
    'dept',
    'mediator',
  ];
  const writes = (): Array<['PATCH' | 'POST', string, unknown]> => [
    ['PATCH', '/api/taxonomy/categories/06012', { name: '道路不洁（改）' }],
    [
      'POST',
      '/api/taxonomy/categories',
      {
        code: 'WY99',
        name: '其他物业问题',
        parentCode: 'WY',
        kind: 'property',
        defaultLevel: 'community',
        limits: {
          accept: { amount: 2, unit: 'working_hours' },
          handle: { amount: 3, unit: 'working_days' },
          verify: { amount: 1, unit: 'working_days' },
        },
      },
    ],
    ['POST', '/api/taxonomy/import', [{ code: 'x' }]],
  ];

  it('lets every staff role read, and only administrators write', async () => {
    const hash = await tableHash();
    for (const user of READERS) {
      const as = await t.sessionFor(user);
      for (const url of [
        '/api/taxonomy/categories?kind=hazard',
        '/api/taxonomy/categories/06010',
        '/api/taxonomy/export',
        `/api/taxonomy/suggest?text=${encodeURIComponent('路灯不亮')}`,
      ]) {
        const res = await t.request('GET', url, { as });
        assert.equal(res.statusCode, 200, `${user} GET ${url}: ${res.body}`);
      }
      if (user === 'admin') continue;
      for (const [method, url, body] of writes()) {
        const res = await t.request(method, url, { as, body });
        assert.equal(res.statusCode, 403, `${user} ${method} ${url}: ${res.body}`);
        assert.equal(res.json().code, 'FORBIDDEN');
      }
    }
    assert.equal(await tableHash(), hash);
  });

  it('keeps residents and volunteers out, and asks strangers to log in', async () => {
    for (const user of ['resident', 'volunteer']) {
      const as = await t.sessionFor(user);
      const read = await t.request('GET', '/api/taxonomy/categories', { as });
      assert.equal(read.statusCode, 403);
      assert.equal(read.json().code, 'AUTH_STAFF_ONLY');
      const suggest = await t.request('GET', '/api/taxonomy/suggest?text=abc', { as });
      assert.equal(suggest.json().code, 'AUTH_STAFF_ONLY');
      for (const [method, url, body] of writes()) {
        const res = await t.request(method, url, { as, body });
        assert.equal(res.json().code, 'AUTH_STAFF_ONLY', `${user} ${method} ${url}`);
      }
    }
    const anonymous = await t.request('GET', '/api/taxonomy/categories/06010');
    assert.equal(anonymous.statusCode, 401);
    assert.equal(anonymous.json().code, 'AUTH_REQUIRED');
  });

  it('wants the CSRF token on writes', async () => {
    const res = await t.request('PATCH', '/api/taxonomy/categories/06012', {
      as: admin,
      body: { name: 'x' },
      csrf: false,
    });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().code, 'AUTH_CSRF_INVALID');
  });
});

describe('export and import', () => {
  const exported = async () => {
    const res = await t.request('GET', '/api/taxonomy/export', { as: admin });
    assert.equal(res.statusCode, 200);
    return res.json() as CategoryJson[];
  };

  it('round-trips: importing an export changes nothing', async () => {
    const first = await exported();
    assert.equal(first.length, 326); // 325 seeded + the local AQ13
    assert.ok(first.every((c) => !('updatedAt' in c)));
    assert.deepEqual(await exported(), first, 'stable order');
    const hash = await tableHash();
    const res = await t.request('POST', '/api/taxonomy/import', { as: admin, body: first });
    assert.equal(res.statusCode, 200, res.body.slice(0, 2000));
    assert.deepEqual(res.json(), { total: 326, created: 0, updated: 0, unchanged: 326 });
    assert.equal(await tableHash(), hash);
  });

  it('updates changed items, creates new ones, and audits the import once with counts', async () => {
    const items = await exported();
    const audits = await auditCount();
    const park = items.find((c) => c.code === '06047')!;
    park.defaultLevel = 'subdistrict';
    park.limits.handle = { amount: 2, unit: 'working_days' };
    items.push({
      ...park,
      code: 'WY12',
      name: '小区门禁',
      parentCode: 'WY',
      kind: 'property',
      source: 'local',
    });
    const res = await t.request('POST', '/api/taxonomy/import', { as: admin, body: items });
    assert.equal(res.statusCode, 200, res.body.slice(0, 2000));
    assert.deepEqual(res.json(), { total: 327, created: 1, updated: 1, unchanged: 325 });
    assert.equal((await get('06047')).defaultLevel, 'subdistrict');
    assert.equal((await get('WY12')).name, '小区门禁');
    assert.deepEqual(await exported(), items.sort(byListOrder));
    assert.equal(await auditCount(), audits + 1);
    const audit = await t.request('GET', '/api/audit?action=case_category.import', { as: admin });
    const after = audit.json().items[0].after;
    assert.equal(after.created, 1);
    assert.deepEqual(after.updatedCodes, ['06047']);
  });

  it('writes nothing when one item is bad, and reports every problem by item', async () => {
    const items = await exported();
    const hash = await tableHash();
    const audits = await auditCount();
    const at = (code: string) => items.findIndex((c) => c.code === code);
    items[at('06010')]!.name = '暴露垃圾（已改）'; // good, but must not be written
    items[at('06011')]!.leadDepartment = 'nasa';
    items[at('06012')]!.limits.handle = { amount: 0, unit: 'working_days' };
    (items[at('06013')] as unknown as Record<string, unknown>).colour = 'red';
    items[at('AQ13')]!.parentCode = 'ZZ';
    items.push({ ...items[at('06014')]! }); // duplicate
    items.push({ ...items[at('06014')]!, code: 'C77', kind: 'event' });
    const res = await t.request('POST', '/api/taxonomy/import', {
      as: admin,
      body: items,
      headers: { 'accept-language': 'en' },
    });
    assert.equal(res.statusCode, 422, res.body.slice(0, 2000));
    const body = res.json();
    assert.equal(body.code, 'TAXONOMY_IMPORT_INVALID');
    const problems = body.details.items as Array<{
      index: number;
      code: string | null;
      errors: Array<{ code: string; field?: string; message: string }>;
    }>;
    const codesOf = (code: string) => problems.find((p) => p.code === code)?.errors.map((e) => e.code);
    assert.deepEqual(codesOf('06011'), ['DEPARTMENT_UNKNOWN']);
    assert.equal(problems.find((p) => p.code === '06011')!.errors[0]!.field, 'leadDepartment');
    assert.deepEqual(codesOf('06012'), ['FIELD_INVALID']);
    assert.equal(problems.find((p) => p.code === '06012')!.errors[0]!.field, 'limits.handle.amount');
    assert.deepEqual(codesOf('06013'), ['FIELD_INVALID']);
    assert.deepEqual(codesOf('AQ13'), ['PARENT_UNKNOWN']);
    assert.deepEqual(codesOf('06014'), ['DUPLICATE_CODE_IN_FILE']);
    assert.deepEqual(codesOf('C77'), ['CODE_KIND_MISMATCH']);
    assert.equal(problems.length, 6);
    assert.equal(body.message, '6 categories have errors; nothing was imported');
    assert.ok(problems.every((p) => p.errors.every((e) => e.message.length > 0)));
    assert.equal(await tableHash(), hash);
    assert.equal(await auditCount(), audits);
  });

  it('refuses a body that is no array or is empty', async () => {
    for (const body of [{ items: [] }, []]) {
      const res = await t.request('POST', '/api/taxonomy/import', { as: admin, body });
      assert.equal(res.statusCode, 400);
      assert.equal(res.json().code, 'VALIDATION_FAILED');
    }
  });
});

describe('GET /api/taxonomy/suggest', () => {
  const suggest = async (text: string, limit?: number) => {
    const q = `text=${encodeURIComponent(text)}${limit ? `&limit=${limit}` : ''}`;
    const res = await t.request('GET', `/api/taxonomy/suggest?${q}`, { as: admin });
    assert.equal(res.statusCode, 200, res.body);
    return res.json().items as Array<{ code: string; name: string; score: number; matched: string[] }>;
  };

  it('puts the street light first for a light that is out', async () => {
    const items = await suggest('路灯不亮了');
    assert.equal(items[0]?.code, '01037');
    assert.equal(items[0]?.name, '路灯异常');
    assert.ok(items[0]!.matched.includes('路灯'));
  });

  it('finds the blocked fire lane among the first for a stairwell full of junk', async () => {
    const items = await suggest('楼道里堆满杂物，消防通道堵了', 3);
    assert.ok(
      items.some((i) => i.code === 'AQ01'),
      JSON.stringify(items),
    );
    assert.equal(items[0]?.code, 'AQ01');
    assert.ok(items.length <= 3);
  });

  it('skips inactive categories and classes, and finds nothing in unrelated text', async () => {
    await t.request('PATCH', '/api/taxonomy/categories/01037', { as: admin, body: { active: false } });
    assert.ok(!(await suggest('路灯不亮了')).some((i) => i.code === '01037'));
    await t.request('PATCH', '/api/taxonomy/categories/01037', { as: admin, body: { active: true } });
    assert.ok(!(await suggest('市政公用设施')).some((i) => i.code === 'C01'));
    assert.deepEqual(await suggest('今天天气很好'), []);
  });

  it('refuses a missing text or a bad limit', async () => {
    for (const q of ['', '?text=', '?text=a&limit=0', '?text=a&limit=99']) {
      const res = await t.request('GET', `/api/taxonomy/suggest${q}`, { as: admin });
      assert.equal(res.statusCode, 400, q);
    }
  });
});

/** The list/export order: each class, then its items, by code. */
function byListOrder(a: CategoryJson, b: CategoryJson): number {
  const key = (c: CategoryJson) =>
    [c.parentCode ?? c.code, c.parentCode === null ? '0' : '1', c.code].join('\u0000');
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
