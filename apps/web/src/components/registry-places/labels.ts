import { type DictionaryName, dictLabel } from '@wangge/domain/registry';
import type { Locale } from '../../i18n/messages.ts';

/** A dictionary code's label in the user's language; '—' when absent. */
export function dict(name: DictionaryName, code: string | null | undefined, locale: Locale): string {
  return code ? dictLabel(name, code, locale) : '—';
}

/** Options of a Select over one of the registry's dictionaries. */
export function dictOptions(
  entries: readonly { code: string; 'zh-CN': string; en: string }[],
  locale: Locale,
): { value: string; label: string }[] {
  return entries.map((e) => ({ value: e.code, label: e[locale] }));
}
