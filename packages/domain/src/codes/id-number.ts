import { isProvincePrefix } from './division-code.ts';

/**
 * GB 11643-1999 citizen identity number (公民身份号码), 18 characters: 6-digit address code,
 * YYYYMMDD birth date, 3-digit sequence (odd = male, even = female), ISO 7064 MOD 11-2 check
 * character (STANDARDS §4.1). The old 15-digit form is not accepted: it has no check character.
 */

export type IdNumberError =
  /** Not 17 ASCII digits followed by a digit or X. */
  | 'ID_NUMBER_MALFORMED'
  /** The address code does not start with a known province-level code. */
  | 'ID_NUMBER_ADDRESS_INVALID'
  /** The birth date is not a real calendar date (or is before 1800). */
  | 'ID_NUMBER_BIRTH_DATE_INVALID'
  /** The birth date is after `today`. */
  | 'ID_NUMBER_BIRTH_DATE_FUTURE'
  /** The check character does not match the first 17 digits (usually a typing error). */
  | 'ID_NUMBER_CHECKSUM';

export const ID_NUMBER_ERRORS: readonly IdNumberError[] = [
  'ID_NUMBER_MALFORMED',
  'ID_NUMBER_ADDRESS_INVALID',
  'ID_NUMBER_BIRTH_DATE_INVALID',
  'ID_NUMBER_BIRTH_DATE_FUTURE',
  'ID_NUMBER_CHECKSUM',
];

export type Sex = 'male' | 'female';

export type IdNumberResult =
  | {
      ok: true;
      /** The number with a lowercase x normalised to X: store and compare this form. */
      idNumber: string;
      /** YYYY-MM-DD */
      birthDate: string;
      sex: Sex;
      addressCode: string;
    }
  | { ok: false; error: IdNumberError };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;
/** China has one time zone and no daylight saving: a birth date is a calendar day at UTC+8. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/**
 * Beyond GB/T 2260 provinces: residence permits for Hong Kong, Macao and Taiwan residents use
 * 810000 / 820000 / 830000, and the 2023 foreigners' permanent residence card number starts with 9.
 */
function validAddressCode(code: string): boolean {
  const prefix = code.slice(0, 2);
  return isProvincePrefix(prefix) || prefix === '83' || code[0] === '9';
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Validates an 18-character ID number; `today` is the current instant (its China calendar day counts). */
export function validateIdNumber(value: unknown, today: Date): IdNumberResult {
  if (typeof value !== 'string') return { ok: false, error: 'ID_NUMBER_MALFORMED' };
  const idNumber = value.toUpperCase();
  if (!SHAPE.test(idNumber)) return { ok: false, error: 'ID_NUMBER_MALFORMED' };

  const addressCode = idNumber.slice(0, 6);
  if (!validAddressCode(addressCode)) return { ok: false, error: 'ID_NUMBER_ADDRESS_INVALID' };

  const year = Number(idNumber.slice(6, 10));
  const month = Number(idNumber.slice(10, 12));
  const day = Number(idNumber.slice(12, 14));
  if (year < 1800 || !isCalendarDate(year, month, day))
    return { ok: false, error: 'ID_NUMBER_BIRTH_DATE_INVALID' };
  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  if (birthDate > chinaDate(today)) return { ok: false, error: 'ID_NUMBER_BIRTH_DATE_FUTURE' };

  if (idNumberCheckChar(idNumber) !== idNumber[17]) return { ok: false, error: 'ID_NUMBER_CHECKSUM' };

  const sex: Sex = Number(idNumber[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, idNumber, birthDate, sex, addressCode };
}

/**
 * For display and logs: keep the first 6 and last 4 characters ('370102********123X'), which is
 * enough to tell people apart without revealing the birth date. Strings too short to keep anything
 * safely are masked entirely.
 */
export function maskIdNumber(value: string): string {
  const upper = value.toUpperCase();
  if (upper.length <= 10) return '*'.repeat(upper.length);
  return `${upper.slice(0, 6)}${'*'.repeat(upper.length - 10)}${upper.slice(-4)}`;
}
