import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { deliverOutbox, inAppSender, logSender, webhookSender } from '../src/modules/notify/index.ts';
import { runLoopsOnce } from '../src/worker/loops.ts';
import { caseHelpers } from './case-helpers.ts';
import { createTestApp, type TestApp } from './harness.ts';

/** The worker's loops: warnings (黄牌/红牌 督办), automatic escalation, notification delivery. */
let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());
const { as, detail, act } = caseHelpers(() => t);

const IN_GRID_1 = { lng: 117.0413, lat: 36.6725 };
const quiet = { info: () => {}, error: (obj: object) => assert.fail(JSON.stringify(obj)) };
let n = 0;
/** A 暴露垃圾 case (grid level, 1 working day to handle) claimed by the grid worker on Friday 10:00. */
async function claimedCase(): Promise<string> {
  const res = await t.request('POST', '/api/cases', {
    as: await as('gridworker'),
    body: {
      idempotencyKey: `sweep-${++n}-key`,
      channel: 'patrol',
      categoryCode: '06010',
      title: '暴露垃圾',
      description: '绿化带内暴露垃圾',
      location: IN_GRID_1,
    },
  });
  const id = res.json().id;
  await act('community', id, { type: 'accept' });
  await act('community', id, { type: 'dispatch', lead: { kind: 'territory', code: '370102009002001' } });
  await act('gridworker', id, { type: 'claim' });
  return id;
}

describe('warnings and escalation', () => {
  it('turns yellow at 80 % of the limit and red when overdue, on the timeline and in the handler’s notifications', async () => {
    t.clock.set(new Date('2026-11-20T02:00:00Z')); // Friday 10:00 China time
    const id = await claimedCase();
    assert.equal((await detail('gridworker', id)).stageDeadline, '2026-11-23T02:00:00.000Z'); // Monday 10:00
    t.clock.set(new Date('2026-11-22T20:00:00Z')); // Monday 04:00: 0.75 of a working day used
    await runLoopsOnce(t.deps, quiet);
    const early = await detail('gridworker', id);
    assert.equal(early.warning, 'none');
    // The weekend does not count: Friday 10:00–24:00 and Monday 00:00–04:00 of one working day.
    const hour = 3_600_000;
    assert.deepEqual(early.stageTime, {
      limit: { amount: 1, unit: 'working_days' },
      limitMs: 24 * hour,
      usedMs: 18 * hour,
    });
    t.clock.set(new Date('2026-11-22T22:00:00Z')); // Monday 06:00: 0.83 used
    const pass = await runLoopsOnce(t.deps, quiet);
    assert.ok(pass.warnings.yellow >= 1);
    const yellow = await detail('gridworker', id);
    assert.equal(yellow.warning, 'yellow');
    assert.deepEqual(yellow.timeline.at(-1).payload, { warning: 'yellow' });
    const inbox = (
      await t.request('GET', '/api/notifications?unread=true', { as: await as('gridworker') })
    ).json();
    assert.ok(
      inbox.items.some(
        (x: { title: string; caseId: string }) => x.caseId === id && x.title.startsWith('黄牌督办'),
      ),
    );
    const warned = (await t.request('GET', '/api/cases?task=warned', { as: await as('community') })).json();
    assert.ok(warned.items.some((c: { id: string }) => c.id === id));
  });

  it('escalates an overdue case one level up on its own, unless its category says not to', async () => {
    t.clock.set(new Date('2026-11-20T02:00:00Z'));
    const id = await claimedCase();
    const stays = await claimedCase();
    await t.handle.db.execute(sql`UPDATE case_category SET auto_escalate = false WHERE code = '06010'`);
    await t.handle.db.execute(sql`UPDATE case_record SET category_code = '06001' WHERE id = ${id}`); // 私搭乱建 escalates
    t.clock.set(new Date('2026-11-23T03:00:00Z')); // Monday 11:00: overdue
    const pass = await runLoopsOnce(t.deps, quiet);
    assert.ok(pass.escalated >= 1);
    const up = await detail('community', id);
    assert.equal(up.level, 'community');
    assert.equal(up.status, 'pending_dispatch');
    assert.equal(up.warning, 'none', 'a new stage, a new clock');
    assert.equal(up.timeline.at(-1).type, 'auto_escalate');
    assert.equal(up.timeline.at(-1).actorName, '系统');
    const kept = await detail('community', stays);
    assert.equal(kept.level, 'grid');
    assert.equal(kept.warning, 'red');
    const overdue = (await t.request('GET', '/api/cases?task=overdue', { as: await as('community') })).json();
    assert.ok(overdue.items.some((c: { id: string }) => c.id === stays));
    await t.handle.db.execute(sql`UPDATE case_category SET auto_escalate = true WHERE code = '06010'`);
  });
});

describe('notification delivery', () => {
  it('delivers in-app notifications and lets the recipient mark them read, no one else', async () => {
    await runLoopsOnce(t.deps, quiet);
    const list = (await t.request('GET', '/api/notifications', { as: await as('community') })).json();
    assert.ok(list.items.length > 0);
    const first = list.items[0];
    assert.equal(
      (await t.request('POST', `/api/notifications/${first.id}/read`, { as: await as('gridworker') }))
        .statusCode,
      404,
    );
    assert.equal(
      (await t.request('POST', `/api/notifications/${first.id}/read`, { as: await as('community') }))
        .statusCode,
      204,
    );
    const after = (await t.request('GET', '/api/notifications', { as: await as('community') })).json();
    assert.equal(after.unread, list.unread - 1);
    const [pending] = await rows<{ n: number }>(
      t.handle.db,
      sql`SELECT count(*)::int AS n FROM notification_outbox WHERE status = 'pending' AND next_attempt_at <= ${t.clock.now()}`,
    );
    assert.equal(pending!.n, 0);
  });

  it('sends SMS through the gateway’s webhook, retrying with backoff when it fails', async () => {
    const received: unknown[] = [];
    let fail = true;
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => {
        body += d;
      });
      req.on('end', () => {
        received.push(JSON.parse(body));
        res.statusCode = fail ? 503 : 200;
        res.end();
      });
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
    try {
      const [user] = await rows<{ id: string }>(
        t.handle.db,
        sql`SELECT id FROM app_user WHERE username = 'resident'`,
      );
      const now = t.clock.now();
      await t.handle.db.execute(
        sql`INSERT INTO notification_outbox (created_at, recipient_id, channel, kind, payload, next_attempt_at)
            VALUES (${now}, ${user!.id}, 'sms', 'case.closed', ${JSON.stringify({ title: '已办结', body: '370102-20261120-00001' })}::jsonb, ${now})`,
      );
      const senders = { in_app: inAppSender, sms: webhookSender(url), wechat: logSender(() => {}) };
      assert.deepEqual(await deliverOutbox(t.handle.db, senders, now), { sent: 0, failed: 1 });
      const [retry] = await rows<{ attempts: number; next: Date; status: string }>(
        t.handle.db,
        sql`SELECT attempts, next_attempt_at AS next, status FROM notification_outbox WHERE channel = 'sms'`,
      );
      assert.equal(retry!.status, 'pending');
      assert.equal(new Date(retry!.next).getTime() - now.getTime(), 60_000);
      fail = false;
      assert.deepEqual(await deliverOutbox(t.handle.db, senders, new Date(now.getTime() + 61_000)), {
        sent: 1,
        failed: 0,
      });
      assert.equal(received.length, 2);
      assert.equal((received[1] as { title: string }).title, '已办结');
    } finally {
      server.close();
    }
  });
});
