import { createContext, use } from 'react';
import type { ResidentSession } from '../api/types.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | { status: 'signedIn'; session: ResidentSession };

export interface SessionValue {
  state: SessionState;
  /** The session once known (null while loading or signed out). */
  session: ResidentSession | null;
  signedIn: (session: ResidentSession) => void;
  signOut: () => Promise<void>;
  /** An anonymous resident's new private link. */
  setTrackingPath: (path: string) => void;
  /** Unread notifications of the signed-in resident. */
  unread: number;
  refreshUnread: () => void;
}

export const SessionContext = createContext<SessionValue>({
  state: { status: 'loading' },
  session: null,
  signedIn: () => {},
  signOut: async () => {},
  setTrackingPath: () => {},
  unread: 0,
  refreshUnread: () => {},
});

export function useSession(): SessionValue {
  return use(SessionContext);
}
