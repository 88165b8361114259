import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { caseHelpers } from './case-helpers.ts';
import { createTestApp, type TestApp } from './harness.ts';

/** Whole loops through the API, as the people in them would take them. */
let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());
const { as, detail, act } = caseHelpers(() => t);

// Inside 甸柳新村第一社区第1网格 (370102009002001), the gridworker login's grid.
const IN_GRID_1 = { lng: 117.0413, lat: 36.6725 };
let keyNo = 0;
const key = () => `test-key-${++keyNo}-${Date.now()}`;

async function report(user: string, body: Record<string, unknown>) {
  return t.request('POST', '/api/cases', { as: await as(user), body: { idempotencyKey: key(), ...body } });
}
const departmentId = async (code: string) => {
  const [d] = await rows<{ id: string }>(t.handle.db, sql`SELECT id FROM department WHERE code = ${code}`);
  return d!.id;
};

describe('the grid-level loop', () => {
  let id: string;
  it('a grid worker’s patrol report lands in their grid, waiting for the community to accept it', async () => {
    const res = await report('gridworker', {
      channel: 'patrol',
      title: '楼道堆放杂物',
      description: '3号楼2单元楼道堆放纸箱，影响通行',
      location: IN_GRID_1,
    });
    assert.equal(res.statusCode, 201, res.body);
    const created = res.json();
    id = created.id;
    assert.match(created.number, /^370102-20261120-\d{5}$/);
    assert.equal(created.status, 'pending_acceptance');
    const d = await detail('community', id);
    assert.equal(d.gridCode, '370102009002001');
    assert.equal(d.microGridCode.slice(0, 15), '370102009002001');
    assert.equal(d.level, 'grid');
    assert.equal(d.stage, 'accept');
    assert.ok(d.stageDeadline);
    assert.deepEqual(d.allowedActions.sort(), ['accept', 'escalate', 'merge', 'reject'].sort());
    const inbox = (await t.request('GET', '/api/cases?task=to_accept', { as: await as('community') })).json();
    assert.ok(inbox.items.some((c: { id: string }) => c.id === id));
  });

  it('is accepted and dispatched to the grid, claimed, fed back, checked and closed', async () => {
    assert.equal((await act('community', id, { type: 'accept' })).status, 'pending_dispatch');
    assert.equal(
      (await act('community', id, { type: 'dispatch', lead: { kind: 'territory', code: '370102009002001' } }))
        .status,
      'dispatched',
    );
    const todo = (await t.request('GET', '/api/cases?task=to_handle', { as: await as('gridworker') })).json();
    assert.ok(
      todo.items.some((c: { id: string }) => c.id === id),
      'in the grid worker’s inbox',
    );
    assert.equal((await act('gridworker', id, { type: 'claim' })).status, 'in_progress');
    // Only what makes sense now: claimed, so no second claim; running, so no resume; nothing to decide.
    assert.deepEqual((await detail('gridworker', id)).allowedActions.sort(), [
      'escalate',
      'feedback',
      'request_extension',
      'return',
      'suspend',
    ]);
    assert.equal(
      (await act('gridworker', id, { type: 'feedback', result: '已清理楼道杂物' })).status,
      'pending_check',
    );
    assert.equal((await act('gridworker', id, { type: 'check', pass: true })).status, 'pending_evaluation');
    assert.equal((await act('community', id, { type: 'close', note: '巡查发现，已办结' })).status, 'closed');
    const d = await detail('community', id);
    assert.deepEqual(
      d.timeline.map((x: { type: string }) => x.type),
      ['report', 'accept', 'dispatch', 'claim', 'feedback', 'check', 'close'],
    );
    assert.equal(d.closedOnTime, true);
    assert.equal(d.stage, 'none');
    assert.equal(d.dueAt !== null, true);
  });

  it('notified the dispatcher and the grid, through the outbox', async () => {
    const kinds = await rows<{ kind: string }>(
      t.handle.db,
      sql`SELECT DISTINCT kind FROM notification_outbox WHERE payload->>'caseId' = ${id} ORDER BY kind`,
    );
    assert.deepEqual(
      kinds.map((k) => k.kind),
      ['case.closed', 'case.dispatched', 'case.reported', 'case.to_check'],
    );
  });
});

