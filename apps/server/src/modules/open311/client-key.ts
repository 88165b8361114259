import { createHash, randomBytes } from 'node:crypto';

/**
 * Open311 client keys: 32 random bytes, base64url, after a `wg_` marker (so a leaked key is
 * recognisable in logs and code). Only the sha256 of a key is stored, with its first 8 characters
 * for telling keys apart; the key itself is shown once, when it is issued.
 */
export const KEY_MARKER = 'wg_';
const KEY_SHAPE = /^wg_[A-Za-z0-9_-]{43}$/;

export const hashKey = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');
export const keyPrefix = (key: string) => key.slice(0, 8);
/** A string that could be a key at all: anything else is refused without a database look-up. */
export const looksLikeKey = (key: string) => KEY_SHAPE.test(key);

export function newClientKey(): { key: string; hash: string; prefix: string } {
  const key = `${KEY_MARKER}${randomBytes(32).toString('base64url')}`;
  return { key, hash: hashKey(key), prefix: keyPrefix(key) };
}
