import assert from 'node:assert/strict';
import type { Session, TestApp } from './harness.ts';

/** Captures the SMS codes the portal sends, instead of a gateway. */
export function captureSms(t: TestApp) {
  const sent: Array<{ phone: string; code: string }> = [];
  let failing = false;
  t.deps.smsSender = {
    async sendCode(phone, code) {
      if (failing) throw new Error('gateway down');
      sent.push({ phone, code });
    },
  };
  return {
    sent,
    lastCode: (phone: string) => [...sent].reverse().find((s) => s.phone === phone)?.code,
    fail: (on: boolean) => {
      failing = on;
    },
  };
}

/** A resident session as the browser holds it: the cookie set by the answer, and its CSRF token. */
export function sessionFrom(res: {
  headers: Record<string, unknown>;
  json(): { csrfToken: string };
}): Session {
  const raw = res.headers['set-cookie'];
  const cookie = (Array.isArray(raw) ? raw[0] : String(raw)).split(';')[0]!;
  return { cookie, csrfToken: res.json().csrfToken };
}

let address = 0;
/** Each test caller comes from its own address, so per-address limits do not mix tests up. */
export const newAddress = () => `10.0.${Math.floor(++address / 250)}.${address % 250}`;

/** Signs a resident in by SMS code, from a fresh address. */
export async function residentByPhone(t: TestApp, sms: ReturnType<typeof captureSms>, phone: string) {
  const ip = newAddress();
  const sent = await t.app.inject({
    method: 'POST',
    url: '/api/portal/sms-code',
    payload: { phone },
    remoteAddress: ip,
  });
  assert.equal(sent.statusCode, 200, sent.body);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/portal/login',
    payload: { phone, code: sms.lastCode(phone) },
    remoteAddress: ip,
  });
  assert.equal(res.statusCode, 200, res.body);
  return sessionFrom(res);
}

/** Calls the API as a resident session from a given address. */
export function asResident(t: TestApp, s: Session | null, ip = '10.9.9.9') {
  return (method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      remoteAddress: ip,
      headers: s ? { cookie: s.cookie, ...(method === 'POST' ? { 'x-csrf-token': s.csrfToken } : {}) } : {},
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
}
