import { dictLabel } from '@wangge/domain/registry';
import type { Locale, MessageKey, Translate } from '../../i18n/messages.ts';

export const RESIDENCY_COLORS: Record<string, string> = {
  registered: 'blue',
  migrant: 'orange',
  overseas: 'purple',
};

/** Full years between a birth date (YYYY-MM-DD) and today in China; null without a date. */
export function ageOf(birthDate: string | null, now: Date = new Date()): number | null {
  if (!birthDate || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return null;
  const today = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  const age = ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
  return age >= 0 ? age : null;
}

/** Today's China calendar day, YYYY-MM-DD. */
export const chinaToday = (now: Date = new Date()): string =>
  new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

export const residencyLabel = (code: string, locale: Locale): string =>
  dictLabel('residencyType', code, locale);

export const sexLabel = (code: string | null, locale: Locale): string =>
  code ? dictLabel('sex', code, locale) : '';

/** A person field's name in the user's language (the history also names fields the form has not). */
export function fieldLabel(field: string, t: Translate): string {
  const text = t(`people.field.${field}` as MessageKey) as string | undefined;
  return text ?? field;
}
