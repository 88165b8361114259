import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { setApiLocale } from '../api/client.ts';
import { I18nContext, type I18nValue } from './context.ts';
import { isLocale, type Locale, type MessageKey, type TranslateParams, translate } from './messages.ts';

const STORAGE_KEY = 'wangge.locale';

function readStoredLocale(): Locale | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => readStoredLocale() ?? 'zh-CN');

  useEffect(() => {
    document.documentElement.lang = locale;
    setApiLocale(locale);
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode or storage disabled: keep the choice for this page only.
    }
  }, []);

  // The server's default applies only until the user has picked a language themselves.
  const applyDefaultLocale = useCallback((fallback: Locale) => {
    if (readStoredLocale() === null) setLocaleState(fallback);
  }, []);

  const value = useMemo<I18nValue>(
    () => ({
      locale,
      setLocale,
      applyDefaultLocale,
      t: (key: MessageKey, params?: TranslateParams) => translate(locale, key, params),
    }),
    [locale, setLocale, applyDefaultLocale],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}
