// Journey: the console's management pages at the smallest supported screen (1366×768). A leader
// reads the dashboard (in Chinese, then in English); an administrator checks the grids' coverage,
// tries to import a GeoJSON file with one bad feature (the errors are listed and nothing can be
// imported), and opens the staff, category and holiday-calendar pages. Real server on a fresh
// embedded database, Debian's Chromium. Needs `npm run build:web` first.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { actOnCase, apiLogin, gridInfo, reportHotlineCase } from '../support/api.ts';
import { type Session, withFailureShot } from '../support/browser.ts';
import { assertNoProblems, logIn, shot } from '../support/console.ts';
import { journey } from '../support/journey.ts';

const run = journey({ logName: 'admin-console.server.log' });

const SMALL_SCREEN = { width: 1366, height: 768 };
const BAD_GEOJSON = fileURLToPath(new URL('../fixtures/grids-one-bad.geojson', import.meta.url));

async function smallSession(): Promise<Session> {
  const session = await run.session();
  await session.page.setViewportSize(SMALL_SCREEN);
  return session;
}

/** Opens a page from the side menu (the admin group is opened first when needed). */
async function openFromMenu(page: Page, label: string, path: RegExp, group?: string): Promise<void> {
  if (group) await page.getByRole('menuitem', { name: group }).click();
  await page.getByRole('menuitem', { name: label }).click();
  await page.waitForURL(path);
}

/** No part of the page is wider than the window: nothing to scroll sideways at 1366 px. */
async function assertFitsWidth(page: Page, what: string): Promise<void> {
  // A string: the e2e code is compiled without the DOM's types.
  const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
  assert.ok(overflow <= 0, `${what}: the page is ${overflow}px wider than the window`);
}

async function kpi(page: Page, name: string): Promise<string> {
  const value = page.getByTestId(`dashboard-kpi-${name}`);
  await value.waitFor();
  return ((await value.textContent()) ?? '').trim();
}

