import { use } from 'react';
import { I18nContext, type I18nValue } from './context.ts';
import type { Translate } from './messages.ts';

/** The translate function for the current language. */
export function useT(): Translate {
  return use(I18nContext).t;
}

/** Language, setter and translate function. */
export function useI18n(): I18nValue {
  return use(I18nContext);
}
