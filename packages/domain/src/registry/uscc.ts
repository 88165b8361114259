/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character
 * alphabet without I, O, S, V and Z; positions 3–8 are the registering division's GB/T 2260 code;
 * the last character is a MOD 31 check over the first 17.
 */

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type UsccError = 'USCC_MALFORMED' | 'USCC_CHECKSUM';

export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

export function validateUscc(value: unknown): { ok: true; uscc: string } | { ok: false; error: UsccError } {
  if (typeof value !== 'string') return { ok: false, error: 'USCC_MALFORMED' };
  const uscc = value.trim().toUpperCase();
  if (!SHAPE.test(uscc)) return { ok: false, error: 'USCC_MALFORMED' };
  if (usccCheckChar(uscc) !== uscc[17]) return { ok: false, error: 'USCC_CHECKSUM' };
  return { ok: true, uscc };
}