describe('management pages at 1366×768', () => {
  test('a leader reads the dashboard, in Chinese and in English', { timeout: 120_000 }, async () => {
    const base = run.server.baseUrl;
    const [hotline, dispatcher] = await Promise.all([
      apiLogin(base, 'hotline'),
      apiLogin(base, 'dispatcher'),
    ]);
    const grid = await gridInfo(hotline, '370102009002001');
    // Two calls this month: one rejected (not counted), one accepted and waiting.
    const counted = await reportHotlineCase(hotline, {
      title: '楼道堆放杂物堵塞消防通道',
      description: '3号楼楼道堆满杂物',
      location: grid.point,
    });
    const rejected = await reportHotlineCase(hotline, {
      title: '咨询社保办理时间',
      description: '非本平台受理范围',
      location: grid.point,
    });
    await actOnCase(dispatcher, counted.id, { type: 'accept' });
    await actOnCase(dispatcher, rejected.id, { type: 'reject', reason: '属咨询类，已告知办理渠道' });

    const session = await smallSession();
    const { page } = session;
    await withFailureShot(session, 'admin-1-dashboard', async () => {
      await logIn(session, 'leader');
      await openFromMenu(page, '统计分析', /\/dashboard$/);
      await page.getByTestId('dashboard').waitFor();
      const received = Number(await kpi(page, 'received'));
      assert.ok(received >= 1, `received this month: ${received}`);
      assert.match(await kpi(page, 'close-rate'), /%|—/);
      await assertFitsWidth(page, 'dashboard (zh-CN)');
      await shot(session, 'admin-1-dashboard');

      await page.locator('header').getByText('English', { exact: true }).click();
      await page.getByRole('menuitem', { name: /Dashboard$/ }).waitFor();
      assert.equal(Number(await kpi(page, 'received')), received);
      await shot(session, 'admin-1-dashboard-en');
    });
    assertNoProblems(session);
  });

  test('an administrator checks coverage and is stopped by a bad GeoJSON feature', {
    timeout: 150_000,
  }, async () => {
    const session = await smallSession();
    const { page } = session;
    await withFailureShot(session, 'admin-2-territory', async () => {
      await logIn(session, 'admin');
      await openFromMenu(page, '网格管理', /\/admin\/territory$/, '系统管理');
      await page
        .locator('[data-testid="territory-admin-map"][data-map-ready="true"]')
        .waitFor({ timeout: 60_000 });
      await assertFitsWidth(page, 'grid management');
      await shot(session, 'admin-2-territory');

      await page.getByRole('tab', { name: '覆盖检查' }).click();
      await page.getByTestId('coverage-run').click();
      const count = page.getByTestId('coverage-problem-count');
      await count.waitFor({ timeout: 60_000 });
      assert.equal(await count.getAttribute('data-count'), '0', 'the demo grids cover their communities');
      await shot(session, 'admin-2-coverage');

      await page.getByRole('tab', { name: '导入 GeoJSON' }).click();
      await page.getByTestId('grid-import-file').setInputFiles(BAD_GEOJSON);
      const errors = page.getByTestId('grid-import-errors');
      await errors.waitFor({ timeout: 60_000 });
      assert.ok(Number(await errors.getAttribute('data-count')) >= 1, 'the bad feature is listed');
      assert.match((await errors.textContent()) ?? '', /2/, 'by its number in the file');
      assert.equal(
        await page.getByTestId('grid-import-submit').isDisabled(),
        true,
        'nothing can be imported',
      );
      await shot(session, 'admin-2-import-errors');
    });
    // The dry run answers the file's problems as 422 ORG_IMPORT_INVALID, which Chromium logs as a
    // failed resource; nothing else may appear.
    assertNoProblems(session, [/status of 422 .*\/api\/org\/grids\/import/]);
  });

  test('an administrator opens the staff, category and calendar pages', { timeout: 150_000 }, async () => {
    const session = await smallSession();
    const { page } = session;
    await withFailureShot(session, 'admin-3-pages', async () => {
      await logIn(session, 'admin');

      await openFromMenu(page, '人员与分工', /\/admin\/staff$/, '系统管理');
      const staff = page.getByTestId('staff-table');
      await staff.locator('tbody tr[data-row-key]').first().waitFor();
      const search = page
        .locator('input[data-testid="staff-search"], [data-testid="staff-search"] input')
        .first();
      await search.fill('gridworker');
      await search.press('Enter');
      await staff.locator('tbody tr[data-row-key]', { hasText: 'gridworker' }).first().waitFor();
      await assertFitsWidth(page, 'staff');
      await shot(session, 'admin-3-staff');
      await page.getByTestId('staff-tab-grids').click();
      await page.getByTestId('staff-grid-table').locator('tbody tr[data-row-key]').first().waitFor();
      await shot(session, 'admin-3-staff-grids');

      await openFromMenu(page, '事件分类', /\/admin\/taxonomy$/);
      const tree = page.getByTestId('taxonomy-tree');
      await page
        .locator('input[data-testid="taxonomy-search"], [data-testid="taxonomy-search"] input')
        .first()
        .fill('占道经营');
      await tree.locator('.ant-tree-title', { hasText: '占道经营' }).first().click();
      await page.getByTestId('taxonomy-editor').waitFor();
      await assertFitsWidth(page, 'categories');
      await shot(session, 'admin-3-taxonomy');

      await openFromMenu(page, '节假日历', /\/admin\/calendar$/);
      await page.getByTestId('calendar-grid').waitFor();
      await assertFitsWidth(page, 'calendar');
      await shot(session, 'admin-3-calendar');
    });
    assertNoProblems(session);
  });

  test('an administrator issues an Open311 key, a client reports with it, then it is revoked', {
    timeout: 120_000,
  }, async () => {
    const session = await smallSession();
    const { page } = session;
    await withFailureShot(session, 'admin-4-open311', async () => {
      await logIn(session, 'admin');
      await openFromMenu(page, '开放接口', /\/admin\/open311$/, '系统管理');
      await page.getByTestId('open311-issue').click();
      await page.getByTestId('open311-name').fill('泉城随手拍');
      await page.getByTestId('open311-issue-submit').click();
      const keyBox = page.getByTestId('open311-key');
      await keyBox.waitFor();
      const key = await keyBox.inputValue();
      assert.match(key, /^wg_[A-Za-z0-9_-]{40,}$/);
      await shot(session, 'admin-4-open311-key');
      await page.getByTestId('open311-key-done').click();
      const row = page.getByTestId('open311-row').filter({ hasText: '泉城随手拍' });
      await row.waitFor();
      assert.ok(!(await page.content()).includes(key), 'the key is shown once only');

      // A civic app reports through Open311 with the key, as a form post.
      const post = (apiKey: string) =>
        fetch(`${run.server.baseUrl}/open311/v2/requests.json`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            api_key: apiKey,
            service_code: '06010',
            lat: '36.6725',
            long: '117.0413',
            description: '小区东门垃圾桶满溢，垃圾散落一地',
          }),
        });
      const created = await post(key);
      assert.equal(created.status, 200, await created.clone().text());
      const [request] = (await created.json()) as Array<{ service_request_id: string }>;
      assert.match(request!.service_request_id, /^370102-\d{8}-\d{5}$/);

      await row.getByTestId('open311-revoke').click();
      await page.getByTestId('open311-revoke-confirm').click();
      await page
        .getByTestId('open311-row')
        .filter({ hasText: '泉城随手拍' })
        .and(page.locator('[data-status="revoked"]'))
        .waitFor();
      await assertFitsWidth(page, 'open311');
      await shot(session, 'admin-4-open311-revoked');
      const refused = await post(key);
      assert.equal(refused.status, 403);
    });
    assertNoProblems(session);
  });
});
