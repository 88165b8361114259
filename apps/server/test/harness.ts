import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseHandle } from '@wangge/db';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { SESSION_COOKIE } from '../src/http/auth-hooks.ts';
import type { Deps } from '../src/http/types.ts';
import { fixedClock } from '../src/lib/clock.ts';
import { createSession } from '../src/modules/auth/index.ts';
import { openTestDatabase } from './test-database.ts';

export interface Session {
  cookie: string;
  csrfToken: string;
}

export interface TestApp {
  app: FastifyInstance;
  deps: Deps;
  handle: DatabaseHandle;
  clock: ReturnType<typeof fixedClock>;
  /** A session for a seeded user without the password round trip (scrypt is slow by design). */
  sessionFor(username: string): Promise<Session>;
  request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    options?: { as?: Session; body?: unknown; headers?: Record<string, string>; csrf?: boolean },
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/**
 * The API over a fresh demo database; time stands still unless a test moves the clock. `env` adds
 * settings (e.g. WANGGE_TEST_CLOCK) to the test configuration.
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const handle = await openTestDatabase();
  const clock = fixedClock(new Date('2026-11-20T02:00:00Z'));
  // Uploaded files go to a directory of this test app's own, never the repository's ./data.
  const dataDir = mkdtempSync(join(tmpdir(), 'wangge-test-data-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    WANGGE_SESSION_SECRET: 'test-secret-test-secret-test-secret-0001',
    WANGGE_DATA_DIR: dataDir,
    ...env,
  });
  const deps: Deps = { db: handle.db, config, clock };
  const app = await buildApp(deps, { logger: process.env.WANGGE_TEST_LOG === '1', serveWeb: false });
  await app.ready();

  // Sessions are reused until the (test) clock passes their expiry, so tests can move time by days.
  const sessions = new Map<string, Session & { expiresAt: Date }>();
  const sessionFor = async (username: string) => {
    const cached = sessions.get(username);
    if (cached && cached.expiresAt > clock.now()) return cached;
    const [user] = await rows<{ id: string }>(
      handle.db,
      sql`SELECT id FROM app_user WHERE username = ${username}`,
    );
    if (!user) throw new Error(`no seeded user ${username}`);
    const s = await createSession(handle.db, user.id, clock.now(), config.sessionHours, '127.0.0.1');
    const session = {
      cookie: `${SESSION_COOKIE}=${app.signCookie(s.token)}`,
      csrfToken: s.csrfToken,
      expiresAt: s.expiresAt,
    };
    sessions.set(username, session);
    return session;
  };

  return {
    app,
    deps,
    handle,
    clock,
    sessionFor,
    request: (method, url, options = {}) => {
      const headers: Record<string, string> = { ...options.headers };
      if (options.as) {
        headers.cookie = options.as.cookie;
        if (options.csrf !== false && method !== 'GET') headers['x-csrf-token'] = options.as.csrfToken;
      }
      return app.inject({
        method,
        url,
        headers,
        ...(options.body === undefined ? {} : { payload: options.body as object }),
      });
    },
    close: async () => {
      await app.close();
      await handle.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
