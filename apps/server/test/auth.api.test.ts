import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  t.request('POST', '/api/auth/login', { body: { username, password }, headers });

describe('POST /api/auth/login', () => {
  it('logs a demo user in with an httpOnly signed cookie and returns roles and a CSRF token', async () => {
    const res = await login('dispatcher', 'Demo2026!');
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.user.username, 'dispatcher');
    assert.equal(body.user.roles[0].role, 'subdistrictDispatcher');
    assert.equal(body.user.roles[0].scopeName, '甸柳新村街道');
    assert.match(body.csrfToken, /^[\w-]{20,}$/);
    const cookie = String(res.headers['set-cookie']);
    assert.match(cookie, /wangge_session=/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);

    const me = await t.request('GET', '/api/auth/me', { headers: { cookie: cookie.split(';')[0]! } });
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().csrfToken, body.csrfToken);
  });

  it('answers a wrong password and an unknown user alike, with a code and both languages', async () => {
    const wrong = await login('community', 'nope-nope-1');
    const unknown = await login('nobody-here', 'nope-nope-1');
    for (const res of [wrong, unknown]) {
      assert.equal(res.statusCode, 401);
      assert.equal(res.json().code, 'AUTH_INVALID_CREDENTIALS');
      assert.equal(res.json().messages['zh-CN'], '用户名或密码错误');
      assert.equal(res.json().messages.en, 'Wrong username or password');
      assert.ok(res.json().requestId);
    }
    assert.equal(
      (await login('community', 'x', { 'accept-language': 'en-US,en' })).json().message,
      'Wrong username or password',
    );
  });

  it('locks a username after five failures, even for the right password, and says when to retry', async () => {
    for (let i = 0; i < 5; i++) assert.equal((await login('leader', `wrong-${i}`)).statusCode, 401);
    const locked = await login('leader', 'Demo2026!');
    assert.equal(locked.statusCode, 429);
    assert.equal(locked.json().code, 'AUTH_THROTTLED');
    assert.equal(locked.headers['retry-after'], '900');
    t.clock.advance(15 * 60_000 + 1000);
    assert.equal((await login('leader', 'Demo2026!')).statusCode, 200);
  });

  it('rejects unknown fields, wrong types, malformed JSON and non-JSON bodies with codes', async () => {
    const extra = await t.request('POST', '/api/auth/login', {
      body: { username: 'admin', password: 'Demo2026!', admin: true },
    });
    assert.equal(extra.statusCode, 400);
    assert.equal(extra.json().code, 'VALIDATION_FAILED');
    const typed = await t.request('POST', '/api/auth/login', { body: { username: 42, password: 'x' } });
    assert.equal(typed.json().code, 'VALIDATION_FAILED');
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "admin",',
    });
    assert.equal(malformed.statusCode, 400);
    assert.equal(malformed.json().code, 'MALFORMED_JSON');
    const form = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'username=admin&password=Demo2026!',
    });
    assert.equal(form.statusCode, 415);
    assert.equal(form.json().code, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('audits logins and failed logins', async () => {
    const found = await rows<{ action: string }>(
      t.handle.db,
      sql`SELECT action FROM audit_log WHERE action LIKE 'auth.login%' GROUP BY action ORDER BY action`,
    );
    assert.deepEqual(
      found.map((r) => r.action),
      ['auth.login', 'auth.login_failed'],
    );
  });
});

describe('sessions', () => {
  it('requires a session, and says so with AUTH_REQUIRED', async () => {
    const res = await t.request('GET', '/api/auth/me');
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().code, 'AUTH_REQUIRED');
  });

  it('answers the session probe with 200 either way', async () => {
    const anonymous = await t.request('GET', '/api/auth/session');
    assert.equal(anonymous.statusCode, 200);
    assert.deepEqual(anonymous.json(), { session: null });
    const signedIn = await t.request('GET', '/api/auth/session', { as: await t.sessionFor('gridworker') });
    assert.equal(signedIn.json().session.user.username, 'gridworker');
    assert.ok(signedIn.json().session.csrfToken);
  });

  it('ignores a forged or unsigned cookie', async () => {
    const res = await t.request('GET', '/api/auth/me', {
      headers: { cookie: 'wangge_session=forged.value' },
    });
    assert.equal(res.json().code, 'AUTH_REQUIRED');
  });

  it('expires sessions after the configured hours', async () => {
    const s = await t.sessionFor('mediator');
    assert.equal((await t.request('GET', '/api/auth/me', { as: s })).statusCode, 200);
    t.clock.advance(13 * 3_600_000);
    const res = await t.request('GET', '/api/auth/me', { as: s });
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().code, 'AUTH_SESSION_EXPIRED');
  });

  it('refuses a cookie-authenticated write without the CSRF token, and accepts it with the token', async () => {
    const res = await login('hotline', 'Demo2026!');
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    const noToken = await t.request('POST', '/api/auth/logout', { headers: { cookie } });
    assert.equal(noToken.statusCode, 403);
    assert.equal(noToken.json().code, 'AUTH_CSRF_INVALID');
    const wrongToken = await t.request('POST', '/api/auth/logout', {
      headers: { cookie, 'x-csrf-token': 'x'.repeat(32) },
    });
    assert.equal(wrongToken.json().code, 'AUTH_CSRF_INVALID');
    const ok = await t.request('POST', '/api/auth/logout', {
      headers: { cookie, 'x-csrf-token': res.json().csrfToken },
    });
    assert.equal(ok.statusCode, 204);
    const afterLogout = await t.request('GET', '/api/auth/me', { headers: { cookie } });
    assert.equal(afterLogout.statusCode, 401);
  });
});
