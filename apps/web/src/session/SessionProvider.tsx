import type { SessionResponse } from '@wangge/contracts';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { type AppConfig, DEFAULT_CONFIG, fetchConfig, fetchSession, logout } from '../api/auth.ts';
import { setUnauthorizedHandler } from '../api/client.ts';
import { useI18n } from '../i18n/useT.ts';
import { navigate } from '../router/router.ts';
import { SessionContext, type SessionState, type SessionValue } from './context.ts';

/** Loads the public config and the current session once, and keeps both for the whole app. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { applyDefaultLocale } = useI18n();
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [config, setConfig] = useState<AppConfig>(DEFAULT_CONFIG);

  useEffect(() => {
    setUnauthorizedHandler(() => setState({ status: 'anonymous' }));
    return () => setUnauthorizedHandler(null);
  }, []);

  useEffect(() => {
    let cancelled = false;
    fetchConfig()
      .then((loaded) => {
        if (cancelled) return;
        setConfig(loaded);
        applyDefaultLocale(loaded.defaultLocale);
      })
      .catch(() => {
        // The defaults (no base map, no demo hint) are fine without the config.
      });
    fetchSession()
      .then(
        (session) =>
          !cancelled && setState(session ? { status: 'authenticated', session } : { status: 'anonymous' }),
      )
      .catch(() => !cancelled && setState({ status: 'anonymous' }));
    return () => {
      cancelled = true;
    };
  }, [applyDefaultLocale]);

  const signedIn = useCallback((session: SessionResponse) => {
    setState({ status: 'authenticated', session });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      setState({ status: 'anonymous' });
      navigate('/login', { replace: true });
    }
  }, []);

  const value = useMemo<SessionValue>(
    () => ({ state, config, signedIn, signOut }),
    [state, config, signedIn, signOut],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}
