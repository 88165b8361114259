// Journeys: the whole case loop through the console with four roles — a 12345 operator takes a call,
// the command centre accepts and dispatches it to 城管执法 with 市场监管 assisting, the department
// claims it and feeds back with a photo, the grid worker checks it on site, the operator records the
// caller's rating, calls back and closes it — and a grid worker who cannot open a case of another
// grid. One server (fresh embedded database) for both; Debian's Chromium. Needs `npm run build:web`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { apiLogin, type GridInfo, gridInfo, reportHotlineCase } from '../support/api.ts';
import { withFailureShot } from '../support/browser.ts';
import {
  assertNoProblems,
  chooseOption,
  expectLastEntry,
  expectStatus,
  logIn,
  openCase,
  openCaseList,
  openWorkbench,
  pickOnMap,
  shot,
  shotOf,
  takeAction,
  timelineActions,
  workbenchCount,
} from '../support/console.ts';
import { journey } from '../support/journey.ts';

const run = journey({ logName: 'case-loop.server.log' });

/** The demo grid worker's grid (甸柳新村第一社区第1网格). */
const WORKER_GRID = '370102009002001';
/** A grid of another community, outside the grid worker's territory. */
const OTHER_GRID = '370102009005001';
/** An 8×8 PNG (made with sharp), so the department uploads a real image. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEUlEQVQImWMwXlWOFTEMLQkAJbdVAbuCg2sAAAAASUVORK5CYII=',
  'base64',
);

describe('the whole loop, four roles, through the console', () => {
  let grid: GridInfo | undefined;
  let caseId = '';
  let caseNumber = '';

  test('the 12345 operator takes the call and enters the case', { timeout: 150_000 }, async () => {
    grid = await gridInfo(await apiLogin(run.server.baseUrl, 'hotline'), WORKER_GRID);
    const session = await run.session();
    const { page } = session;
    await withFailureShot(session, 'loop-1-hotline', async () => {
      const operator = await logIn(session, 'hotline');
      await page.goto('/cases/new', { waitUntil: 'domcontentloaded' });
      const form = page.getByTestId('new-case-form');
      await form.waitFor();
      await form.locator('input#externalRef').fill('GD20261121-0901');
      await form.locator('input#reporterName').fill('张女士');
      await form.locator('input#reporterPhone').fill('13812345678');
      await form.locator('input#title').fill('小区门口占道经营');
      await form
        .locator('textarea#description')
        .fill('早市摊贩在小区门口占道经营，堵住了消防通道，来电人希望尽快清理');
      // The category: the suggestion the classifier makes from the words of the call.
      await page.getByTestId('new-case-suggestions').getByText('占道经营').first().click();

      const map = page.locator('[data-testid="new-case-map"][data-map-ready="true"]');
      await map.waitFor({ state: 'attached', timeout: 60_000 });
      const location = page.getByTestId('new-case-location');
      assert.ok(grid);
      await pickOnMap(page, map, location, grid.point);
      await location.getByText(`网格：${grid.name}`).waitFor();
      await shot(session, 'loop-1-hotline-new-case');

      await page.getByTestId('new-case-submit').click();
      await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/, { timeout: 30_000 });
      await expectStatus(page, '待受理');
      caseId = new URL(page.url()).pathname.split('/').pop() ?? '';
      caseNumber =
        /\d{6}-\d{8}-\d{5}/.exec((await page.getByTestId('case-number').textContent()) ?? '')?.[0] ?? '';
      assert.ok(caseNumber, 'the case has a readable number');
      const info = (await page.locator('.ant-descriptions').first().textContent()) ?? '';
      assert.match(info, /张女士/, 'the caller is on the case');
      assert.match(info, /138\*\*\*\*5678/, 'with the phone number masked');
      assert.match(info, /GD20261121-0901/, 'and the 12345 work-order number');
      assert.match(info, /占道经营 \(09006\)/, 'the category picked from the suggestions');
      assert.ok(info.includes(grid.name), 'the grid the point lies in');
      await expectLastEntry(page, '上报', operator);
      await shot(session, 'loop-1-hotline-case-created');
    });
    assertNoProblems(session);
  });

  test('the command centre accepts it and dispatches it to 城管执法, with 市场监管 assisting', {
    timeout: 150_000,
  }, async () => {
    assert.ok(caseId, 'the case was entered');
    const session = await run.session();
    const { page } = session;
    await withFailureShot(session, 'loop-2-dispatcher', async () => {
      const dispatcher = await logIn(session, 'dispatcher');
      await openWorkbench(page);
      await workbenchCount(page, 'to_accept', (n) => n >= 1);
      await shot(session, 'loop-2-dispatcher-workbench');

      await openCase(page, caseId);
      await takeAction(page, 'accept', '待派单', async (dialog) => {
        await dialog.locator('textarea#note').fill('属实，予以受理');
      });
      await expectLastEntry(page, '受理', dispatcher);

      await takeAction(page, 'dispatch', '待签收', async (dialog) => {
        await chooseOption(page, dialog.getByTestId('dispatch-lead-department'), '城管执法');
        await chooseOption(page, dialog.getByTestId('dispatch-assists'), '市场监管');
        await dialog.locator('textarea#note').fill('城管执法牵头清理，市场监管协助规范早市');
        await shot(session, 'loop-2-dispatcher-dispatch-form');
      });
      await expectLastEntry(page, '派单', dispatcher);
      const assignments = (await page.getByTestId('case-assignments').textContent()) ?? '';
      assert.match(assignments, /主办城管执法/, 'the lead department');
      assert.match(assignments, /协办市场监管/, 'the assisting department');
      assert.match((await page.getByTestId('case-level').textContent()) ?? '', /职能部门/);
      await shot(session, 'loop-2-dispatcher-dispatched');
    });
    assertNoProblems(session);
  });

  test('the 城管执法 handler claims it and feeds back with a photo', { timeout: 150_000 }, async () => {
    assert.ok(caseId && caseNumber, 'the case was dispatched');
    const session = await run.session();
    const { page } = session;
    await withFailureShot(session, 'loop-3-department', async () => {
      const handler = await logIn(session, 'dept');
      await openWorkbench(page);
      await workbenchCount(page, 'to_handle', (n) => n >= 1);
      await shot(session, 'loop-3-department-workbench');
      await openCaseList(page, '?task=to_handle');
      await page.getByTestId(`case-row-${caseNumber}`).click();
      await page.waitForURL(new RegExp(`/cases/${caseId}$`));

      await takeAction(page, 'claim', '处置中');
      await expectLastEntry(page, '签收', handler);
      await takeAction(page, 'feedback', '待核查', async (dialog) => {
        await dialog.locator('textarea#result').fill('已清理占道摊点 6 处，消防通道恢复畅通');
        const after = dialog.getByTestId('photos-after');
        await after
          .locator('input[type="file"]')
          .setInputFiles({ name: 'after.png', mimeType: 'image/png', buffer: PHOTO });
        await after.locator('.ant-upload-list-item-done').waitFor({ timeout: 30_000 });
        await shot(session, 'loop-3-department-feedback-form');
      });
      await expectLastEntry(page, '处置反馈', handler);
      // The photo is on the case, under 处置后.
      await page.locator('img[src*="/api/files/"][src$="/thumb"]').first().waitFor();
      await shot(session, 'loop-3-department-fed-back');
    });
    assertNoProblems(session);
  });

  test('the grid worker of that grid checks it on site', { timeout: 150_000 }, async () => {
    assert.ok(caseId, 'the case was fed back');
    const session = await run.session();
    const { page } = session;
    await withFailureShot(session, 'loop-4-gridworker', async () => {
      const worker = await logIn(session, 'gridworker');
      await openWorkbench(page);
      await workbenchCount(page, 'to_check', (n) => n >= 1);
      await shot(session, 'loop-4-gridworker-workbench');
      await openCase(page, caseId);
      await takeAction(page, 'check', '待评价', async (dialog) => {
        await dialog.locator('textarea#note').fill('现场查看：摊点已清，通道畅通');
      });
      await expectLastEntry(page, '核查', worker);
      await shot(session, 'loop-4-gridworker-checked');
    });
    assertNoProblems(session);
  });

  test('the operator records the caller’s rating, calls back and closes the case', {
    timeout: 150_000,
  }, async () => {
    assert.ok(caseId, 'the case was checked');
    const session = await run.session();
    const { page } = session;
    await withFailureShot(session, 'loop-5-hotline', async () => {
      const operator = await logIn(session, 'hotline');
      await openCase(page, caseId);
      await takeAction(page, 'evaluate', '待回访', async (dialog) => {
        await dialog.getByText('满意', { exact: true }).click();
        await dialog.locator('textarea#comment').fill('来电人对处理结果满意（电话代评）');
      });
      await expectLastEntry(page, '评价', operator);
      await takeAction(page, 'followup', '待回访', async (dialog) => {
        await dialog.locator('textarea#note').fill('回访来电人，确认摊点未再出现');
      });
      await expectLastEntry(page, '回访', operator);
      await takeAction(page, 'close', '已办结');
      await expectLastEntry(page, '结案', operator);
      assert.deepEqual(await timelineActions(page), [
        'report',
        'accept',
        'dispatch',
        'claim',
        'feedback',
        'check',
        'evaluate',
        'followup',
        'close',
      ]);
      assert.deepEqual(
        await page.locator('[data-testid^="action-"]').count(),
        0,
        'nothing is left to do on a closed case',
      );
      await shot(session, 'loop-5-hotline-closed');
      await shotOf(page.getByTestId('case-timeline'), 'loop-5-hotline-closed-timeline');
    });
    assertNoProblems(session);
  });
});

describe('a grid worker and a case of another grid', () => {
  test('cannot open it (not found) and does not see it in the list', { timeout: 150_000 }, async () => {
    const hotline = await apiLogin(run.server.baseUrl, 'hotline');
    const [mine, other] = await Promise.all([gridInfo(hotline, WORKER_GRID), gridInfo(hotline, OTHER_GRID)]);
    const inside = await reportHotlineCase(hotline, {
      title: '楼道堆放杂物',
      description: '三号楼一单元楼道堆放杂物，影响通行',
      location: mine.point,
    });
    const outside = await reportHotlineCase(hotline, {
      title: '路灯不亮',
      description: '小区东门路灯不亮已一周',
      location: other.point,
    });

    const session = await run.session();
    const { page } = session;
    await withFailureShot(session, 'scope-gridworker', async () => {
      await logIn(session, 'gridworker');
      const answer = page.waitForResponse((r) => new URL(r.url()).pathname === `/api/cases/${outside.id}`);
      await page.goto(`/cases/${outside.id}`, { waitUntil: 'domcontentloaded' });
      assert.equal((await answer).status(), 404, 'the API answers 404 for a case out of scope');
      const notFound = page.getByTestId('case-not-found');
      await notFound.waitFor();
      assert.match((await notFound.textContent()) ?? '', /事件不存在或无权查看/);
      assert.equal(await page.getByTestId('case-status').count(), 0, 'nothing of the case is shown');
      await shot(session, 'scope-gridworker-not-found');

      // The list: the case of their own grid is there, the other grid's is not, not even by number.
      await openCaseList(page);
      await page.getByTestId(`case-row-${inside.number}`).waitFor();
      assert.equal(await page.getByTestId(`case-row-${outside.number}`).count(), 0);
      await shot(session, 'scope-gridworker-list');
      await openCaseList(page, `?q=${outside.number}`);
      assert.match((await page.getByTestId('case-total').textContent()) ?? '', /共 0 件/);
      await openCaseList(page, `?q=${inside.number}`);
      assert.match((await page.getByTestId('case-total').textContent()) ?? '', /共 1 件/);
    });
    // The browser reports the 404 of the case request as a failed resource; nothing else.
    assertNoProblems(session, [new RegExp(`status of 404.*/api/cases/${outside.id}`)]);
  });
});
