import { en } from './en.ts';
import { type MessageKey, zhCN } from './zh-CN.ts';

export type Locale = 'zh-CN' | 'en';
export type { MessageKey };
export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

const dictionaries: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}

/** Looks a key up and fills `{name}` placeholders. */
export function translate(locale: Locale, key: MessageKey, params?: TranslateParams): string {
  const text = dictionaries[locale][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Formats a number for the locale, e.g. 12,345. */
export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 0): string {
  return value.toLocaleString(locale, { maximumFractionDigits });
}
