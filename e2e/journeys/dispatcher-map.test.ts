// Journey: the subdistrict dispatcher logs in and sees the 52 demo grids of 甸柳新村街道 on the map;
// a wrong password is refused on the login page. Runs the real server on a fresh embedded database
// and Debian's Chromium. Needs `npm run build:web` first.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  chineseFonts,
  closeBrowser,
  launchBrowser,
  newSession,
  withFailureShot,
} from '../support/browser.ts';
import { artifact } from '../support/paths.ts';
import { type RunningServer, startServer } from '../support/server.ts';

const DEMO_PASSWORD = 'Demo2026!';
const DEMO_GRID_COUNT = '52';
const MAP_READY = '[data-testid="territory-map"][data-map-ready="true"]';

let server: RunningServer | undefined;
let browser: Browser | undefined;

async function cleanUp() {
  await Promise.all([closeBrowser(browser), server?.stop()]);
  browser = undefined;
  server = undefined;
}

describe('dispatcher: territory map', () => {
  before(
    async () => {
      const [started, launched] = await Promise.allSettled([
        startServer({ logName: 'dispatcher-map.server.log' }),
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

  test('logs in and sees the 52 grids of the demo subdistrict', { timeout: 150_000 }, async () => {
    assert.ok(server && browser, 'server and browser are running');
    assert.ok(
      chineseFonts().length > 0,
      'No Chinese font is installed (Chinese would render as boxes): apt-get install -y fonts-noto-cjk',
    );
    const session = await newSession(browser, server.baseUrl);
    const { page } = session;
    try {
      await withFailureShot(session, 'dispatcher-territory', async () => {
        await page.goto('/login', { waitUntil: 'domcontentloaded' });
        await page.locator('input#username').fill('dispatcher');
        await page.locator('input#password').fill(DEMO_PASSWORD);
        await page.locator('button[type="submit"]').click();
        await page.waitForURL(/\/workbench(?:[/?#]|$)/, { timeout: 30_000 });
        await page.getByRole('menuitem', { name: '辖区网格' }).click();
        await page.waitForURL(/\/territory(?:[/?#]|$)/, { timeout: 30_000 });

        await page.locator(MAP_READY).waitFor({ state: 'attached', timeout: 60_000 });
        assert.equal(await page.getAttribute(MAP_READY, 'data-grid-count'), DEMO_GRID_COUNT);

        const header = page.locator('header').first();
        await header.waitFor({ state: 'visible' });
        assert.match((await header.textContent()) ?? '', /网格/, 'the header shows the Chinese product name');
        assert.notEqual(
          ((await page.getByTestId('current-user').textContent()) ?? '').trim(),
          '',
          'the user is named',
        );
      });
      await page.screenshot({ path: artifact('dispatcher-territory.png') });
    } finally {
      await session.context.close();
    }
  });

  test('a wrong password shows an error and stays on the login page', { timeout: 60_000 }, async () => {
    assert.ok(server && browser, 'server and browser are running');
    const session = await newSession(browser, server.baseUrl);
    const { page } = session;
    try {
      await withFailureShot(session, 'login-wrong-password', async () => {
        await page.goto('/login', { waitUntil: 'domcontentloaded' });
        await page.locator('input#username').fill('dispatcher');
        await page.locator('input#password').fill('Wrong-password-1');
        await page.locator('button[type="submit"]').click();

        const error = page.getByTestId('login-error');
        await error.waitFor({ state: 'visible', timeout: 15_000 });
        assert.match(
          (await error.textContent()) ?? '',
          /密码/,
          'the error speaks of the password (用户名或密码错误)',
        );
        assert.match(new URL(page.url()).pathname, /^\/login\/?$/);
        assert.equal(await page.locator(MAP_READY).count(), 0);
      });
    } finally {
      await session.context.close();
    }
  });
});
