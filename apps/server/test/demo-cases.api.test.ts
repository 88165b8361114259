import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { type DemoCasesResult, seedDemoCases } from '../src/demo/seed-demo-cases.ts';
import { autoEscalate } from '../src/modules/cases/auto-escalate.ts';
import { sweepWarnings } from '../src/modules/cases/sweep-warnings.ts';
import { createTestApp, type TestApp } from './harness.ts';

/**
 * The demo's case history (apps/server/src/demo), seeded through the use cases on a fresh demo
 * database at the harness's moment (Friday 20 November 2026, 10:00 China time), then read back
 * through the API as the demo logins would.
 */
let t: TestApp;
let seeded: DemoCasesResult;
before(async () => {
  t = await createTestApp();
  seeded = await seedDemoCases(t.deps);
});
after(() => t.close());

interface Item {
  id: string;
  status: string;
  level: string;
  channel: string;
  warning: 'none' | 'yellow' | 'red';
  stage: string;
  reportedAt: string;
}
interface Entry {
  seq: number;
  type: string;
  at: string;
  fromStatus: string | null;
  toStatus: string;
}

const as = (user: string) => t.sessionFor(user);
const list = async (user: string, query: string) => {
  const res = await t.request('GET', `/api/cases?${query}`, { as: await as(user) });
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as { items: Item[]; total: number };
};
const all: Item[] = [];
const everyCase = async () => {
  if (all.length) return all;
  for (let offset = 0; ; offset += 200) {
    const page = await list('admin', `limit=200&offset=${offset}&sort=number`);
    all.push(...page.items);
    if (all.length >= page.total) return all;
  }
};
const countBy = (items: Item[], key: (i: Item) => string) => {
  const out: Record<string, number> = {};
  for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1;
  return out;
};

const OPEN = [
  'pending_verification',
  'pending_acceptance',
  'pending_dispatch',
  'dispatched',
  'in_progress',
  'pending_check',
  'pending_evaluation',
  'under_review',
  'pending_followup',
];

