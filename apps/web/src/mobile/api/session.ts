import { api, setCsrfToken } from './http.ts';
import type { ResidentSession, SmsCodeResult } from './types.ts';

function remember(session: ResidentSession | null): ResidentSession | null {
  setCsrfToken(session?.csrfToken ?? null);
  return session;
}

/** The resident's session, or null when signed out (a 200 either way: no error in the console). */
export async function fetchSession(): Promise<ResidentSession | null> {
  return remember(await api<ResidentSession | null>('/api/portal/session'));
}

/** Sends a sign-in code by SMS (written to the server log in development). */
export function sendSmsCode(phone: string): Promise<SmsCodeResult> {
  return api('/api/portal/sms-code', { method: 'POST', body: { phone } });
}

export async function phoneLogin(phone: string, code: string): Promise<ResidentSession> {
  const session = await api<ResidentSession>('/api/portal/login', { method: 'POST', body: { phone, code } });
  remember(session);
  return session;
}

/** 匿名上报: an account with no name or number; its private link (`trackingPath`) is the only way back. */
export async function startAnonymous(): Promise<ResidentSession> {
  const session = await api<ResidentSession>('/api/portal/anonymous', { method: 'POST', body: {} });
  remember(session);
  return session;
}

/** Signs in again with an anonymous resident's private link token. */
export async function linkLogin(token: string): Promise<ResidentSession> {
  const session = await api<ResidentSession>('/api/portal/link-login', { method: 'POST', body: { token } });
  remember(session);
  return session;
}

/** A new private link for the signed-in anonymous resident; the old ones stop working. */
export async function renewTrackingLink(): Promise<string> {
  const { trackingPath } = await api<{ trackingPath: string }>('/api/portal/tracking-link', {
    method: 'POST',
    body: {},
  });
  return trackingPath;
}

export async function logout(): Promise<void> {
  try {
    await api<void>('/api/portal/logout', { method: 'POST', body: {} });
  } finally {
    setCsrfToken(null);
  }
}
