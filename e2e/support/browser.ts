import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { artifact } from './paths.ts';

/** Debian's Chromium (`apt-get install chromium`); `npx playwright install` cannot download here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}: run \`apt-get install -y chromium fonts-noto-cjk\`.`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
  });
}

/** Closes the browser, giving up after 15 s (playwright kills it when this process exits anyway). */
export async function closeBrowser(browser: Browser | undefined): Promise<void> {
  if (!browser) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    browser.close().catch(() => {}),
    new Promise((resolve) => {
      timer = setTimeout(resolve, 15_000);
    }),
  ]);
  clearTimeout(timer);
}

/** Font families installed for Chinese; without one, Chinese text renders as boxes in screenshots. */
export function chineseFonts(): string[] {
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (result.status !== 0) return [];
  return result.stdout.split('\n').filter((line) => line.trim() !== '');
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors seen so far. */
  problems: string[];
}

/** A phone in the hand: what the resident pages are made for (an iPhone 12–15 sized screen). */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

export interface SessionOptions {
  /** A phone-sized touch screen instead of a desktop. */
  phone?: boolean;
}

/** A fresh context (own cookies and storage) at desktop size, in Chinese, with short default waits. */
export async function newSession(
  browser: Browser,
  baseUrl: string,
  options: SessionOptions = {},
): Promise<Session> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    ...(options.phone ? PHONE : { viewport: { width: 1440, height: 900 } }),
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // The phone's position for "use my location": inside 甸柳新村第一社区第1网格.
    ...(options.phone
      ? { geolocation: { longitude: 117.0413, latitude: 36.6725 }, permissions: ['geolocation'] }
      : {}),
  });
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    problems.push(`console error: ${message.text()}${where ? ` (${where})` : ''}`);
  });
  return { context, page, problems };
}

/**
 * Runs one journey step; on failure saves a screenshot to e2e/artifacts/<name>-failure.png and adds
 * the page's errors to the message before rethrowing.
 */
export async function withFailureShot<T>(session: Session, name: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    const shot = artifact(`${name}-failure.png`);
    await session.page.screenshot({ path: shot, fullPage: true, timeout: 10_000 }).catch(() => {});
    const problems = session.problems.length ? `\nPage problems:\n  ${session.problems.join('\n  ')}` : '';
    const where = `\nURL: ${session.page.url()}\nScreenshot: ${shot}${problems}`;
    if (error instanceof Error) {
      // The test runner prints the stack, which holds a copy of the original message.
      if (error.stack?.includes(error.message))
        error.stack = error.stack.replace(error.message, error.message + where);
      error.message += where;
      throw error;
    }
    throw new Error(`${String(error)}${where}`);
  }
}
