import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { one, rows } from '@wangge/db';
import { validateUscc } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { seedDemoRegistry } from '../src/demo/seed-demo-registry.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { tableText } from './registry-helpers.ts';

let t: TestApp;
let result: Awaited<ReturnType<typeof seedDemoRegistry>>;

before(async () => {
  t = await createTestApp();
  result = await seedDemoRegistry(t.deps);
});
after(() => t.close());

test('the demo grid is registered door by door, encrypted, with households and heads', async () => {
  assert.ok(result && result.people > 500, JSON.stringify(result));
  const stats = await one<{ people: number; households: number; headless: number; rooms: number }>(
    t.handle.db,
    sql`SELECT (SELECT count(*)::int FROM person) AS people, (SELECT count(*)::int FROM household) AS households,
               (SELECT count(*)::int FROM household WHERE head_person_id IS NULL) AS headless,
               (SELECT count(*)::int FROM room) AS rooms`,
  );
  assert.equal(stats!.people, result!.people);
  assert.ok(stats!.households > 200 && stats!.headless === 0, JSON.stringify(stats));
  assert.doesNotMatch(await tableText(t, 'person'), /"370102(19|20)\d{9}[\dX]"/);
  assert.equal(await seedDemoRegistry(t.deps), null, 'runs once');
});

test('the grid worker has overdue visits, hidden special groups, organisations with valid credit codes and 双报到', async () => {
  const worker = await t.sessionFor('gridworker');
  const schedule = (
    await t.request('GET', '/api/registry/visits/schedule?state=overdue', { as: worker })
  ).json();
  assert.ok(schedule.items.length > 0);
  assert.ok(schedule.items.every((i: { tag: { code: string } }) => i.tag.code !== 'released_prisoner'));
  const orgs = await rows<{ uscc: string | null }>(t.handle.db, sql`SELECT uscc FROM organisation`);
  assert.equal(orgs.length, 5);
  for (const o of orgs) if (o.uscc) assert.equal(validateUscc(o.uscc).ok, true, o.uscc);
  // Organisations and room details come through the importers: each has its history.
  const histories = await one<{ orgs: number; rooms: number; described: number; all: number }>(
    t.handle.db,
    sql`SELECT (SELECT count(DISTINCT entity_id)::int FROM audit_log WHERE action = 'organisation.import') AS orgs,
               (SELECT count(DISTINCT entity_id)::int FROM audit_log WHERE action = 'room.import') AS rooms,
               (SELECT count(*)::int FROM room WHERE area_m2 IS NOT NULL AND rental_status IS NOT NULL) AS described,
               (SELECT count(*)::int FROM room) AS all`,
  );
  assert.equal(histories!.orgs, 5);
  assert.equal(histories!.rooms, histories!.all);
  assert.equal(histories!.described, histories!.all);
  const community = await t.sessionFor('community');
  const dual = (await t.request('GET', '/api/registry/dual-registrations', { as: community })).json();
  assert.ok(dual.total > 0);
});
