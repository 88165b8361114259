import type { SessionResponse } from '@wangge/contracts';
import { api, setCsrfToken } from './client.ts';

export interface AppConfig {
  tileUrl: string | null;
  tileAttribution: string | null;
  defaultLocale: 'zh-CN' | 'en';
  demo: boolean;
}

export const DEFAULT_CONFIG: AppConfig = {
  tileUrl: null,
  tileAttribution: null,
  defaultLocale: 'zh-CN',
  demo: false,
};

export function fetchConfig(): Promise<AppConfig> {
  return api<AppConfig>('/api/config');
}

export async function login(username: string, password: string): Promise<SessionResponse> {
  const session = await api<SessionResponse>('/api/auth/login', {
    method: 'POST',
    body: { username, password },
  });
  setCsrfToken(session.csrfToken);
  return session;
}

/** The current session, or null when signed out (a 200 either way: no error in the console). */
export async function fetchSession(): Promise<SessionResponse | null> {
  const { session } = await api<{ session: SessionResponse | null }>('/api/auth/session');
  setCsrfToken(session?.csrfToken ?? null);
  return session;
}

export async function logout(): Promise<void> {
  try {
    await api<void>('/api/auth/logout', { method: 'POST' });
  } finally {
    setCsrfToken(null);
  }
}
