import { ConfigProvider } from 'antd-mobile';
import enUS from 'antd-mobile/es/locales/en-US';
import zhCNLocale from 'antd-mobile/es/locales/zh-CN';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { setApiLocale } from '../api/http.ts';
import { I18nContext, type I18nValue } from './context.ts';
import { isLocale, type Locale, type MobileKey, type Params, translate } from './translate.ts';

// Apart from the console's choice: a resident's phone is not a staff member's desk.
const STORAGE_KEY = 'wangge.m.locale';

function storedLocale(): Locale | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

/** Simplified Chinese unless the resident picked English; antd-mobile's own texts follow. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => storedLocale() ?? 'zh-CN');
  // Before the first render, so the first requests already ask for the right language.
  setApiLocale(locale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    setApiLocale(next);
    setLocaleState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage disabled (some in-app browsers): keep the choice for this page only.
    }
  }, []);

  const value = useMemo<I18nValue>(
    () => ({ locale, setLocale, t: (key: MobileKey, params?: Params) => translate(locale, key, params) }),
    [locale, setLocale],
  );
  return (
    <I18nContext value={value}>
      <ConfigProvider locale={locale === 'en' ? enUS : zhCNLocale}>{children}</ConfigProvider>
    </I18nContext>
  );
}
