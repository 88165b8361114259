import type { Locale } from '../../i18n/messages.ts';

/** 0.9372 → 93.7 %; null (no denominator) → —. */
export function formatRate(value: number | null, locale: Locale): string {
  if (value === null) return '—';
  return value.toLocaleString(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

export function formatHours(value: number | null, locale: Locale): string {
  if (value === null) return '—';
  return value.toLocaleString(locale, { maximumFractionDigits: 1 });
}

export function formatCount(value: number, locale: Locale): string {
  return value.toLocaleString(locale);
}

/** A community's full name without its committee suffix (甸柳新村第一社区居民委员会 → 甸柳新村第一社区). */
export function shortName(name: string): string {
  return name.replace(/(居民委员会|村民委员会)$/, '');
}