describe('whistle to several departments (街道吹哨、部门报到)', () => {
  let id: string;
  it('a 12345 order outside any grid worker’s reach goes to the command centre, which blows the whistle', async () => {
    const res = await report('hotline', {
      channel: 'hotline',
      externalRef: 'GD20261120-0001',
      appealNature: 'complaint',
      title: '农贸市场周边占道经营、油烟扰民',
      description: '市民来电：市场东门占道经营，烧烤油烟扰民，多次反映未解决',
      location: IN_GRID_1,
      reporterName: '王女士',
      reporterPhone: '13812345678',
    });
    assert.equal(res.statusCode, 201, res.body);
    id = res.json().id;
    await act('dispatcher', id, { type: 'accept', level: 'department' });
    const res2 = await act('dispatcher', id, {
      type: 'dispatch',
      lead: { kind: 'department', departmentId: await departmentId('cgzf') },
      assists: [
        { kind: 'department', departmentId: await departmentId('scjg') },
        { kind: 'department', departmentId: await departmentId('sthj') },
      ],
    });
    assert.equal(res2.status, 'dispatched');
    const d = await detail('dispatcher', id);
    assert.equal(d.level, 'department');
    assert.equal(d.reporterPhone, '138****5678');
    // The lead first, then the assistants.
    const named = d.assignments.map((a: { role: string; name: string }) => `${a.role}:${a.name}`);
    assert.equal(named[0], 'lead:城管执法');
    assert.deepEqual(named.slice(1).sort(), ['assist:市场监管', 'assist:生态环境']);
    // Departments are the top level: nobody is offered an escalation that could only fail.
    assert.ok(!d.allowedActions.includes('escalate'), d.allowedActions.join());
    // 5 working days for the whistle (seed 000_…): Friday 2026-11-20 10:00 → Friday 2026-11-27 10:00.
    assert.equal(d.stageDeadline, '2026-11-27T02:00:00.000Z');
  });

  it('every department sees it at once; assistants report their part, the lead feeds back', async () => {
    for (const user of ['dept', 'dh-scjg-1', 'dh-sthj-1']) {
      const inbox = (await t.request('GET', '/api/cases?task=to_handle', { as: await as(user) })).json();
      assert.ok(
        inbox.items.some((c: { id: string }) => c.id === id),
        user,
      );
    }
    assert.equal(
      (await act('dh-scjg-1', id, { type: 'claim' })).status,
      'dispatched',
      'an assistant’s claim',
    );
    assert.equal((await act('dept', id, { type: 'claim' })).status, 'in_progress', 'the lead’s claim');
    assert.equal(
      (await act('dh-scjg-1', id, { type: 'feedback', result: '已约谈摊主' })).status,
      'in_progress',
    );
    assert.equal(
      (await act('dept', id, { type: 'feedback', result: '已取缔占道摊点' })).status,
      'pending_check',
    );
  });

  it('the resident is dissatisfied once: reopened to the lead; then satisfied, followed up and closed', async () => {
    await act('gridworker', id, { type: 'check', pass: true });
    assert.equal(
      (await act('hotline', id, { type: 'evaluate', rating: 'dissatisfied', comment: '油烟还在' })).status,
      'in_progress',
    );
    const d = await detail('dept', id);
    assert.equal(d.reopenCount, 1);
    assert.equal(
      (await act('dept', id, { type: 'feedback', result: '安装油烟净化器' })).status,
      'pending_check',
    );
    await act('gridworker', id, { type: 'check', pass: true });
    assert.equal(
      (await act('hotline', id, { type: 'evaluate', rating: 'satisfied' })).status,
      'pending_followup',
    );
    await act('hotline', id, { type: 'followup', reached: true, note: '回访满意' });
    assert.equal((await act('hotline', id, { type: 'close' })).status, 'closed');
    const end = await detail('dispatcher', id);
    assert.equal(end.evaluation, 'satisfied');
    assert.equal(end.timeline.at(-1).type, 'close');
    // 生态环境 never claimed its part: closing withdraws it, so it leaves that department's inbox.
    assert.deepEqual(
      end.assignments.map((a: { name: string; state: string }) => `${a.name}:${a.state}`).sort(),
      ['城管执法:done', '市场监管:done', '生态环境:withdrawn'],
    );
    const inbox = (await t.request('GET', '/api/cases?task=to_handle', { as: await as('dh-sthj-1') })).json();
    assert.ok(!inbox.items.some((c: { id: string }) => c.id === id));
  });

  it('the same 12345 order number is one case, whatever the idempotency key', async () => {
    const again = await report('hotline', {
      channel: 'hotline',
      externalRef: 'GD20261120-0001',
      title: '重复来电',
      description: '同一工单',
      location: IN_GRID_1,
    });
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().id, id);
    assert.equal(again.json().created, false);
  });
});

