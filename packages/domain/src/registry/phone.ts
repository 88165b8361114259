/**
 * Phone numbers as the registry keeps them: a mainland mobile (11 digits, 1[3-9]…) or a landline
 * with its area code (0531-86012345, optionally an extension). Spreadsheets and forms bring them
 * with spaces, dashes, brackets or a +86 prefix; the normalised form is what is encrypted, indexed
 * and compared, so the same number typed two ways is one number.
 */

import { MOBILE_PATTERN, maskPhone } from '../portal/phone.ts';

export type PhoneKind = 'mobile' | 'landline';
export type PhoneResult =
  | { ok: true; phone: string; kind: PhoneKind }
  | { ok: false; error: 'PHONE_INVALID' };

/** Area codes are 010, 02x or 0xxx (3 or 4 digits with the 0); local numbers 7 or 8 digits. */
const LANDLINE = /^(0(?:10|2\d|[3-9]\d{2}))(\d{7,8})(?:(?:ext|转|#|-)(\d{1,6}))?$/;

export function normalizePhone(value: unknown): PhoneResult {
  if (typeof value !== 'string') return { ok: false, error: 'PHONE_INVALID' };
  const v = value.trim().replace(/[\s()（）]/g, '');
  const digits = v.replace(/-/g, '').replace(/^(\+?86|0086)(?=1[3-9]\d{9}$)/, '');
  if (MOBILE_PATTERN.test(digits)) return { ok: true, phone: digits, kind: 'mobile' };
  // A dash between area code and number is decoration; a later one introduces an extension.
  const m = LANDLINE.exec(v.replace(/^(0\d{2,3})-/, '$1'));
  if (m) {
    const ext = m[3] ? `-${m[3]}` : '';
    return { ok: true, phone: `${m[1]}-${m[2]}${ext}`, kind: 'landline' };
  }
  return { ok: false, error: 'PHONE_INVALID' };
}

/**
 * As shown by default: 138****5678, 0531-****2345. Anything else keeps only its last two characters.
 */
export function maskAnyPhone(phone: string): string {
  if (MOBILE_PATTERN.test(phone)) return maskPhone(phone);
  const landline = /^(0\d{2,3})-(\d{7,8})(-\d+)?$/.exec(phone);
  if (landline) return `${landline[1]}-****${landline[2]!.slice(-4)}`;
  return phone.length <= 2 ? '*'.repeat(phone.length) : `${'*'.repeat(phone.length - 2)}${phone.slice(-2)}`;
}
