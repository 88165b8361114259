import type { SessionResponse } from '@wangge/contracts';
import { createContext, use } from 'react';
import { type AppConfig, DEFAULT_CONFIG } from '../api/auth.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'authenticated'; session: SessionResponse };

export interface SessionValue {
  state: SessionState;
  config: AppConfig;
  signedIn: (session: SessionResponse) => void;
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<SessionValue>({
  state: { status: 'loading' },
  config: DEFAULT_CONFIG,
  signedIn: () => {},
  signOut: async () => {},
});

export function useSession(): SessionValue {
  return use(SessionContext);
}
