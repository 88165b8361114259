import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { setSessionLostHandler } from '../api/http.ts';
import { fetchNotices } from '../api/notifications.ts';
import { fetchSession, logout } from '../api/session.ts';
import type { ResidentSession } from '../api/types.ts';
import { useMobilePath } from '../router.ts';
import { SessionContext, type SessionState, type SessionValue } from './context.ts';
import { rememberTrackingPath, withTrackingPath } from './trackingLink.ts';

/** Loads the resident's session once, keeps it for every page, and counts unread notifications. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [unread, setUnread] = useState(0);
  const [unreadTick, setUnreadTick] = useState(0);
  const path = useMobilePath();

  useEffect(() => {
    setSessionLostHandler(() => setState({ status: 'signedOut' }));
    return () => setSessionLostHandler(null);
  }, []);

  useEffect(() => {
    let cancelled = false;
    fetchSession()
      .then((session) => {
        if (cancelled) return;
        setState(
          session ? { status: 'signedIn', session: withTrackingPath(session) } : { status: 'signedOut' },
        );
      })
      .catch(() => !cancelled && setState({ status: 'signedOut' }));
    return () => {
      cancelled = true;
    };
  }, []);

  const signedInNow = state.status === 'signedIn';
  // Counted again on every page change (and on demand): cheap, and the badge stays honest.
  useEffect(() => {
    if (!signedInNow) {
      setUnread(0);
      return;
    }
    const controller = new AbortController();
    fetchNotices({ unreadOnly: true, limit: 1 }, controller.signal).then(
      (list) => setUnread(list.unread),
      () => {},
    );
    return () => controller.abort();
  }, [signedInNow, path, unreadTick]);

  const signedIn = useCallback((session: ResidentSession) => {
    // A different resident on this phone: an older private link is not theirs.
    if (session.kind !== 'anonymous') rememberTrackingPath(null);
    setState({ status: 'signedIn', session: withTrackingPath(session) });
  }, []);
  const signOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      rememberTrackingPath(null);
      setState({ status: 'signedOut' });
    }
  }, []);
  const setTrackingPath = useCallback((path: string) => {
    rememberTrackingPath(path);
    setState((current) =>
      current.status === 'signedIn'
        ? { status: 'signedIn', session: { ...current.session, trackingPath: path } }
        : current,
    );
  }, []);
  const refreshUnread = useCallback(() => setUnreadTick((n) => n + 1), []);

  const value = useMemo<SessionValue>(
    () => ({
      state,
      session: state.status === 'signedIn' ? state.session : null,
      signedIn,
      signOut,
      setTrackingPath,
      unread,
      refreshUnread,
    }),
    [state, signedIn, signOut, setTrackingPath, unread, refreshUnread],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}
