// Steps on the console's pages that several journeys take: log in, open a case, take an action
// through its form, read the workbench, keep a screenshot of every page visited.
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from './api.ts';
import type { Session } from './browser.ts';
import { artifact } from './paths.ts';

/** Saves a full-page screenshot as e2e/artifacts/<name>.png (git-ignored). */
export async function shot(session: Session, name: string): Promise<string> {
  const path = artifact(`${name}.png`);
  await session.page.screenshot({ path, fullPage: true });
  return path;
}

/** Saves a screenshot of one part of the page (scrolled into view) as e2e/artifacts/<name>.png. */
export async function shotOf(part: Locator, name: string): Promise<string> {
  const path = artifact(`${name}.png`);
  await part.screenshot({ path });
  return path;
}

/** Logs in on the login page (the console opens on the workbench); returns the name shown. */
export async function logIn(session: Session, username: string, password = DEMO_PASSWORD): Promise<string> {
  const { page } = session;
  await page.goto('/login', { waitUntil: 'domcontentloaded' });
  await page.locator('input#username').fill(username);
  await page.locator('input#password').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/\/workbench(?:[/?#]|$)/, { timeout: 30_000 });
  const name = ((await page.getByTestId('current-user').textContent()) ?? '').trim();
  assert.notEqual(name, '', `${username} is named in the header`);
  return name;
}

/** Opens a case's detail page and waits for it to show the case. */
export async function openCase(page: Page, id: string): Promise<void> {
  await page.goto(`/cases/${id}`, { waitUntil: 'domcontentloaded' });
  await page.getByTestId('case-status').waitFor();
}

/** Waits until the detail page shows this status (e.g. 待派单). */
export async function expectStatus(page: Page, status: string): Promise<void> {
  await page
    .getByTestId('case-status')
    .filter({ hasText: new RegExp(`^${status}$`) })
    .waitFor();
}

/** The action types the detail page offers the user now, in order. */
export async function offeredActions(page: Page): Promise<string[]> {
  const ids = await page
    .locator('[data-testid^="action-"]:not([data-testid="action-submit"])')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-testid') ?? ''));
  return ids.map((id) => id.replace(/^action-/, ''));
}

/** The timeline's action types, oldest first. */
export async function timelineActions(page: Page): Promise<string[]> {
  return page
    .getByTestId('case-timeline-entry')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-action') ?? ''));
}

/** The timeline's entries as text, oldest first. */
export async function timelineEntries(page: Page): Promise<string[]> {
  return page
    .getByTestId('case-timeline-entry')
    .evaluateAll((nodes) => nodes.map((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** Waits until the timeline's last entry names this action (and, if given, its actor). */
export async function expectLastEntry(page: Page, action: string, actor?: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  let last = '';
  while (Date.now() < deadline) {
    last = (await timelineEntries(page)).at(-1) ?? '';
    if (last.startsWith(action) && (!actor || last.includes(actor))) return last;
    await page.waitForTimeout(200);
  }
  assert.fail(`the timeline ends with ${action}${actor ? ` by ${actor}` : ''}; its last entry: ${last}`);
}

/**
 * Takes an action through the detail page: its button, its form in the modal (`fill`), submit; waits
 * for the modal to close and the page to show `status` afterwards.
 */
export async function takeAction(
  page: Page,
  type: string,
  status: string,
  fill?: (dialog: Locator) => Promise<void>,
): Promise<void> {
  await page.getByTestId(`action-${type}`).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (fill) await fill(dialog);
  await page.getByTestId('action-submit').click();
  await dialog.waitFor({ state: 'hidden' });
  await expectStatus(page, status);
}

/**
 * Picks an option of an antd Select (its root element): opens it, types part of the option's text
 * when the select is searchable, and clicks the option in the open dropdown.
 */
export async function chooseOption(page: Page, select: Locator, text: string, search = true): Promise<void> {
  await select.click();
  if (search) await select.locator('input').first().fill(text);
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text });
  await option.first().click();
}

/** Waits until a workbench count satisfies `ok` (the counts load after the cards) and returns it. */
export async function workbenchCount(page: Page, task: string, ok: (n: number) => boolean): Promise<number> {
  const count = page.getByTestId(`workbench-${task}-count`);
  await count.waitFor();
  const deadline = Date.now() + 30_000;
  let value = Number.NaN;
  while (Date.now() < deadline) {
    value = Number((await count.textContent())?.trim());
    if (Number.isFinite(value) && ok(value)) return value;
    await page.waitForTimeout(200);
  }
  assert.fail(`workbench ${task} count: ${value}`);
}

/** Opens the workbench and waits for its counts. */
export async function openWorkbench(page: Page): Promise<void> {
  await page.goto('/workbench', { waitUntil: 'domcontentloaded' });
  await page.getByTestId('workbench-to_handle-count').waitFor();
}

/** Opens the case list (with a query string) and waits until it has loaded its page. */
export async function openCaseList(page: Page, search = ''): Promise<void> {
  const loaded = page.waitForResponse(
    (response) => new URL(response.url()).pathname === '/api/cases' && response.request().method() === 'GET',
  );
  await page.goto(`/cases${search}`, { waitUntil: 'domcontentloaded' });
  await loaded;
  await page.getByTestId('case-total').waitFor();
}

/** The problems seen in the browser, failing the journey if there were any (besides `expected`). */
export function assertNoProblems(session: Session, expected: RegExp[] = []): void {
  const unexpected = session.problems.filter((p) => !expected.some((e) => e.test(p)));
  assert.deepEqual(unexpected, [], 'no errors in the browser console');
}

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** Clicks the map at `at` (fractions of its box) and reads back the point the page shows. */
async function clickAndRead(
  page: Page,
  map: Locator,
  readout: Locator,
  at: { x: number; y: number },
): Promise<{ px: number; py: number; lng: number; lat: number }> {
  const box = await map.boundingBox();
  assert.ok(box, 'the map is on screen');
  const px = box.x + box.width * at.x;
  const py = box.y + box.height * at.y;
  const before = (await readout.textContent()) ?? '';
  await page.mouse.click(px, py);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const text = (await readout.textContent()) ?? '';
    const found = /坐标：(-?\d+\.\d+), (-?\d+\.\d+)/.exec(text);
    if (found && text !== before) return { px, py, lng: Number(found[1]), lat: Number(found[2]) };
    await page.waitForTimeout(100);
  }
  assert.fail(`the page did not show the clicked point (${readout})`);
}

/**
 * Picks `target` on a click-to-pick map, the way a person aims: two clicks show which coordinates
 * the map has under which pixels (north-up Web Mercator: linear in x and in mercator y), then a
 * click on the target's pixel. `readout` shows "坐标：lng, lat" after each click.
 */
export async function pickOnMap(
  page: Page,
  map: Locator,
  readout: Locator,
  target: { lng: number; lat: number },
): Promise<void> {
  const a = await clickAndRead(page, map, readout, { x: 0.3, y: 0.3 });
  const b = await clickAndRead(page, map, readout, { x: 0.7, y: 0.7 });
  const perPxX = (b.lng - a.lng) / (b.px - a.px);
  const perPxY = (mercatorY(b.lat) - mercatorY(a.lat)) / (b.py - a.py);
  const x = a.px + (target.lng - a.lng) / perPxX;
  const y = a.py + (mercatorY(target.lat) - mercatorY(a.lat)) / perPxY;
  const box = await map.boundingBox();
  assert.ok(box, 'the map is on screen');
  const inside = x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height;
  assert.ok(inside, `the target ${target.lng},${target.lat} is on the map (pixel ${x},${y})`);
  await page.mouse.click(x, y);
}