describe('the demo case history', () => {
  it('is seeded whole, without errors', () => {
    assert.equal(seeded.error, null);
    assert.equal(seeded.skipped, null);
    assert.ok(seeded.summary);
    assert.equal(seeded.seeded, seeded.summary.total);
    assert.ok(seeded.seeded >= 300, `only ${seeded.seeded} cases`);
  });

  it('has the planned counts by status, channel, level and warning', async () => {
    const items = await everyCase();
    const summary = seeded.summary!;
    assert.equal(items.length, summary.total);
    assert.deepEqual(
      countBy(items, (i) => i.status),
      summary.byStatus,
    );
    assert.deepEqual(
      countBy(items, (i) => i.channel),
      summary.byChannel,
    );
    assert.deepEqual(
      countBy(items, (i) => i.level),
      summary.byLevel,
    );
    const warnings = countBy(items, (i) => i.warning);
    assert.equal(warnings.yellow ?? 0, summary.warnings.yellow);
    assert.equal(warnings.red ?? 0, summary.warnings.red);
  });

  it('is shaped like a subdistrict’s quarter: mostly closed, mostly patrols and grids, every stage still open somewhere', async () => {
    const items = await everyCase();
    const share = (n: number | undefined) => (n ?? 0) / items.length;
    const byStatus = countBy(items, (i) => i.status);
    const byChannel = countBy(items, (i) => i.channel);
    const byLevel = countBy(items, (i) => i.level);
    assert.ok(share(byStatus.closed) > 0.7, JSON.stringify(byStatus));
    assert.ok((byStatus.rejected ?? 0) > 0 && (byStatus.merged ?? 0) > 0, JSON.stringify(byStatus));
    for (const status of OPEN) assert.ok((byStatus[status] ?? 0) > 0, `no case ${status}`);
    const channels = Object.entries(byChannel).sort((a, b) => b[1] - a[1]);
    assert.equal(channels[0]?.[0], 'patrol', JSON.stringify(byChannel));
    for (const c of ['hotline', 'resident', 'department']) assert.ok((byChannel[c] ?? 0) > 0, c);
    assert.ok(share(byLevel.grid) > 0.4, JSON.stringify(byLevel));
    assert.ok(share(byLevel.department) > 0.05 && share(byLevel.department) < 0.2, JSON.stringify(byLevel));
    assert.ok((byLevel.community ?? 0) > 0 && (byLevel.subdistrict ?? 0) > 0, JSON.stringify(byLevel));
    // Reported over the last three months, the open ones mostly in the last two weeks.
    const now = t.clock.now().getTime();
    const days = (i: Item) => (now - Date.parse(i.reportedAt)) / 86_400_000;
    assert.ok(items.every((i) => days(i) > 0 && days(i) < 92));
    assert.ok(items.some((i) => days(i) > 80));
    const open = items.filter((i) => OPEN.includes(i.status));
    assert.ok(open.filter((i) => days(i) < 14).length / open.length > 0.8);
  });

  it('shows red cards only where the worker does not escalate on its own, and a few yellow ones', async () => {
    const items = await everyCase();
    const red = items.filter((i) => i.warning === 'red');
    assert.ok(red.length >= 3 && red.length <= 10, `${red.length} red`);
    for (const c of red) assert.ok(c.level === 'department' || c.stage === 'verify', JSON.stringify(c));
    assert.ok(items.some((i) => i.warning === 'yellow'));
    // The server's first loop pass at this moment finds nothing to do.
    assert.deepEqual(await t.deps.db.transaction((tx) => sweepWarnings(tx, t.clock.now())), {
      yellow: 0,
      red: 0,
    });
    assert.equal(await autoEscalate(t.deps), 0);
  });

  it('keeps every timeline consistent with its case', async () => {
    const items = await everyCase();
    const now = t.clock.now().getTime();
    for (const item of items) {
      const res = await t.request('GET', `/api/cases/${item.id}`, { as: await as('admin') });
      assert.equal(res.statusCode, 200, res.body);
      const c = res.json() as Item & { timeline: Entry[]; closedAt: string | null };
      const timeline = c.timeline;
      const first = timeline[0];
      assert.ok(first && ['report', 'resolve_on_spot'].includes(first.type), item.id);
      assert.equal(first.fromStatus, null);
      for (let k = 1; k < timeline.length; k++) {
        const [a, b] = [timeline[k - 1]!, timeline[k]!];
        assert.equal(b.seq, a.seq + 1, `${item.id} seq`);
        assert.equal(b.fromStatus, a.toStatus, `${item.id} #${b.seq} ${b.type}`);
        assert.ok(Date.parse(b.at) >= Date.parse(a.at), `${item.id} #${b.seq} goes back in time`);
      }
      const last = timeline[timeline.length - 1]!;
      assert.equal(c.status, last.toStatus, item.id);
      assert.ok(Date.parse(last.at) <= now, `${item.id} acts in the future`);
      assert.equal(c.closedAt !== null, c.status === 'closed', item.id);
      assert.equal(first.at, c.reportedAt);
    }
  });

  it('gives the leader nonzero figures: received, closed, on time and satisfied', async () => {
    const res = await t.request('GET', '/api/stats/summary?from=2026-08-01&to=2026-11-21', {
      as: await as('leader'),
    });
    assert.equal(res.statusCode, 200, res.body);
    const s = res.json();
    assert.ok(s.received > 200, JSON.stringify(s));
    assert.ok(s.closed > 200, JSON.stringify(s));
    assert.ok(s.satisfactionRate > 0.9 && s.satisfactionRate < 1, JSON.stringify(s));
    assert.ok(s.onTimeRate > 0.85 && s.onTimeRate < 1, JSON.stringify(s));
    assert.ok(s.overdue > 0 && s.returned > 0 && s.reworked > 0, JSON.stringify(s));
    assert.ok(s.averageHandlingHours > 0, JSON.stringify(s));
  });

  it('leaves work on every demo login’s workbench', async () => {
    const tasks: Record<string, string[]> = {
      dispatcher: ['to_dispatch', 'to_accept', 'overdue', 'warned'],
      community: ['to_accept', 'to_dispatch', 'to_handle'],
      gridworker: ['to_verify', 'to_handle', 'to_check'],
      gridleader: ['to_handle', 'to_check'],
      dept: ['to_handle'],
      hotline: ['to_evaluate'],
      leader: ['overdue'],
      admin: ['to_dispatch'],
      building: ['mine'],
      unit: ['mine'],
      resident: ['mine'],
      volunteer: ['mine'],
      member: ['mine'],
      partner: ['mine'],
    };
    for (const [user, wanted] of Object.entries(tasks)) {
      for (const task of wanted) {
        const { total } = await list(user, `task=${task}&limit=1`);
        assert.ok(total > 0, `${user} has nothing ${task}`);
      }
    }
    // The department handler claims: one dispatched to 城管执法 is waiting for them.
    const todo = await list('dept', 'task=to_handle&limit=50');
    assert.ok(todo.items.some((i) => i.status === 'dispatched'));
  });

  it('is seeded once: a second run finds the cases and adds none', async () => {
    const again = await seedDemoCases(t.deps);
    assert.equal(again.skipped, 'cases_exist');
    assert.equal(again.seeded, 0);
    const [n] = await rows<{ n: number }>(t.handle.db, sql`SELECT count(*)::int AS n FROM case_record`);
    assert.equal(n?.n, seeded.seeded);
  });
});
