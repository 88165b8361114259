import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { one, rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { caseHelpers } from './case-helpers.ts';
import { createTestApp, type TestApp } from './harness.ts';

/** The staff console's list: its orders, the Excel export, the case map's points and batch dispatch. */
let t: TestApp;
before(async () => {
  t = await createTestApp();
  await createFixture();
});
after(() => t.close());
const { as, detail, act } = caseHelpers(() => t);

// Inside 甸柳新村第一社区第1网格 (370102009002001), the gridworker login's grid.
const IN_GRID_1 = { lng: 117.0413, lat: 36.6725 };
const HOUR = 3_600_000;
let keyNo = 0;

interface Item {
  id: string;
  number: string;
  status: string;
  warning: string;
  stageDeadline: string | null;
  reportedAt: string;
  version: number;
  canDispatch: boolean;
}

async function report(user: string, body: Record<string, unknown>): Promise<string> {
  const res = await t.request('POST', '/api/cases', {
    as: await as(user),
    body: {
      idempotencyKey: `list-${++keyNo}-key`,
      title: '楼道堆放杂物',
      description: '楼道堆放纸箱',
      ...body,
    },
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json().id;
}
const patrol = (categoryCode: string, extra: Record<string, unknown> = {}) =>
  report('gridworker', { channel: 'patrol', categoryCode, location: IN_GRID_1, ...extra });
const hotline = (categoryCode: string, extra: Record<string, unknown> = {}) =>
  report('hotline', { channel: 'hotline', categoryCode, externalRef: `LIST-${++keyNo}`, ...extra });

async function get(user: string, url: string, headers: Record<string, string> = {}) {
  return t.request('GET', url, { as: await as(user), headers });
}
async function list(user: string, query: string): Promise<{ items: Item[]; total: number }> {
  const res = await get(user, `/api/cases?${query}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
}
const departmentId = async (code: string) =>
  (await one<{ id: string }>(t.handle.db, sql`SELECT id FROM department WHERE code = ${code}`))!.id;
const versionOf = async (id: string) =>
  (await one<{ version: number }>(t.handle.db, sql`SELECT version FROM case_record WHERE id = ${id}`))!
    .version;

/** Four cases an hour apart on 2026-11-20 (China time 10:00–13:00), in two communities and none. */
const T0 = new Date('2026-11-20T02:00:00Z');
const WINDOW = `from=${encodeURIComponent('2026-11-20T10:00:00+08:00')}&to=${encodeURIComponent('2026-11-20T14:00:00+08:00')}`;
const fx = { a: '', b: '', c: '', d: '' };
let otherCommunityPoint: { lng: number; lat: number };

async function createFixture() {
  const p = await one<{ lng: number; lat: number }>(
    t.handle.db,
    sql`SELECT ST_X(ST_PointOnSurface(boundary))::float8 AS lng, ST_Y(ST_PointOnSurface(boundary))::float8 AS lat
        FROM grid WHERE code = '370102009005003'`,
  );
  otherCommunityPoint = { lng: Number(p!.lng), lat: Number(p!.lat) };
  t.clock.set(T0);
  fx.a = await patrol('06010', { title: '楼道堆放杂物甲' });
  t.clock.advance(HOUR);
  fx.b = await hotline('06011', { title: '占道经营乙', location: otherCommunityPoint });
  t.clock.advance(HOUR);
  fx.c = await hotline('06012', { title: '无位置来电丙' });
  t.clock.advance(HOUR);
  fx.d = await patrol('06013', { title: '楼道堆放杂物丁' });
  // A red card, as the sweep would raise it, to see the default order put it first.
  await rows(t.handle.db, sql`UPDATE case_record SET warning = 'red' WHERE id = ${fx.a}`);
}

const ids = (items: Item[]) => items.map((i) => i.id);

describe('sorting the list', () => {
  it('by default puts red, then yellow, then the rest, newest first', async () => {
    const { items, total } = await list('dispatcher', WINDOW);
    assert.equal(total, 4);
    assert.deepEqual(ids(items), [fx.a, fx.d, fx.c, fx.b]);
    assert.deepEqual(ids((await list('dispatcher', `${WINDOW}&sort=warning`)).items), ids(items));
  });

  it('by reporting time either way, by number, and by stage deadline with the stopped ones last', async () => {
    assert.deepEqual(ids((await list('dispatcher', `${WINDOW}&sort=reportedAt`)).items), [
      fx.a,
      fx.b,
      fx.c,
      fx.d,
    ]);
    assert.deepEqual(ids((await list('dispatcher', `${WINDOW}&sort=-reportedAt`)).items), [
      fx.d,
      fx.c,
      fx.b,
      fx.a,
    ]);
    const byNumber = (await list('dispatcher', `${WINDOW}&sort=number`)).items.map((i) => i.number);
    assert.deepEqual(byNumber, [...byNumber].sort());
    const desc = (await list('dispatcher', `${WINDOW}&sort=-number`)).items.map((i) => i.number);
    assert.deepEqual(desc, [...byNumber].reverse());

    await rows(t.handle.db, sql`UPDATE case_record SET stage_deadline = NULL WHERE id = ${fx.b}`);
    try {
      const asc = (await list('dispatcher', `${WINDOW}&sort=deadline`)).items;
      assert.equal(asc.at(-1)!.id, fx.b, 'no deadline sorts last');
      const deadlines = asc.slice(0, 3).map((i) => Date.parse(i.stageDeadline!));
      assert.deepEqual(
        deadlines,
        [...deadlines].sort((x, y) => x - y),
      );
      const descending = (await list('dispatcher', `${WINDOW}&sort=-deadline`)).items;
      assert.equal(descending.at(-1)!.id, fx.b, 'no deadline sorts last either way');
      const later = descending.slice(0, 3).map((i) => Date.parse(i.stageDeadline!));
      assert.deepEqual(
        later,
        [...later].sort((x, y) => y - x),
      );
    } finally {
      await rows(
        t.handle.db,
        sql`UPDATE case_record SET stage_deadline = stage_yellow_at + interval '1 hour' WHERE id = ${fx.b}`,
      );
    }
  });

  it('pages through an order without losing or repeating a case', async () => {
    const pages = [0, 1, 2, 3].map((offset) =>
      list('dispatcher', `${WINDOW}&sort=number&limit=1&offset=${offset}`),
    );
    const seen = (await Promise.all(pages)).flatMap((p) => ids(p.items));
    assert.deepEqual(seen.sort(), [fx.a, fx.b, fx.c, fx.d].sort());
  });

  it('refuses an order it does not know, with a code', async () => {
    for (const sort of ['title', 'reported_at', '-warning', 'reportedAt;DROP TABLE case_record', '']) {
      const res = await get('dispatcher', `/api/cases?sort=${encodeURIComponent(sort)}`);
      assert.equal(res.statusCode, 400, sort);
      assert.equal(res.json().code, 'VALIDATION_FAILED');
    }
  });

  it('flags the cases the caller may dispatch now', async () => {
    const before = (await list('dispatcher', WINDOW)).items;
    assert.ok(
      before.every((i) => !i.canDispatch),
      'nothing accepted yet',
    );
    await act('dispatcher', fx.c, { type: 'accept' });
    const after = (await list('dispatcher', WINDOW)).items;
    assert.deepEqual(
      after.filter((i) => i.canDispatch).map((i) => i.id),
      [fx.c],
    );
    // The grid worker sees it (it is not in their grid: no) and may not dispatch anything.
    assert.ok((await list('gridworker', WINDOW)).items.every((i) => !i.canDispatch));
  });
});

async function workbook(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  const values: unknown[][] = [];
  sheet.eachRow((row) => {
    values.push((row.values as unknown[]).slice(1));
  });
  return { wb, sheet, header: values[0] as string[], rows: values.slice(1) };
}

describe('exporting the list to Excel', () => {
  it('gives the listed cases, in the list’s order, with the labels of the caller’s language', async () => {
    const query = `${WINDOW}&sort=reportedAt`;
    const res = await get('dispatcher', `/api/cases/export.xlsx?${query}`);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(
      res.headers['content-type'],
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const disposition = String(res.headers['content-disposition']);
    assert.match(disposition, /^attachment; filename="cases-20261120-\d{4}\.xlsx"; filename\*=UTF-8''/);
    assert.match(
      disposition,
      new RegExp(`filename\\*=UTF-8''${encodeURIComponent('事件列表')}-20261120-\\d{4}\\.xlsx$`),
    );

    const { sheet, header, rows: got } = await workbook(res.rawPayload);
    assert.equal(sheet.name, '事件列表');
    assert.deepEqual(header.slice(0, 3), ['事件编号', '标题', '类别']);
    assert.ok(header.includes('社区') && header.includes('上报时间') && header.includes('预警'));
    const listed = (await list('dispatcher', query)).items;
    assert.deepEqual(
      got.map((r) => r[0]),
      listed.map((i) => i.number),
    );
    const col = (name: string) => header.indexOf(name);
    const rowOf = (id: string) => got[listed.findIndex((i) => i.id === id)]!;
    assert.equal(rowOf(fx.a)[col('预警')], '红牌');
    assert.equal(rowOf(fx.a)[col('状态')], '待受理');
    assert.equal(rowOf(fx.c)[col('状态')], '待派单');
    assert.equal(rowOf(fx.a)[col('来源')], '网格员巡查');
    assert.equal(rowOf(fx.b)[col('来源')], '12345热线');
    assert.equal(rowOf(fx.a)[col('网格编码')], '370102009002001');
    assert.match(String(rowOf(fx.b)[col('社区')]), /第五社区/);
    // China wall-clock time as an Excel date: 10:00 in Jinan.
    const reported = rowOf(fx.a)[col('上报时间')] as Date;
    assert.ok(reported instanceof Date);
    assert.equal(reported.toISOString(), '2026-11-20T10:00:00.000Z');
  });

  it('speaks English when asked', async () => {
    const res = await get('dispatcher', `/api/cases/export.xlsx?${WINDOW}`, { 'accept-language': 'en' });
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-disposition']), /filename\*=UTF-8''Cases-20261120-\d{4}\.xlsx$/);
    const { sheet, header, rows: got } = await workbook(res.rawPayload);
    assert.equal(sheet.name, 'Cases');
    assert.deepEqual(header.slice(0, 2), ['Number', 'Title']);
    assert.equal(got[0]![header.indexOf('Warning')], 'Red');
    assert.equal(got[0]![header.indexOf('Status')], 'To accept');
  });

  it('holds only the caller’s scope: a grid worker exports the cases of their grid', async () => {
    const res = await get('gridworker', `/api/cases/export.xlsx?${WINDOW}&sort=number`);
    assert.equal(res.statusCode, 200, res.body);
    const { rows: got } = await workbook(res.rawPayload);
    const mine = (await list('gridworker', `${WINDOW}&sort=number`)).items;
    assert.deepEqual(ids(mine).sort(), [fx.a, fx.d].sort());
    assert.deepEqual(
      got.map((r) => r[0]),
      mine.map((i) => i.number),
    );
    const none = await get('dept', `/api/cases/export.xlsx?${WINDOW}`);
    assert.equal(none.statusCode, 200);
    assert.equal((await workbook(none.rawPayload)).rows.length, 0);
  });

  it('is recorded in the audit log with its filter and count', async () => {
    const before = await one<{ n: number }>(
      t.handle.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'case.export'`,
    );
    const res = await get('dispatcher', `/api/cases/export.xlsx?${WINDOW}&category=06011`);
    assert.equal(res.statusCode, 200);
    const [entry] = await rows<{
      actor_name: string;
      district_code: string;
      after: { count: number; filter: object };
    }>(
      t.handle.db,
      sql`SELECT actor_name, district_code, after FROM audit_log WHERE action = 'case.export' ORDER BY id DESC LIMIT 1`,
    );
    assert.equal(
      (await one<{ n: number }>(
        t.handle.db,
        sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'case.export'`,
      ))!.n,
      before!.n + 1,
    );
    assert.equal(entry!.district_code, '370102');
    assert.equal(entry!.after.count, 1);
    assert.equal((entry!.after.filter as { category: string }).category, '06011');
  });

  it('refuses bad filters with a code, and people who are not staff', async () => {
    for (const query of [
      'sort=title',
      'division=12',
      'warning=blue',
      'from=yesterday',
      'limit=10',
      'offset=0',
    ]) {
      const res = await get('dispatcher', `/api/cases/export.xlsx?${query}`);
      assert.equal(res.statusCode, 400, query);
      assert.equal(res.json().code, 'VALIDATION_FAILED', query);
    }
    assert.equal((await get('resident', '/api/cases/export.xlsx')).json().code, 'AUTH_STAFF_ONLY');
    assert.equal((await t.request('GET', '/api/cases/export.xlsx')).statusCode, 401);
  });
});

describe('the case map’s points', () => {
  type Points = {
    points: Array<{ id: string; lng: number; lat: number; warning: string; categoryName: string | null }>;
    total: number;
    withoutLocation: number;
    omitted: number;
  };
  const points = async (user: string, query: string): Promise<Points> => {
    const res = await get(user, `/api/cases/points?${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json();
  };

  it('answers the located open cases in one request, red first, and says what it left out', async () => {
    const all = await points('dispatcher', WINDOW);
    assert.deepEqual(
      all.points.map((p) => p.id),
      [fx.a, fx.d, fx.b],
    );
    assert.equal(all.total, 4);
    assert.equal(all.withoutLocation, 1);
    assert.equal(all.omitted, 0);
    const a = all.points[0]!;
    assert.ok(Math.abs(a.lng - IN_GRID_1.lng) < 1e-9 && Math.abs(a.lat - IN_GRID_1.lat) < 1e-9);
    assert.equal(a.warning, 'red');
    assert.ok(a.categoryName);

    const one = await points('dispatcher', `${WINDOW}&limit=1`);
    assert.deepEqual(
      one.points.map((p) => p.id),
      [fx.a],
    );
    assert.equal(one.omitted, 2);
  });

  it('filters by category, warning, division, status, state and period', async () => {
    const only = async (query: string) =>
      (await points('dispatcher', `${WINDOW}&${query}`)).points.map((p) => p.id);
    assert.deepEqual(await only('category=06011'), [fx.b]);
    assert.deepEqual(await only('category=C06'), [fx.a, fx.d, fx.b], 'a class takes its items');
    assert.deepEqual(await only('warning=red'), [fx.a]);
    assert.deepEqual(await only('division=370102009005'), [fx.b]);
    assert.deepEqual(await only('division=370102009002001'), [fx.a, fx.d]);
    assert.deepEqual(await only('status=pending_acceptance&warning=none'), [fx.d, fx.b]);
    assert.deepEqual(await only('state=finished'), []);
    assert.deepEqual(await only('state=all&warning=none'), [fx.d, fx.b]);
    const from = encodeURIComponent('2026-11-20T12:30:00+08:00');
    assert.deepEqual(
      (await points('dispatcher', `from=${from}`)).points.map((p) => p.id),
      [fx.d],
    );
  });

  it('keeps to the caller’s scope', async () => {
    const mine = await points('gridworker', WINDOW);
    assert.deepEqual(
      mine.points.map((p) => p.id),
      [fx.a, fx.d],
    );
    assert.equal(mine.total, 2);
    const other = await points('cs370102009005-1', WINDOW);
    assert.deepEqual(
      other.points.map((p) => p.id),
      [fx.b],
    );
    const dept = await points('dept', WINDOW);
    assert.deepEqual(dept, { points: [], total: 0, withoutLocation: 0, omitted: 0 });
  });

  it('refuses bad input with a code', async () => {
    for (const query of [
      'state=pending',
      'limit=0',
      'limit=2001',
      'warning=blue',
      'division=3701',
      'q=路灯',
      'sort=number',
    ]) {
      const res = await get('dispatcher', `/api/cases/points?${query}`);
      assert.equal(res.statusCode, 400, query);
      assert.equal(res.json().code, 'VALIDATION_FAILED', query);
    }
    assert.equal((await get('resident', '/api/cases/points')).json().code, 'AUTH_STAFF_ONLY');
    assert.equal((await t.request('GET', '/api/cases/points')).statusCode, 401);
  });
});

describe('batch dispatch', () => {
  const GRID_1 = { kind: 'territory', code: '370102009002001' };
  /** Cases in grid 1 waiting for dispatch, reported the next day so the lists above stay as they were. */
  async function waiting(count: number): Promise<string[]> {
    t.clock.set(new Date('2026-11-23T02:00:00Z'));
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      const id = await patrol('06010', { title: `待派单${i}` });
      await act('community', id, { type: 'accept' });
      out.push(id);
    }
    return out;
  }
  const batch = async (user: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    t.request('POST', '/api/cases/batch-dispatch', { as: await as(user), body, headers });
  const items = async (list: string[]) =>
    Promise.all(list.map(async (id) => ({ id, version: await versionOf(id) })));
  type Result = {
    succeeded: number;
    failed: number;
    results: Array<{
      id: string;
      ok: boolean;
      status?: string;
      version?: number;
      error?: { code: string; message: string };
    }>;
  };

  it('dispatches every case to the same lead and assistants, each as the single action would', async () => {
    const [x, y] = await waiting(2);
    const cgzf = await departmentId('cgzf');
    const res = await batch('dispatcher', {
      items: await items([x!, y!]),
      lead: { kind: 'department', departmentId: cgzf },
      assists: [{ kind: 'department', departmentId: await departmentId('scjg') }],
      note: '集中整治',
    });
    assert.equal(res.statusCode, 200, res.body);
    const body: Result = res.json();
    assert.equal(body.succeeded, 2);
    assert.equal(body.failed, 0);
    for (const [i, id] of [x!, y!].entries()) {
      const r = body.results[i]!;
      assert.deepEqual(r, { id, ok: true, status: 'dispatched', version: await versionOf(id) });
      const d = await detail('dispatcher', id);
      assert.equal(d.status, 'dispatched');
      assert.equal(d.level, 'department');
      assert.deepEqual(
        d.assignments.map((a: { role: string; name: string }) => `${a.role}:${a.name}`).sort(),
        ['assist:市场监管', 'lead:城管执法'],
      );
      assert.equal(d.timeline.at(-1).payload.note, '集中整治');
    }
    const audit = await rows<{ entity_id: string }>(
      t.handle.db,
      sql`SELECT entity_id FROM audit_log WHERE action = 'case.dispatch' AND entity_id IN (${x}, ${y})`,
    );
    assert.equal(audit.length, 2);
  });

  it('fails a case that changed meanwhile or is not waiting for dispatch, alone, with its code', async () => {
    const [x, y, z] = await waiting(3);
    const pending = await patrol('06010', { title: '尚未受理' });
    const stale = { id: y!, version: (await versionOf(y!)) - 1 };
    const res = await batch(
      'community',
      {
        items: [
          { id: x!, version: await versionOf(x!) },
          stale,
          { id: pending, version: 1 },
          { id: z!, version: await versionOf(z!) },
        ],
        lead: GRID_1,
      },
      { 'accept-language': 'en' },
    );
    assert.equal(res.statusCode, 200, res.body);
    const body: Result = res.json();
    assert.equal(body.succeeded, 2);
    assert.equal(body.failed, 2);
    assert.deepEqual(
      body.results.map((r) => [r.id, r.ok, r.error?.code ?? r.status]),
      [
        [x, true, 'dispatched'],
        [y, false, 'CASE_VERSION_CONFLICT'],
        [pending, false, 'CASE_ACTION_NOT_ALLOWED'],
        [z, true, 'dispatched'],
      ],
    );
    assert.match(body.results[1]!.error!.message, /Someone else changed the case/);
    assert.equal((await detail('dispatcher', y!)).status, 'pending_dispatch');
    assert.equal((await detail('dispatcher', pending)).status, 'pending_acceptance');
  });

  it('treats a case out of the caller’s scope as not found, and dispatches the others', async () => {
    const [x] = await waiting(1);
    t.clock.advance(HOUR);
    const elsewhere = await hotline('06010', { title: '他社区', location: otherCommunityPoint });
    await act('dispatcher', elsewhere, { type: 'accept' });
    const res = await batch('community', {
      items: [
        { id: elsewhere, version: await versionOf(elsewhere) },
        { id: x!, version: await versionOf(x!) },
        { id: randomUUID(), version: 1 },
      ],
      lead: GRID_1,
    });
    assert.equal(res.statusCode, 200, res.body);
    const body: Result = res.json();
    assert.deepEqual(
      body.results.map((r) => r.error?.code ?? r.status),
      ['CASE_NOT_FOUND', 'dispatched', 'CASE_NOT_FOUND'],
    );
    assert.equal(body.results[0]!.error!.message, '事件不存在');
    assert.equal((await detail('dispatcher', elsewhere)).status, 'pending_dispatch');
    // A target the single action refuses for this caller fails each case the same way.
    const [w] = await waiting(1);
    const toDept = await batch('community', {
      items: [{ id: w!, version: await versionOf(w!) }],
      lead: { kind: 'department', departmentId: await departmentId('cgzf') },
    });
    assert.equal(toDept.json().results[0].error.code, 'CASE_DISPATCH_TARGET_UNKNOWN');
  });

  it('refuses bad input as a whole, with a code, and writes nothing', async () => {
    const [x, y] = await waiting(2);
    const good = await items([x!, y!]);
    const actionsBefore = await one<{ n: number }>(
      t.handle.db,
      sql`SELECT count(*)::int AS n FROM case_action`,
    );
    const refused: Array<[Record<string, unknown>, number, string]> = [
      [{ items: [], lead: GRID_1 }, 400, 'VALIDATION_FAILED'],
      [
        { items: Array.from({ length: 101 }, () => ({ id: randomUUID(), version: 1 })), lead: GRID_1 },
        400,
        'VALIDATION_FAILED',
      ],
      [{ items: [good[0], good[1], good[0]], lead: GRID_1 }, 400, 'CASE_BATCH_DUPLICATE'],
      [
        { items: good, lead: { kind: 'department', departmentId: randomUUID() } },
        400,
        'CASE_DISPATCH_TARGET_UNKNOWN',
      ],
      [
        { items: good, lead: GRID_1, assists: [{ kind: 'department', departmentId: randomUUID() }] },
        400,
        'CASE_DISPATCH_TARGET_UNKNOWN',
      ],
      [
        { items: good, lead: { kind: 'territory', code: '370102009099' } },
        400,
        'CASE_DISPATCH_TARGET_UNKNOWN',
      ],
      [{ items: good, lead: GRID_1, assists: [GRID_1] }, 400, 'CASE_DISPATCH_TARGET_UNKNOWN'],
      [{ items: good }, 400, 'VALIDATION_FAILED'],
      [{ items: good, lead: GRID_1, level: 'grid' }, 400, 'VALIDATION_FAILED'],
      [{ items: [{ id: 'not-a-uuid', version: 1 }], lead: GRID_1 }, 400, 'VALIDATION_FAILED'],
      [{ items: [{ id: x, version: 0 }], lead: GRID_1 }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [body, status, code] of refused) {
      const res = await batch('dispatcher', body);
      assert.equal(res.statusCode, status, JSON.stringify(body).slice(0, 200));
      assert.equal(res.json().code, code, JSON.stringify(body).slice(0, 200));
    }
    assert.equal((await batch('resident', { items: good, lead: GRID_1 })).json().code, 'AUTH_STAFF_ONLY');
    const noCsrf = await t.request('POST', '/api/cases/batch-dispatch', {
      as: await as('dispatcher'),
      csrf: false,
      body: { items: good, lead: GRID_1 },
    });
    assert.equal(noCsrf.statusCode, 403);
    const actionsAfter = await one<{ n: number }>(
      t.handle.db,
      sql`SELECT count(*)::int AS n FROM case_action`,
    );
    assert.equal(actionsAfter!.n, actionsBefore!.n, 'no action written');
    assert.deepEqual(await items([x!, y!]), good, 'no case changed');
  });
});

describe('the export’s limit', () => {
  it('refuses more than 10,000 cases with a code instead of cutting the file short', async () => {
    // 10,001 copies of a case, reported on a day of their own so the other tests never see them.
    await rows(
      t.handle.db,
      sql`INSERT INTO case_record (number, district_code, title, description, category_code, channel, path,
                                   status, level, stage, stage_started_at, stage_clock, reported_at)
          SELECT '370102-20270105-' || lpad(g::text, 5, '0'), district_code, title, description, category_code,
                 channel, path, status, level, stage, stage_started_at, stage_clock,
                 '2027-01-05T02:00:00Z'::timestamptz + g * interval '1 second'
          FROM case_record, generate_series(1, 10001) g WHERE id = ${fx.a}`,
    );
    const day = `from=${encodeURIComponent('2027-01-05T00:00:00+08:00')}&to=${encodeURIComponent('2027-01-06T00:00:00+08:00')}`;
    const res = await get('dispatcher', `/api/cases/export.xlsx?${day}`);
    assert.equal(res.statusCode, 422, res.body.slice(0, 200));
    const error = res.json();
    assert.equal(error.code, 'CASE_EXPORT_TOO_LARGE');
    assert.deepEqual(error.details, { total: 10001, limit: 10000 });
    assert.match(error.message, /10001.*10000/);
    const fewer = await get(
      'dispatcher',
      `/api/cases/export.xlsx?${day}&q=${encodeURIComponent('370102-20270105-00042')}`,
    );
    assert.equal(fewer.statusCode, 200);
    assert.equal((await workbook(fewer.rawPayload)).rows.length, 1);
  });
});
