import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildApp } from '../src/app.ts';
import { ConfigError, loadConfig } from '../src/config.ts';
import { fixedClock, isSettable, offsetClock, systemClock } from '../src/lib/clock.ts';
import { caseHelpers } from './case-helpers.ts';
import { createTestApp, type TestApp } from './harness.ts';

/** WANGGE_TEST_CLOCK: the journeys' movable server clock and POST /api/system/test-clock. */
let t: TestApp;
before(async () => {
  t = await createTestApp({ WANGGE_TEST_CLOCK: 'true' });
});
after(() => t.close());
const { as, detail, act } = caseHelpers(() => t);

const IN_GRID_1 = { lng: 117.0413, lat: 36.6725 };
const SECRET = 'production-secret-production-secret-01';

/** A 暴露垃圾 case (grid level, 1 working day to handle) claimed by the grid worker. */
async function claimedCase(key: string): Promise<string> {
  const res = await t.request('POST', '/api/cases', {
    as: await as('gridworker'),
    body: {
      idempotencyKey: key,
      channel: 'patrol',
      categoryCode: '06010',
      title: '暴露垃圾',
      description: '绿化带内暴露垃圾',
      location: IN_GRID_1,
    },
  });
  assert.equal(res.statusCode, 201, res.body);
  const id = res.json().id as string;
  await act('community', id, { type: 'accept' });
  await act('community', id, { type: 'dispatch', lead: { kind: 'territory', code: '370102009002001' } });
  await act('gridworker', id, { type: 'claim' });
  return id;
}

describe('the test clock setting', () => {
  it('is off by default, and refused in production', () => {
    assert.equal(loadConfig({}).testClock, false);
    assert.equal(loadConfig({ WANGGE_TEST_CLOCK: 'true' }).testClock, true);
    assert.throws(() => loadConfig({ WANGGE_TEST_CLOCK: 'yes' }), ConfigError);
    assert.throws(
      () => loadConfig({ NODE_ENV: 'production', WANGGE_SESSION_SECRET: SECRET, WANGGE_TEST_CLOCK: 'true' }),
      (error: Error) => error instanceof ConfigError && /WANGGE_TEST_CLOCK/.test(error.message),
    );
    assert.equal(
      loadConfig({ NODE_ENV: 'production', WANGGE_SESSION_SECRET: SECRET, WANGGE_TEST_CLOCK: 'false' })
        .testClock,
      false,
    );
  });

  it('offsets real time: the clock keeps running and can be moved or set', () => {
    const base = fixedClock(new Date('2026-11-20T02:00:00Z'));
    const clock = offsetClock(base);
    assert.equal(clock.now().toISOString(), '2026-11-20T02:00:00.000Z');
    base.advance(1_000);
    assert.equal(clock.now().toISOString(), '2026-11-20T02:00:01.000Z');
    clock.advance(3_600_000);
    assert.equal(clock.now().toISOString(), '2026-11-20T03:00:01.000Z');
    assert.equal(clock.offsetMs(), 3_600_000);
    clock.set(new Date('2026-12-01T00:00:00Z'));
    base.advance(500);
    assert.equal(clock.now().toISOString(), '2026-12-01T00:00:00.500Z');
    assert.ok(isSettable(clock) && isSettable(base) && !isSettable(systemClock));
  });

  it('needs a clock that can be moved', async () => {
    await assert.rejects(buildApp({ ...t.deps, clock: systemClock }, { logger: false, serveWeb: false }));
  });
});

describe('POST /api/system/test-clock', () => {
  it('does not exist without the setting', async () => {
    const app = await buildApp(
      { ...t.deps, config: { ...t.deps.config, testClock: false } },
      { logger: false, serveWeb: false },
    );
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/api/system/test-clock',
        payload: { advanceMs: 60_000 },
      });
      assert.equal(res.statusCode, 404);
      assert.equal(res.json().code, 'NOT_FOUND');
      const doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json();
      assert.equal(doc.paths['/api/system/test-clock'], undefined);
    } finally {
      await app.close();
    }
  });

  it('refuses bodies that are not one move', async () => {
    for (const body of [
      {},
      { advanceMs: 1.5 },
      { advanceMs: '60000' },
      { advanceMs: 400 * 24 * 3600_000 },
      { set: 'tomorrow' },
      { advanceMs: 1, set: '2026-11-21T00:00:00Z' },
      { advanceMs: 1, extra: true },
    ]) {
      const res = await t.request('POST', '/api/system/test-clock', { body });
      assert.equal(res.statusCode, 400, JSON.stringify(body));
      assert.equal(res.json().code, 'VALIDATION_FAILED');
    }
  });

  it('moves the clock forward and sets it', async () => {
    t.clock.set(new Date('2026-11-20T02:00:00Z'));
    const moved = await t.request('POST', '/api/system/test-clock', { body: { advanceMs: 90_000 } });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().now, '2026-11-20T02:01:30.000Z');
    assert.equal(t.deps.clock.now().toISOString(), '2026-11-20T02:01:30.000Z');
    const set = await t.request('POST', '/api/system/test-clock', {
      body: { set: '2026-11-20T12:00:00+08:00' },
    });
    assert.equal(set.json().now, '2026-11-20T04:00:00.000Z');
    assert.equal((await t.request('GET', '/api/health')).json().time, '2026-11-20T04:00:00.000Z');
  });

  it('runs the warning sweep at once: past its deadline a case turns red', async () => {
    t.clock.set(new Date('2026-11-20T02:00:00Z')); // Friday 10:00 China time
    const id = await claimedCase('test-clock-red-1');
    const onTime = await detail('gridworker', id);
    assert.equal(onTime.warning, 'none');
    assert.equal(onTime.stageDeadline, '2026-11-23T02:00:00.000Z'); // Monday 10:00

    const past = new Date(Date.parse(onTime.stageDeadline) + 3600_000).toISOString();
    const res = await t.request('POST', '/api/system/test-clock', { body: { set: past } });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().now, past);
    assert.ok(res.json().warnings.red >= 1, JSON.stringify(res.json()));

    const overdueCase = await detail('gridworker', id);
    assert.equal(overdueCase.warning, 'red');
    assert.deepEqual(overdueCase.timeline.at(-1).payload, { warning: 'red' });
    const overdue = (await t.request('GET', '/api/cases?task=overdue', { as: await as('community') })).json();
    assert.ok(overdue.items.some((c: { id: string }) => c.id === id));
  });
});
