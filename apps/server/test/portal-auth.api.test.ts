import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from './harness.ts';
import { asResident, captureSms, newAddress, sessionFrom } from './portal-helpers.ts';

/** Residents' identities: SMS codes, anonymous tracking links, and who may use the resident pages. */
let t: TestApp;
let sms: ReturnType<typeof captureSms>;
before(async () => {
  t = await createTestApp();
  sms = captureSms(t);
});
after(() => t.close());

const post = (url: string, payload: unknown, ip: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, payload: payload as object, remoteAddress: ip, headers });
const later = (seconds: number) => t.clock.set(new Date(t.clock.now().getTime() + seconds * 1000));

describe('signing in with an SMS code', () => {
  const phone = '13912345678';
  it('sends a code to the phone and answers only the masked number', async () => {
    const res = await post('/api/portal/sms-code', { phone }, newAddress());
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { sentTo: '139****5678', expiresInSeconds: 300, resendInSeconds: 60 });
    assert.match(sms.lastCode(phone) ?? '', /^\d{6}$/);
  });

  it('refuses a second code within the minute', async () => {
    const res = await post('/api/portal/sms-code', { phone }, newAddress());
    assert.equal(res.statusCode, 429);
    assert.equal(res.json().code, 'PORTAL_SMS_COOLDOWN');
    assert.ok(res.json().details.retryAfterSeconds > 0);
  });

  it('refuses a wrong code, counts the try, and signs in with the right one, making the account once', async () => {
    const ip = newAddress();
    const code = sms.lastCode(phone)!;
    const wrong = code === '000000' ? '111111' : '000000';
    const bad = await post('/api/portal/login', { phone, code: wrong }, ip);
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().code, 'PORTAL_CODE_WRONG');
    const [tries] = await rows<{ attempts: number }>(t.handle.db, sql`SELECT attempts FROM sms_code`);
    assert.equal(tries!.attempts, 1);

    const ok = await post('/api/portal/login', { phone, code }, ip);
    assert.equal(ok.statusCode, 200, ok.body);
    const s = ok.json();
    assert.equal(s.kind, 'phone');
    assert.equal(s.phoneMasked, '139****5678');
    assert.equal(s.trackingPath, null);
    const me = await asResident(t, sessionFrom(ok))('GET', '/api/portal/session');
    assert.equal(me.json().phoneMasked, '139****5678');

    // The code is used up.
    const again = await post('/api/portal/login', { phone, code }, ip);
    assert.equal(again.json().code, 'PORTAL_CODE_EXPIRED');

    later(61);
    await post('/api/portal/sms-code', { phone }, newAddress());
    const second = await post('/api/portal/login', { phone, code: sms.lastCode(phone) }, newAddress());
    assert.equal(second.statusCode, 200);
    const accounts = await rows<{ n: number }>(
      t.handle.db,
      sql`SELECT count(*)::int AS n FROM app_user WHERE phone_masked = '139****5678'`,
    );
    assert.equal(accounts[0]!.n, 1);
  });

  it('keeps no phone number in the clear anywhere', async () => {
    for (const table of ['app_user', 'sms_code', 'audit_log', 'user_session', 'rate_counter']) {
      const found = await rows<{ n: number }>(
        t.handle.db,
        sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} x WHERE row_to_json(x)::text LIKE ${`%${phone}%`}`,
      );
      assert.equal(found[0]!.n, 0, table);
    }
  });

  it('expires a code after five minutes, and locks it after five wrong tries', async () => {
    const p = '13700000001';
    later(61);
    await post('/api/portal/sms-code', { phone: p }, newAddress());
    later(301);
    const late = await post('/api/portal/login', { phone: p, code: sms.lastCode(p) }, newAddress());
    assert.equal(late.json().code, 'PORTAL_CODE_EXPIRED');

    later(61);
    await post('/api/portal/sms-code', { phone: p }, newAddress());
    const code = sms.lastCode(p)!;
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) await post('/api/portal/login', { phone: p, code: wrong }, newAddress());
    const locked = await post('/api/portal/login', { phone: p, code }, newAddress());
    assert.equal(locked.statusCode, 429);
    assert.equal(locked.json().code, 'PORTAL_CODE_TOO_MANY');
  });

  it('limits codes per phone (5 an hour) and per address (20 an hour)', async () => {
    const p = '13700000002';
    for (let i = 0; i < 5; i++) {
      later(61);
      assert.equal((await post('/api/portal/sms-code', { phone: p }, newAddress())).statusCode, 200);
    }
    later(61);
    const sixth = await post('/api/portal/sms-code', { phone: p }, newAddress());
    assert.equal(sixth.statusCode, 429);
    assert.equal(sixth.json().code, 'RATE_LIMITED');
    assert.match(sixth.json().messages['zh-CN'], /操作太频繁/);

    const ip = newAddress();
    let last = 0;
    for (let i = 0; i < 21; i++) {
      last = (await post('/api/portal/sms-code', { phone: `1360000${String(i).padStart(4, '0')}` }, ip))
        .statusCode;
    }
    assert.equal(last, 429);
  });

  it('refuses numbers that are not mainland mobiles, and says so when the gateway fails', async () => {
    for (const phone of ['12345678901', '1391234567', '+8613912345678', 13912345678]) {
      const res = await post('/api/portal/sms-code', { phone }, newAddress());
      assert.equal(res.statusCode, 400, String(phone));
      assert.equal(res.json().code, 'VALIDATION_FAILED');
    }
    sms.fail(true);
    const down = await post('/api/portal/sms-code', { phone: '13700000003' }, newAddress());
    sms.fail(false);
    assert.equal(down.statusCode, 502);
    assert.equal(down.json().code, 'PORTAL_SMS_FAILED');
    // Nothing kept: the resident may ask again at once.
    const retry = await post('/api/portal/sms-code', { phone: '13700000003' }, newAddress());
    assert.equal(retry.statusCode, 200);
  });
});

describe('anonymous residents', () => {
  it('get an account with a private tracking link that signs them in again elsewhere', async () => {
    const start = await post('/api/portal/anonymous', {}, newAddress());
    assert.equal(start.statusCode, 200, start.body);
    const s = start.json();
    assert.equal(s.kind, 'anonymous');
    assert.equal(s.phoneMasked, null);
    assert.match(s.trackingPath, /^\/m\/t\/[A-Za-z0-9_-]{32}$/);
    const token = s.trackingPath.split('/').pop();

    const back = await post('/api/portal/link-login', { token }, newAddress());
    assert.equal(back.statusCode, 200, back.body);
    assert.equal(back.json().kind, 'anonymous');
    const [stored] = await rows<{ n: number }>(
      t.handle.db,
      sql`SELECT count(*)::int AS n FROM resident_link WHERE token_hash = ${token}`,
    );
    assert.equal(stored!.n, 0, 'only the hash of the token is stored');

    // A new link replaces the old one.
    const renewed = await asResident(t, sessionFrom(back))('POST', '/api/portal/tracking-link', {});
    assert.equal(renewed.statusCode, 200, renewed.body);
    const old = await post('/api/portal/link-login', { token }, newAddress());
    assert.equal(old.statusCode, 404);
    assert.equal(old.json().code, 'PORTAL_LINK_UNKNOWN');
    const fresh = await post(
      '/api/portal/link-login',
      { token: renewed.json().trackingPath.split('/').pop() },
      newAddress(),
    );
    assert.equal(fresh.statusCode, 200);
  });

  it('refuses malformed and unknown links, and limits new identities per address', async () => {
    assert.equal((await post('/api/portal/link-login', { token: 'short' }, newAddress())).statusCode, 400);
    const unknown = await post('/api/portal/link-login', { token: 'x'.repeat(32) }, newAddress());
    assert.equal(unknown.json().code, 'PORTAL_LINK_UNKNOWN');
    const ip = newAddress();
    const codes = [];
    for (let i = 0; i < 21; i++) codes.push((await post('/api/portal/anonymous', {}, ip)).statusCode);
    assert.deepEqual(codes.slice(0, 20), Array(20).fill(200));
    assert.equal(codes[20], 429);
  });

  it('a phone resident needs no tracking link', async () => {
    const start = await post('/api/portal/anonymous', {}, newAddress());
    const s = sessionFrom(start);
    assert.equal((await asResident(t, s)('POST', '/api/portal/logout', {})).statusCode, 204);
    assert.equal((await asResident(t, s)('GET', '/api/portal/session')).json(), null);
  });
});

describe('who may use the resident pages', () => {
  it('answers the session as null when signed out or signed in as staff', async () => {
    const none = await asResident(t, null)('GET', '/api/portal/session');
    assert.equal(none.statusCode, 200);
    assert.equal(none.json(), null);
    const staff = await t.request('GET', '/api/portal/session', { as: await t.sessionFor('dispatcher') });
    assert.equal(staff.json(), null);
  });

  it('refuses staff and the signed-out on resident actions', async () => {
    const staff = await t.sessionFor('dispatcher');
    for (const [method, url] of [
      ['GET', '/api/portal/cases'],
      ['GET', '/api/portal/nearby?lng=117.04&lat=36.67'],
      ['POST', '/api/portal/cases/370102-20261120-00001/me-too'],
    ] as const) {
      const res = await t.request(method, url, { as: staff, ...(method === 'POST' ? { body: {} } : {}) });
      assert.equal(res.statusCode, 403, url);
      assert.equal(res.json().code, 'PORTAL_RESIDENTS_ONLY');
      const anon = await asResident(t, null)(method, url, method === 'POST' ? {} : undefined);
      assert.equal(anon.statusCode, 401, url);
    }
  });

  it('lets the demo resident account (password sign-in) use them too', async () => {
    const res = await t.request('GET', '/api/portal/session', { as: await t.sessionFor('resident') });
    assert.equal(res.json().kind, 'account');
  });

  it('needs the CSRF token on writes by a signed-in resident', async () => {
    const s = sessionFrom(await post('/api/portal/anonymous', {}, newAddress()));
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/portal/tracking-link',
      payload: {},
      headers: { cookie: s.cookie },
    });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().code, 'AUTH_CSRF_INVALID');
  });
});