describe('the subdistrict-level loop', () => {
  it('the command centre takes a case itself, handles it and closes it after the callback', async () => {
    const res = await report('hotline', {
      channel: 'hotline',
      externalRef: 'GD20261120-0002',
      appealNature: 'request',
      title: '小区停车难',
      description: '居民反映小区周边夜间停车位不足，需要街道协调共享车位',
      location: IN_GRID_1,
    });
    const id = res.json().id;
    await act('dispatcher', id, { type: 'accept', level: 'subdistrict' });
    await act('dispatcher', id, { type: 'dispatch', lead: { kind: 'territory', code: '370102009' } });
    const d = await detail('dispatcher', id);
    assert.equal(d.level, 'subdistrict');
    // 3 working days with the subdistrict (seed 000_…): Friday 10:00 → Wednesday 10:00.
    assert.equal(d.stageDeadline, '2026-11-25T02:00:00.000Z');
    assert.equal((await act('dispatcher', id, { type: 'claim' })).status, 'in_progress');
    assert.equal(
      (await act('dispatcher', id, { type: 'feedback', result: '协调驻区单位夜间开放车位 60 个' })).status,
      'pending_check',
    );
    assert.equal((await act('gridworker', id, { type: 'check', pass: true })).status, 'pending_evaluation');
    assert.equal(
      (await act('hotline', id, { type: 'evaluate', rating: 'basically_satisfied' })).status,
      'pending_followup',
    );
    await act('hotline', id, { type: 'followup', reached: true, note: '电话回访，基本满意' });
    assert.equal((await act('hotline', id, { type: 'close' })).status, 'closed');
  });
});

describe('classification at intake', () => {
  it('classifies a report without a category by its words', async () => {
    const res = await report('gridworker', {
      channel: 'patrol',
      title: '路灯不亮',
      description: '文化东路人行道路灯不亮',
      location: IN_GRID_1,
    });
    assert.equal(res.statusCode, 201, res.body);
    const d = await detail('gridworker', res.json().id);
    assert.match(d.categoryName, /路灯/);
    assert.equal(d.timeline[0].payload.classifiedBy, 'keywords');
  });

  it('learns new keywords as soon as an administrator adds them', async () => {
    const patch = await t.request('PATCH', '/api/taxonomy/categories/06010', {
      as: await as('admin'),
      body: { keywords: ['暴露垃圾', '垃圾', '建筑渣土堆'] },
    });
    assert.equal(patch.statusCode, 200, patch.body);
    const res = await report('gridworker', {
      channel: 'patrol',
      title: '建筑渣土堆',
      description: '小区门口有一处建筑渣土堆',
      location: IN_GRID_1,
    });
    assert.equal((await detail('gridworker', res.json().id)).categoryCode, '06010');
  });
});

describe('a grid chosen by hand at intake', () => {
  const call = (extra: Record<string, unknown>) =>
    report('hotline', {
      channel: 'hotline',
      externalRef: `GD-GRID-${++keyNo}`,
      title: '小区东门路灯不亮',
      description: '来电人说不清具体位置，只知道在第1网格',
      ...extra,
    });
  const count = async () =>
    (await rows<{ n: number }>(t.handle.db, sql`SELECT count(*)::int AS n FROM case_record`))[0]!.n;

  it('places a call with no point in the grid the operator picked', async () => {
    const res = await call({ gridCode: '370102009002001' });
    assert.equal(res.statusCode, 201, res.body);
    const d = await detail('gridworker', res.json().id);
    assert.equal(d.gridCode, '370102009002001');
    assert.equal(d.outsideGrid, false);
    assert.equal(d.location, null);
    const inbox = (await t.request('GET', '/api/cases', { as: await as('gridworker') })).json();
    assert.ok(
      inbox.items.some((c: { id: string }) => c.id === d.id),
      'the grid’s worker sees it',
    );
  });

  it('refuses a point and a grid together, and an unknown grid, writing nothing', async () => {
    const before = await count();
    const both = await call({ gridCode: '370102009002001', location: IN_GRID_1 });
    assert.equal(both.statusCode, 400);
    assert.equal(both.json().code, 'CASE_LOCATION_TWICE');
    const unknown = await call({ gridCode: '370102009099999' });
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().code, 'CASE_GRID_UNKNOWN');
    const malformed = await call({ gridCode: '3701' });
    assert.equal(malformed.statusCode, 400);
    assert.equal(malformed.json().code, 'VALIDATION_FAILED');
    assert.equal(await count(), before);
  });
});
