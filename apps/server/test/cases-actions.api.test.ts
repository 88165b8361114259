import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { caseHelpers } from './case-helpers.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { uploadPhoto } from './multipart.ts';

/** The loop's other paths: verification, gaps, clocks, extensions, returns, escalation, rework, review, merge. */
let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());
const { as, detail, act } = caseHelpers(() => t);

const IN_GRID_1 = { lng: 117.0413, lat: 36.6725 };
let n = 0;
async function report(user: string, body: Record<string, unknown> = {}) {
  const res = await t.request('POST', '/api/cases', {
    as: await as(user),
    body: {
      idempotencyKey: `actions-${++n}-key`,
      channel: 'patrol',
      categoryCode: '06010', // 暴露垃圾: handled inside the grid (a 路面 case would go to a department)
      title: '路面破损',
      description: '人行道地砖破损',
      location: IN_GRID_1,
      ...body,
    },
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json().id as string;
}
async function dispatchedToGrid(): Promise<string> {
  const id = await report('gridworker');
  await act('community', id, { type: 'accept' });
  await act('community', id, { type: 'dispatch', lead: { kind: 'territory', code: '370102009002001' } });
  await act('gridworker', id, { type: 'claim' });
  return id;
}

describe('public reports', () => {
  it('a resident’s report is verified on site before it is accepted, and only its reporter sees it among residents', async () => {
    const id = await report('resident', {
      channel: 'resident',
      title: '小区路灯不亮',
      description: '3号楼前路灯不亮一周了',
    });
    const mine = await detail('resident', id);
    assert.equal(mine.status, 'pending_verification');
    assert.equal((await t.request('GET', `/api/cases/${id}`, { as: await as('member') })).statusCode, 404);
    const inbox = (
      await t.request('GET', '/api/cases?task=to_verify', { as: await as('gridworker') })
    ).json();
    assert.ok(inbox.items.some((c: { id: string }) => c.id === id));
    assert.equal(
      (await act('gridworker', id, { type: 'verify_report', exists: true })).status,
      'pending_acceptance',
    );
    const other = await report('resident', {
      channel: 'resident',
      title: '不存在的问题',
      description: '测试',
    });
    assert.equal(
      (await act('gridworker', other, { type: 'verify_report', exists: false, note: '现场无此情况' })).status,
      'rejected',
    );
    const list = (await t.request('GET', '/api/cases?task=mine', { as: await as('resident') })).json();
    assert.equal(list.total, 2);
  });
});

describe('a report in a coverage gap', () => {
  it('goes to the subdistrict’s queue, flagged as outside every grid', async () => {
    // Remove a grid of 甸柳新村第五社区 to open a gap (its community boundary still covers the point).
    const [g] = await rows<{ x: number; y: number; code: string }>(
      t.handle.db,
      sql`SELECT ST_X(ST_PointOnSurface(boundary)) AS x, ST_Y(ST_PointOnSurface(boundary)) AS y, code FROM grid WHERE code = '370102009005003'`,
    );
    await t.handle.db.execute(sql`DELETE FROM grid WHERE code = ${g!.code}`);
    const id = await report('hotline', {
      channel: 'hotline',
      externalRef: 'GD-GAP-1',
      location: { lng: g!.x, lat: g!.y },
    });
    const d = await detail('dispatcher', id);
    assert.equal(d.outsideGrid, true);
    assert.equal(d.gridCode, null);
    assert.equal(d.level, 'subdistrict');
    assert.equal(d.subdistrictCode, '370102009');
    const queue = (
      await t.request('GET', '/api/cases?task=to_accept', { as: await as('dispatcher') })
    ).json();
    assert.ok(queue.items.some((c: { id: string; outsideGrid: boolean }) => c.id === id && c.outsideGrid));
    assert.equal((await t.request('GET', `/api/cases/${id}`, { as: await as('community') })).statusCode, 404);
  });
});

describe('clocks', () => {
  it('suspending stops the clock: the deadline moves by the time it stood still', async () => {
    const id = await dispatchedToGrid();
    const before = new Date((await detail('gridworker', id)).stageDeadline).getTime();
    await act('gridworker', id, { type: 'suspend', reason: '等待居民在家开门' });
    assert.equal((await detail('gridworker', id)).suspended, true);
    const dup = await t.request('POST', `/api/cases/${id}/actions`, {
      as: await as('gridworker'),
      body: { version: (await detail('gridworker', id)).version, type: 'suspend', reason: '再次' },
    });
    assert.equal(dup.json().code, 'CASE_ALREADY_SUSPENDED');
    t.clock.advance(2 * 3_600_000); // Friday 12:00 → 14:00 China time: working-day time
    await act('gridworker', id, { type: 'resume' });
    const after = new Date((await detail('gridworker', id)).stageDeadline).getTime();
    assert.equal(after - before, 2 * 3_600_000);
  });

  it('an approved extension moves the deadline; a refused one does not', async () => {
    const id = await dispatchedToGrid();
    const first = new Date((await detail('gridworker', id)).stageDeadline);
    await act('gridworker', id, {
      type: 'request_extension',
      extra: { amount: 2, unit: 'working_days' },
      reason: '需购买材料',
    });
    const pending = await detail('community', id);
    assert.deepEqual(pending.pendingExtension.extra, { amount: 2, unit: 'working_days' });
    const again = await t.request('POST', `/api/cases/${id}/actions`, {
      as: await as('gridworker'),
      body: {
        version: pending.version,
        type: 'request_extension',
        extra: { amount: 1, unit: 'working_days' },
        reason: 'x',
      },
    });
    assert.equal(again.json().code, 'CASE_EXTENSION_PENDING');
    await act('community', id, { type: 'decide_extension', approve: true });
    const extended = new Date((await detail('gridworker', id)).stageDeadline);
    // 1 working day from Friday becomes 3: Monday → Wednesday, the weekend skipped.
    assert.equal(extended.getTime() - first.getTime(), 2 * 86_400_000);
    await act('gridworker', id, {
      type: 'request_extension',
      extra: { amount: 1, unit: 'working_days' },
      reason: '再延',
    });
    await act('community', id, { type: 'decide_extension', approve: false, note: '不批准' });
    assert.equal(new Date((await detail('gridworker', id)).stageDeadline).getTime(), extended.getTime());
    const badUnit = await t.request('POST', `/api/cases/${id}/actions`, {
      as: await as('gridworker'),
      body: {
        version: (await detail('gridworker', id)).version,
        type: 'request_extension',
        extra: { amount: 5, unit: 'urgent_hours' },
        reason: 'x',
      },
    });
    assert.equal(badUnit.json().code, 'CASE_EXTENSION_UNIT');
  });
});

describe('returns, escalation and rework', () => {
  it('a wrong dispatch is returned with a reason and dispatched again', async () => {
    const id = await dispatchedToGrid();
    assert.equal(
      (await act('gridworker', id, { type: 'return', reason: '非本网格职责' })).status,
      'pending_dispatch',
    );
    const d = await detail('community', id);
    assert.equal(d.returnCount, 1);
    assert.equal(d.assignments.find((a: { role: string }) => a.role === 'lead').state, 'returned');
    await act('community', id, { type: 'dispatch', lead: { kind: 'territory', code: '370102009002' } });
    assert.equal((await detail('community', id)).level, 'community');
  });

  it('a grid worker escalates to the community, the community to the subdistrict, which blows the whistle', async () => {
    const id = await dispatchedToGrid();
    assert.equal(
      (await act('gridworker', id, { type: 'escalate', reason: '需社区协调' })).status,
      'pending_dispatch',
    );
    assert.equal((await detail('community', id)).level, 'community');
    assert.equal(
      (await act('community', id, { type: 'escalate', reason: '需街道协调' })).status,
      'pending_dispatch',
    );
    assert.equal((await detail('dispatcher', id)).level, 'subdistrict');
    await act('dispatcher', id, { type: 'escalate', reason: '吹哨' });
    const d = await detail('dispatcher', id);
    assert.equal(d.level, 'department');
    assert.equal(d.escalationCount, 3);
    const top = await t.request('POST', `/api/cases/${id}/actions`, {
      as: await as('dispatcher'),
      body: { version: d.version, type: 'escalate', reason: '再上报' },
    });
    assert.equal(top.json().code, 'CASE_TOP_LEVEL');
  });

  it('a failed check is reworked, counted, and a second dissatisfied rating goes to review', async () => {
    const id = await report('resident', {
      channel: 'resident',
      title: '垃圾桶满溢',
      description: '垃圾桶满了没人清',
    });
    await act('gridworker', id, { type: 'verify_report', exists: true });
    await act('community', id, { type: 'accept' });
    await act('community', id, { type: 'dispatch', lead: { kind: 'territory', code: '370102009002001' } });
    await act('gridworker', id, { type: 'claim' });
    await act('gridworker', id, { type: 'feedback', result: '已清运' });
    assert.equal(
      (await act('community', id, { type: 'check', pass: false, note: '仍有垃圾' })).status,
      'in_progress',
    );
    assert.equal((await detail('community', id)).reworkCount, 1);
    await act('gridworker', id, { type: 'feedback', result: '再次清运' });
    await act('gridworker', id, { type: 'check', pass: true });
    assert.equal(
      (await act('resident', id, { type: 'evaluate', rating: 'dissatisfied' })).status,
      'in_progress',
    );
    await act('gridworker', id, { type: 'feedback', result: '增加清运频次' });
    await act('gridworker', id, { type: 'check', pass: true });
    assert.equal(
      (await act('resident', id, { type: 'evaluate', rating: 'dissatisfied' })).status,
      'under_review',
    );
    const stranger = await t.request('POST', `/api/cases/${id}/actions`, {
      as: await as('member'),
      body: { version: (await detail('resident', id)).version, type: 'evaluate', rating: 'satisfied' },
    });
    assert.equal(stranger.statusCode, 404);
    assert.equal(
      (await act('leader', id, { type: 'review', decision: 'close', note: '已尽力处置' })).status,
      'pending_followup',
    );
    await act('dispatcher', id, { type: 'close' });
    const end = await detail('resident', id);
    assert.equal(end.status, 'closed');
    assert.equal(end.reopenCount, 1);
    assert.equal(end.reworkCount, 1);
  });

  it('a duplicate is merged into its master and follows it', async () => {
    const master = await report('gridworker', { title: '占道经营', description: '市场东门占道' });
    const dup = await report('hotline', {
      channel: 'hotline',
      externalRef: 'GD-DUP-1',
      title: '占道经营',
      description: '同上',
    });
    const masterNumber = (await detail('dispatcher', master)).number;
    assert.equal((await act('dispatcher', dup, { type: 'merge', masterNumber })).status, 'merged');
    assert.equal((await detail('dispatcher', dup)).masterNumber, masterNumber);
    // A duplicate follows its master: closing the master tells the duplicate's reporter too.
    await act('community', master, { type: 'accept' });
    await act('community', master, {
      type: 'dispatch',
      lead: { kind: 'territory', code: '370102009002001' },
    });
    await act('gridworker', master, { type: 'claim' });
    await act('gridworker', master, { type: 'feedback', result: '已清理' });
    await act('gridworker', master, { type: 'check', pass: true });
    await act('community', master, { type: 'close' });
    const told = await rows<{ username: string }>(
      t.handle.db,
      sql`SELECT u.username FROM notification_outbox o JOIN app_user u ON u.id = o.recipient_id
          WHERE o.kind = 'case.closed' AND o.payload->>'caseId' = ${master} ORDER BY u.username`,
    );
    assert.deepEqual(
      told.map((x) => x.username),
      ['gridworker', 'hotline'],
    );
    const self = await report('hotline', {
      channel: 'hotline',
      externalRef: 'GD-DUP-2',
      title: 'x',
      description: 'x',
    });
    const res = await t.request('POST', `/api/cases/${self}/actions`, {
      as: await as('dispatcher'),
      body: { version: 1, type: 'merge', masterNumber: (await detail('dispatcher', self)).number },
    });
    assert.equal(res.json().code, 'CASE_MERGE_TARGET_INVALID');
  });
});

describe('on-the-spot resolution', () => {
  it('a grid worker reports, handles and closes in one step with photos, in their own grid only', async () => {
    const worker = await as('gridworker');
    const before = await uploadPhoto(t, worker);
    const afterPhoto = await uploadPhoto(t, worker);
    const res = await t.request('POST', '/api/cases/resolve-on-spot', {
      as: worker,
      body: {
        idempotencyKey: 'on-the-spot-0001',
        title: '共享单车乱停放',
        description: '单元门口共享单车堵塞通道',
        location: IN_GRID_1,
        result: '已摆放整齐',
        beforePhotos: [before],
        afterPhotos: [afterPhoto],
      },
    });
    assert.equal(res.statusCode, 201, res.body);
    const d = await detail('gridworker', res.json().id);
    assert.equal(d.status, 'closed');
    assert.equal(d.closedOnTime, true);
    assert.deepEqual(d.attachments.map((a: { purpose: string }) => a.purpose).sort(), ['after', 'before']);
    const photo = await t.request('GET', `/api/files/${before}`, { as: await as('community') });
    assert.equal(photo.statusCode, 200, 'community staff see the photos of cases in their community');
    const [other] = await rows<{ x: number; y: number }>(
      t.handle.db,
      sql`SELECT ST_X(ST_PointOnSurface(boundary)) AS x, ST_Y(ST_PointOnSurface(boundary)) AS y FROM grid WHERE code = '370102009005001'`,
    );
    const elsewhere = await t.request('POST', '/api/cases/resolve-on-spot', {
      as: worker,
      body: {
        idempotencyKey: 'on-the-spot-0002',
        title: 'x',
        description: 'x',
        location: { lng: other!.x, lat: other!.y },
        result: 'x',
        beforePhotos: [before],
        afterPhotos: [afterPhoto],
      },
    });
    assert.equal(elsewhere.statusCode, 403);
    assert.equal(elsewhere.json().code, 'CASE_ACTION_FORBIDDEN');
  });
});
