import type { Locale } from '../../i18n/messages.ts';

const formatters = new Map<Locale, Intl.DateTimeFormat>();

/** A server timestamp in China time (the time people in the loop work by), e.g. 2026-11-21 17:05. */
export function chinaTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    });
    formatters.set(locale, format);
  }
  return format.format(date);
}
