// Journeys on a phone (390×844, touch, in Chinese): a resident signs in with an SMS code, reports a
// problem with a photo and a point picked on the map; staff handle it over the API; the resident
// follows it, sees the result photo and says it is not fixed, which reopens it. A neighbour, reporting
// anonymously, finds the open case nearby and says "me too" instead. The public board shows the
// community's cases with no phone, no name and no exact location. Needs `npm run build:web`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type ApiClient, actOnCase, apiLogin } from '../support/api.ts';
import { type Session, withFailureShot } from '../support/browser.ts';
import { assertNoProblems, shot } from '../support/console.ts';
import { journey } from '../support/journey.ts';

const run = journey({ logName: 'resident.server.log' });

/** An 8×8 PNG (made with sharp). */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEUlEQVQImWMwXlWOFTEMLQkAJbdVAbuCg2sAAAAASUVORK5CYII=',
  'base64',
);
const PHONE = '13912340001';
const DESCRIPTION = '小区东门垃圾桶满溢，垃圾散落一地，有异味，电话13912340001';
const WORKER_GRID = '370102009002001';

/** Nothing on the page is wider than the phone's screen. */
async function assertFitsPhone(page: Page, what: string): Promise<void> {
  const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
  assert.ok(overflow <= 0, `${what}: the page is ${overflow}px wider than the phone`);
}

