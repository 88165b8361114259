import type { Locale } from '../../i18n/messages.ts';
import { en } from './en.ts';
import { type MobileKey, zhCN } from './zh-CN.ts';

export type { Locale, MobileKey };
export type Params = Record<string, string | number>;
export type Translate = (key: MobileKey, params?: Params) => string;

const dictionaries: Record<Locale, Record<MobileKey, string>> = { 'zh-CN': zhCN, en };

export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}

/** Looks a key up and fills `{name}` placeholders. */
export function translate(locale: Locale, key: MobileKey, params?: Params): string {
  const text = dictionaries[locale][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
