// One server (fresh embedded database, demo seeded) and one browser per journey file, started
// together before its tests and stopped after them. Each user then gets a context of their own.
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { closeBrowser, launchBrowser, newSession, type Session, type SessionOptions } from './browser.ts';
import { type RunningServer, type StartServerOptions, startServer } from './server.ts';

export interface Journey {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** A new browser context (own cookies), closed when the file's tests end. */
  session(options?: SessionOptions): Promise<Session>;
}

/** Registers the file's before/after hooks; use the result inside tests only. */
export function journey(options: StartServerOptions): Journey {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const sessions: Session[] = [];

  const cleanUp = async () => {
    await Promise.all(sessions.map((s) => s.context.close().catch(() => {})));
    await Promise.all([closeBrowser(browser), server?.stop()]);
    browser = undefined;
    server = undefined;
  };

  before(
    async () => {
      const [started, launched] = await Promise.allSettled([startServer(options), launchBrowser()]);
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

  const running = () => {
    if (!server || !browser) throw new Error('the server and the browser are not running');
    return { server, browser };
  };
  return {
    get server() {
      return running().server;
    },
    get browser() {
      return running().browser;
    },
    async session(options?: SessionOptions) {
      const { server: s, browser: b } = running();
      const session = await newSession(b, s.baseUrl, options);
      sessions.push(session);
      return session;
    },
  };
}
