import { createContext, use } from 'react';
import { type Locale, type Translate, translate } from './translate.ts';

export interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

export const I18nContext = createContext<I18nValue>({
  locale: 'zh-CN',
  setLocale: () => {},
  t: (key, params) => translate('zh-CN', key, params),
});

/** Language, setter and translate function of the resident pages. */
export function useI18n(): I18nValue {
  return use(I18nContext);
}

export function useT(): Translate {
  return use(I18nContext).t;
}