/** The sign-in code the server wrote to its log (no SMS gateway in development). */
async function codeFor(phone: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const found = [...run.server.output().matchAll(new RegExp(`sign-in code for ${phone}: (\\d{6})`, 'g'))];
    if (found.length) return found.at(-1)![1]!;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no sign-in code for ${phone} in the server log`);
}

async function chooseCategory(page: Page, words: string): Promise<void> {
  await page.getByTestId('report-category').click();
  await page.getByTestId('category-search').locator('input').fill(words);
  await page.getByTestId('category-option').filter({ hasText: words }).first().click();
  await page.getByTestId('report-category-value').filter({ hasText: words }).waitFor();
}

async function caseIdOf(staff: ApiClient, number: string): Promise<string> {
  const list = await staff.get<{ items: Array<{ id: string; number: string }> }>(
    `/api/cases?q=${encodeURIComponent(number)}`,
  );
  const found = list.items.find((c) => c.number === number);
  if (!found) throw new Error(`${staff.username} cannot find ${number}`);
  return found.id;
}

async function phoneSession(): Promise<Session> {
  return run.session({ phone: true });
}

describe('a resident on a phone', () => {
  let number = '';
  /** The reporter's phone: still signed in when they come back to rate. */
  let reporter: Session | undefined;

  test('signs in with an SMS code and reports with a photo and a point on the map', {
    timeout: 150_000,
  }, async () => {
    const session = await phoneSession();
    reporter = session;
    const { page } = session;
    await withFailureShot(session, 'resident-1-report', async () => {
      await page.goto('/m/login', { waitUntil: 'domcontentloaded' });
      await page.getByTestId('login-phone').locator('input').fill(PHONE);
      await page.getByTestId('login-send-code').click();
      await page.getByTestId('login-sent-to').filter({ hasText: '139****0001' }).waitFor();
      await page
        .getByTestId('login-code')
        .locator('input')
        .fill(await codeFor(PHONE));
      await shot(session, 'resident-1-login');
      await page.getByTestId('login-submit').click();
      await page.getByTestId('home-identity').filter({ hasText: '139****0001' }).waitFor();
      await assertFitsPhone(page, 'home');
      await shot(session, 'resident-1-home');

      await page.getByTestId('home-report').click();
      await page.getByTestId('report-form').waitFor();
      await page.getByTestId('report-photos-input').setInputFiles({
        name: 'rubbish.png',
        mimeType: 'image/png',
        buffer: PHOTO,
      });
      await page.getByTestId('report-photo').first().waitFor();
      await chooseCategory(page, '暴露垃圾');
      await page.getByTestId('report-description').locator('textarea').fill(DESCRIPTION);
      // The phone's position first (the map opens there), then a point picked on the map.
      await page.getByTestId('report-locate-device').click();
      await page.getByTestId('report-location-grid').filter({ hasText: '第1网格' }).waitFor();
      await page.getByTestId('report-locate-map').click();
      const map = page.getByTestId('pick-map');
      await map.waitFor();
      await page.waitForTimeout(500);
      const box = await map.boundingBox();
      assert.ok(box, 'the map is on screen');
      await page.mouse.click(box.x + box.width / 2 + 10, box.y + box.height / 2 + 10);
      await page.getByTestId('pick-map-point').waitFor();
      await shot(session, 'resident-1-map-pick');
      await page.getByTestId('map-confirm').click();
      await page
        .getByTestId('report-location-status')
        .filter({ hasText: /WGS-84/ })
        .waitFor();
      await page.getByTestId('report-location-grid').filter({ hasText: '第1网格' }).waitFor();
      await assertFitsPhone(page, 'report form');
      await shot(session, 'resident-1-report-form');
      await page.getByTestId('report-submit').click();

      const done = page.getByTestId('report-done');
      await done.waitFor({ timeout: 60_000 });
      number = ((await page.getByTestId('report-done-number').textContent()) ?? '').trim();
      assert.match(number, /^370102-\d{8}-\d{5}$/);
      await page.getByTestId('report-done-grid').filter({ hasText: '第1网格' }).waitFor();
      await shot(session, 'resident-1-report-done');
    });
    assertNoProblems(session);
  });

  test('staff verify, accept, dispatch and fix it with a photo', { timeout: 60_000 }, async () => {
    const worker = await apiLogin(run.server.baseUrl, 'gridworker');
    const community = await apiLogin(run.server.baseUrl, 'community');
    const id = await caseIdOf(worker, number);
    await actOnCase(worker, id, { type: 'verify_report', exists: true });
    await actOnCase(community, id, { type: 'accept' });
    await actOnCase(community, id, { type: 'dispatch', lead: { kind: 'territory', code: WORKER_GRID } });
    await actOnCase(worker, id, { type: 'claim' });
    const after = await worker.upload(PHOTO, 'cleaned.png', 'image/png');
    await actOnCase(worker, id, { type: 'feedback', result: '已清运垃圾并冲洗地面', afterPhotos: [after] });
    await actOnCase(worker, id, { type: 'check', pass: true });
  });

  test('a neighbour reporting anonymously finds it nearby and says "me too"', {
    timeout: 120_000,
  }, async () => {
    const session = await phoneSession();
    const { page } = session;
    await withFailureShot(session, 'resident-2-me-too', async () => {
      await page.goto('/m/login', { waitUntil: 'domcontentloaded' });
      await page.getByTestId('login-anonymous').click();
      await page.getByTestId('report-form').or(page.getByTestId('home-report')).first().waitFor();
      if (!(await page.getByTestId('report-form').isVisible())) await page.getByTestId('home-report').click();
      await page.getByTestId('report-form').waitFor();
      await chooseCategory(page, '暴露垃圾');
      await page.getByTestId('report-locate-device').click();
      const nearby = page.getByTestId('nearby-item').filter({ hasText: number });
      await nearby.waitFor();
      assert.ok(!(await page.getByTestId('nearby-list').textContent())?.includes('13912340001'));
      await assertFitsPhone(page, 'nearby');
      await shot(session, 'resident-2-nearby');
      await nearby.getByTestId('nearby-me-too').click();
      await page.getByTestId('case-detail').waitFor();
      await page.getByTestId('case-number').filter({ hasText: number }).waitFor();
      await page.getByTestId('case-supporters').filter({ hasText: '1' }).waitFor();
      assert.equal(await page.getByTestId('rate-panel').count(), 0, 'only the reporter rates');
      await shot(session, 'resident-2-following');
    });
    assertNoProblems(session);
  });

  test('the resident sees the result photo and says it is not fixed, which reopens it', {
    timeout: 120_000,
  }, async () => {
    const session = reporter;
    assert.ok(session, 'the reporter signed in in the first test');
    const { page } = session;
    await withFailureShot(session, 'resident-3-rate', async () => {
      await page.goto('/m', { waitUntil: 'domcontentloaded' });
      await page.getByTestId('home-identity').filter({ hasText: '139****0001' }).waitFor();
      await page.getByTestId('home-cases').click();
      const item = page.getByTestId('case-item').filter({ hasText: number });
      await item.getByTestId('case-item-to-rate').waitFor();
      await shot(session, 'resident-3-my-cases');
      await item.click();
      await page.getByTestId('case-detail').waitFor();
      await page.getByTestId('case-progress').filter({ hasText: '请您评价' }).waitFor();
      await page.getByTestId('case-handled-by').or(page.getByTestId('case-timeline')).first().waitFor();
      const timeline = page.getByTestId('case-timeline');
      await timeline.getByText('已清运垃圾并冲洗地面').waitFor();
      const results = page.locator('[data-testid="case-detail"] img[src*="/api/files/"]');
      assert.ok((await results.count()) >= 2, 'the report photo and the result photo');
      await assertFitsPhone(page, 'case detail');
      await shot(session, 'resident-3-detail');

      await page.getByTestId('rate-reopen').click();
      await page.getByTestId('reopen-reason').locator('textarea').fill('第二天垃圾又堆满了');
      await page.getByTestId('reopen-confirm').click();
      await page.getByTestId('case-progress').filter({ hasText: '正在处理' }).waitFor();
      assert.equal(await page.getByTestId('rate-panel').count(), 0);
      await shot(session, 'resident-3-reopened');
    });
    assertNoProblems(session);
  });

  test('the public board shows the case with no phone, no name and no exact place', {
    timeout: 90_000,
  }, async () => {
    const session = await phoneSession();
    const { page } = session;
    await withFailureShot(session, 'resident-4-board', async () => {
      await page.goto('/m/board', { waitUntil: 'domcontentloaded' });
      const community = page.getByTestId('board-community');
      await community.waitFor();
      if (!(await page.getByTestId('board-list').isVisible())) {
        await community.click();
        await page.getByText('甸柳新村第一社区').first().click();
      }
      const item = page.getByTestId('board-item').filter({ hasText: number });
      await item.waitFor();
      const text = (await page.getByTestId('board-list').textContent()) ?? '';
      assert.ok(!text.includes('13912340001') && !text.includes('139****0001'), 'no phone');
      assert.ok(!text.includes('居民0001'), 'no name');
      assert.ok(!text.includes('117.0413'), 'no exact point');
      await assertFitsPhone(page, 'board');
      await shot(session, 'resident-4-board');
    });
    // The board is public: its answer carries no personal data either.
    const res = await fetch(`${run.server.baseUrl}/api/portal/board?community=370102009002`);
    const body = await res.text();
    assert.ok(body.includes(number));
    assert.ok(!/13912340001|139\*{4}0001|居民0001/.test(body));
    assertNoProblems(session);
  });
});
