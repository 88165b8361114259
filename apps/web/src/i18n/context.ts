import { createContext } from 'react';
import { type Locale, type Translate, translate } from './messages.ts';

export interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** Use the server's default language unless the user chose one before. */
  applyDefaultLocale: (locale: Locale) => void;
  t: Translate;
}

export const I18nContext = createContext<I18nValue>({
  locale: 'zh-CN',
  setLocale: () => {},
  applyDefaultLocale: () => {},
  t: (key, params) => translate('zh-CN', key, params),
});
