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
