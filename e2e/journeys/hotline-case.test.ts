// Journey: a 12345 operator takes a call and enters the case (with a point picked on the map); the
// dispatcher finds it on the workbench, opens it and accepts it; a second call about the same problem
// is merged into it, the master found by the merge form's search. Real server on a fresh embedded
// database, Debian's Chromium. Needs `npm run build:web` first.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { apiLogin, gridInfo, reportHotlineCase } from '../support/api.ts';
import {
  closeBrowser,
  launchBrowser,
  newSession,
  type Session,
  withFailureShot,
} from '../support/browser.ts';
import { artifact } from '../support/paths.ts';
import { type RunningServer, startServer } from '../support/server.ts';

const PASSWORD = 'Demo2026!';
/** An 8×8 PNG (made with sharp), so the journey uploads a real image. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEUlEQVQImWMwXlWOFTEMLQkAJbdVAbuCg2sAAAAASUVORK5CYII=',
  'base64',
);
let server: RunningServer | undefined;
let browser: Browser | undefined;

async function cleanUp() {
  await Promise.all([closeBrowser(browser), server?.stop()]);
  browser = undefined;
  server = undefined;
}

async function logIn(session: Session, username: string) {
  const { page } = session;
  await page.goto('/login', { waitUntil: 'domcontentloaded' });
  await page.locator('input#username').fill(username);
  await page.locator('input#password').fill(PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/\/workbench(?:[/?#]|$)/, { timeout: 30_000 });
}

describe('12345 call to an accepted case, through the console', () => {
  before(
    async () => {
      const [started, launched] = await Promise.allSettled([
        startServer({ logName: 'hotline-case.server.log' }),
        launchBrowser(),
      ]);
      if (started.status === 'fulfilled') server = started.value;
      if (launched.status === 'fulfilled') browser = launched.value;
      const failed = [started, launched].find((r) => r.status === 'rejected');
      if (failed) {
        await cleanUp();
        throw failed.reason;
      }
    },
    { timeout: 240_000 },
  );
  after(cleanUp, { timeout: 60_000 });

  let caseUrl = '';

  test('the operator enters the call with a point on the map', { timeout: 150_000 }, async () => {
    assert.ok(server && browser);
    const session = await newSession(browser, server.baseUrl);
    const { page } = session;
    try {
      await withFailureShot(session, 'hotline-new-case', async () => {
        await logIn(session, 'hotline');
        await page.goto('/cases/new', { waitUntil: 'domcontentloaded' });
        const form = page.getByTestId('new-case-form');
        await form.waitFor();
        await form.locator('input#externalRef').fill('GD20261121-0042');
        await form.locator('input#reporterName').fill('王女士');
        await form.locator('input#reporterPhone').fill('13812345678');
        await form.locator('input#title').fill('小区门口路灯不亮');
        await form.locator('textarea#description').fill('文化东路小区门口两盏路灯一周不亮，夜间出行不便');
        const map = page.locator('[data-testid="new-case-map"][data-map-ready="true"]');
        await map.waitFor({ state: 'attached', timeout: 60_000 });
        const box = await map.boundingBox();
        assert.ok(box, 'the map is on screen');
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        await page.getByTestId('new-case-location').getByText(/网格/).first().waitFor();
        await form
          .locator('input[type="file"]')
          .setInputFiles({ name: 'light.png', mimeType: 'image/png', buffer: PHOTO });
        await form.locator('img[src*="/api/files/"][src$="/thumb"]').first().waitFor({ timeout: 30_000 });
        await page.getByTestId('new-case-submit').click();
        await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/, { timeout: 30_000 });
        await page.getByTestId('case-status').waitFor();
        assert.equal((await page.getByTestId('case-status').textContent())?.trim(), '待受理');
        caseUrl = new URL(page.url()).pathname;
        await page.screenshot({ path: artifact('hotline-case-created.png') });
      });
      assert.deepEqual(session.problems, [], 'no errors in the browser console');
    } finally {
      await session.context.close();
    }
  });

  test('the dispatcher sees it waiting on the workbench and accepts it', { timeout: 150_000 }, async () => {
    assert.ok(server && browser && caseUrl, 'the case was created');
    const session = await newSession(browser, server.baseUrl);
    const { page } = session;
    try {
      await withFailureShot(session, 'dispatcher-accept', async () => {
        await logIn(session, 'dispatcher');
        await page.goto('/workbench', { waitUntil: 'domcontentloaded' });
        const count = page.getByTestId('workbench-to_accept-count');
        await count.waitFor();
        // The counts load after the cards: wait until this one has counted the new case.
        const deadline = Date.now() + 30_000;
        while (Number((await count.textContent())?.trim()) < 1) {
          assert.ok(Date.now() < deadline, 'the workbench counts the case waiting to be accepted');
          await page.waitForTimeout(200);
        }
        await page.screenshot({ path: artifact('dispatcher-workbench.png') });
        await page.goto(caseUrl, { waitUntil: 'domcontentloaded' });
        // The operator's photo is on the case for the dispatcher to see.
        await page.locator('img[src*="/api/files/"][src$="/thumb"]').first().waitFor();
        await page.getByTestId('action-accept').click();
        await page.getByTestId('action-submit').click();
        await page.getByTestId('case-status').filter({ hasText: '待派单' }).waitFor();
        await page.getByTestId('case-timeline').getByText('受理').first().waitFor();
        await page.screenshot({ path: artifact('dispatcher-case-accepted.png') });
        // The case map draws it where the operator put it.
        await page.goto('/map', { waitUntil: 'domcontentloaded' });
        const map = page.locator('[data-testid="case-map"][data-map-ready="true"]');
        await map.waitFor({ state: 'attached', timeout: 60_000 });
        assert.ok(Number(await map.getAttribute('data-case-count')) >= 1, 'the case is on the map');
        await page.screenshot({ path: artifact('dispatcher-case-map.png') });
      });
      assert.deepEqual(session.problems, [], 'no errors in the browser console');
    } finally {
      await session.context.close();
    }
  });

  test('a second call about the same problem is merged into it (并单)', { timeout: 150_000 }, async () => {
    assert.ok(server && browser && caseUrl, 'the case was created');
    const hotline = await apiLogin(server.baseUrl, 'hotline');
    const master = await hotline.get<{ number: string; title: string }>(`/api/${caseUrl.slice(1)}`);
    const grid = await gridInfo(hotline, '370102009002001');
    const duplicate = await reportHotlineCase(hotline, {
      title: '又有人反映同一处问题',
      description: '同一地点，与前一来电反映的是同一问题',
      location: grid.point,
    });
    const session = await newSession(browser, server.baseUrl);
    const { page } = session;
    try {
      await withFailureShot(session, 'dispatcher-merge', async () => {
        await logIn(session, 'dispatcher');
        await page.goto(`/cases/${duplicate.id}`, { waitUntil: 'domcontentloaded' });
        await page.getByTestId('action-merge').click();
        const select = page.getByTestId('merge-master');
        await select.click();
        // Found by words of its title, not only by its number.
        await select.locator('input').first().fill(master.title.slice(0, 4));
        const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', {
          hasText: master.number,
        });
        await option.first().click();
        await page.screenshot({ path: artifact('dispatcher-merge-form.png') });
        await page.getByTestId('action-submit').click();
        await page.getByTestId('case-status').filter({ hasText: '已并单' }).waitFor();
        await page.getByText(master.number).first().waitFor();
        await page.screenshot({ path: artifact('dispatcher-merged.png') });
      });
      assert.deepEqual(session.problems, [], 'no errors in the browser console');
    } finally {
      await session.context.close();
    }
  });
});
