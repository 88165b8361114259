// Journey: a case's handling time runs out. The server runs with WANGGE_TEST_CLOCK=true, so the
// journey moves its clock to an hour before the deadline (黄牌) and then past it (红牌) instead of
// waiting days; each move runs the warning sweep at once. The browser's clock is kept at the
// server's time (page.clock). The command centre sees the case yellow, then red, on the workbench,
// in the list and on the map, and the case's timeline carries the 督办 entries. Real server on a
// fresh embedded database, Debian's Chromium. Needs `npm run build:web` first.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  actOnCase,
  apiLogin,
  type CreatedCase,
  departments,
  gridInfo,
  moveServerClock,
  reportHotlineCase,
} from '../support/api.ts';
import { withFailureShot } from '../support/browser.ts';
import {
  assertNoProblems,
  chooseOption,
  logIn,
  openCase,
  openCaseList,
  openWorkbench,
  shot,
  shotOf,
  timelineEntries,
  workbenchCount,
} from '../support/console.ts';
import { journey } from '../support/journey.ts';

const run = journey({ logName: 'overdue.server.log', env: { WANGGE_TEST_CLOCK: 'true' } });

const GRID = '370102009002001';
const HOUR = 3600_000;

describe('a case past its deadline turns red on the workbench, the list and the map', () => {
  let created: CreatedCase | undefined;
  let deadline = 0;

  test('set-up: a case dispatched to 城管执法 and claimed; the test clock exists', {
    timeout: 60_000,
  }, async () => {
    const base = run.server.baseUrl;
    const [hotline, dispatcher, dept] = await Promise.all([
      apiLogin(base, 'hotline'),
      apiLogin(base, 'dispatcher'),
      apiLogin(base, 'dept'),
    ]);
    const grid = await gridInfo(hotline, GRID);
    created = await reportHotlineCase(hotline, {
      title: '小区门口占道经营',
      description: '早市摊贩在小区门口占道经营',
      categoryCode: '09006',
      location: grid.point,
    });
    const lead = (await departments(dispatcher)).find((d) => d.name === '城管执法');
    assert.ok(lead);
    await actOnCase(dispatcher, created.id, { type: 'accept' });
    // Department level: automatic escalation leaves it where it is, so it stays red once red.
    await actOnCase(dispatcher, created.id, {
      type: 'dispatch',
      lead: { kind: 'department', departmentId: lead.id },
      assists: [],
    });
    await actOnCase(dept, created.id, { type: 'claim' });
    const detail = await dept.get<{ stageDeadline: string; warning: string; level: string }>(
      `/api/cases/${created.id}`,
    );
    assert.equal(detail.warning, 'none');
    assert.equal(detail.level, 'department');
    deadline = Date.parse(detail.stageDeadline);
    assert.ok(deadline > Date.now(), 'the deadline lies ahead');
  });

  test('an hour before the deadline it is yellow; past it, red', { timeout: 180_000 }, async () => {
    assert.ok(created && deadline, 'the case is being handled');
    const base = run.server.baseUrl;
    const yellow = await moveServerClock(base, { set: new Date(deadline - HOUR).toISOString() });
    assert.equal(yellow.warnings.yellow, 1, JSON.stringify(yellow));

    // Logged in after the move: a session started before it would have expired by the server's clock.
    const session = await run.session();
    const { page, context } = session;
    await context.clock.install({ time: new Date(yellow.now) });
    await withFailureShot(session, 'overdue-1-yellow', async () => {
      assert.ok(created);
      await logIn(session, 'dispatcher');
      const browserNow = await page.evaluate(() => Date.now());
      assert.ok(
        Math.abs(browserNow - Date.parse(yellow.now)) < 5 * 60_000,
        'the browser keeps the server’s time',
      );
      await openWorkbench(page);
      assert.equal(await workbenchCount(page, 'warned', (n) => n >= 1), 1);
      assert.equal(await workbenchCount(page, 'overdue', () => true), 0);
      await shot(session, 'overdue-1-workbench-yellow');
      await openCase(page, created.id);
      assert.equal(await page.getByTestId('case-warning').getAttribute('data-warning'), 'yellow');
      assert.match((await page.getByTestId('case-warning').textContent()) ?? '', /黄牌/);
      await shot(session, 'overdue-1-case-yellow');
    });

    const red = await moveServerClock(base, { set: new Date(deadline + HOUR).toISOString() });
    assert.equal(red.warnings.red, 1, JSON.stringify(red));
    await context.clock.setSystemTime(new Date(red.now));

    await withFailureShot(session, 'overdue-2-red', async () => {
      assert.ok(created);
      // The workbench: one red card (红牌), the case first among the urgent ones.
      await openWorkbench(page);
      assert.equal(await workbenchCount(page, 'overdue', (n) => n >= 1), 1);
      assert.equal(await workbenchCount(page, 'warned', () => true), 0);
      const urgent = page.getByTestId('workbench-urgent');
      await urgent.getByTestId(`case-row-${created.number}`).waitFor();
      const first = urgent.locator('tbody tr[data-row-key]').first();
      assert.equal(await first.getByTestId(`case-row-${created.number}`).count(), 1, 'the case comes first');
      assert.match((await first.textContent()) ?? '', /红牌/);
      await shot(session, 'overdue-2-workbench-red');

      // The list: the red tag on its row, and the case under 红牌.
      await openCaseList(page);
      const row = page.locator('tr[data-row-key]', { has: page.getByTestId(`case-row-${created.number}`) });
      assert.match((await row.textContent()) ?? '', /红牌/);
      await shot(session, 'overdue-2-list-red');
      await openCaseList(page, '?task=overdue');
      await page.getByTestId(`case-row-${created.number}`).waitFor();

      // The detail: red, with the system's 督办 entries on the timeline.
      await openCase(page, created.id);
      assert.equal(await page.getByTestId('case-warning').getAttribute('data-warning'), 'red');
      const entries = await page
        .getByTestId('case-timeline-entry')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-action')));
      assert.deepEqual(entries.slice(-2), ['supervise', 'supervise'], 'yellow, then red');
      const [raisedYellow, raisedRed] = (await timelineEntries(page)).slice(-2);
      assert.match(raisedYellow ?? '', /^督办系统督办.*预警：黄牌$/);
      assert.match(raisedRed ?? '', /^督办系统督办.*预警：红牌$/);
      await shot(session, 'overdue-2-case-red');
      await shotOf(page.getByTestId('case-timeline'), 'overdue-2-case-red-timeline');

      // The map: the case is drawn, and it is the one red point (filtered by 红牌).
      await page.goto('/map', { waitUntil: 'domcontentloaded' });
      const ready = page.locator('[data-testid="case-map"][data-map-ready="true"]');
      await ready.waitFor({ state: 'attached', timeout: 60_000 });
      assert.equal(await ready.getAttribute('data-case-count'), '1');
      const filtered = page.waitForResponse(
        (r) => r.url().includes('/api/') && r.url().includes('warning=red'),
      );
      const warningFilter = page.locator('.ant-select', {
        has: page.getByRole('combobox', { name: '预警' }),
      });
      await chooseOption(page, warningFilter, '红牌', false);
      await filtered;
      await ready.waitFor({ state: 'attached', timeout: 60_000 });
      assert.equal(await ready.getAttribute('data-case-count'), '1', 'one red point');
      await shot(session, 'overdue-2-map-red');
    });
    assertNoProblems(session);
  });
});
