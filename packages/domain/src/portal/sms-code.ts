/** SMS sign-in codes: six digits, valid five minutes, five tries, one new code a minute at most. */
export const SMS_CODE = { digits: 6, ttlSeconds: 300, maxAttempts: 5, cooldownSeconds: 60 } as const;

export interface StoredCode {
  codeHash: string;
  sentAt: Date;
  expiresAt: Date;
  attempts: number;
}

export type CodeCheck = 'ok' | 'none' | 'expired' | 'too_many' | 'wrong';

/** Checks a code (compared by hash, by the caller's constant-time `same`) against the stored one. */
export function checkCode(
  stored: StoredCode | undefined,
  givenHash: string,
  now: Date,
  same: (a: string, b: string) => boolean,
): CodeCheck {
  if (!stored) return 'none';
  if (stored.expiresAt <= now) return 'expired';
  if (stored.attempts >= SMS_CODE.maxAttempts) return 'too_many';
  return same(stored.codeHash, givenHash) ? 'ok' : 'wrong';
}

/** Seconds until another code may be sent to the same phone (0: now). */
export function cooldownLeft(stored: Pick<StoredCode, 'sentAt'> | undefined, now: Date): number {
  if (!stored) return 0;
  const left = SMS_CODE.cooldownSeconds * 1000 - (now.getTime() - stored.sentAt.getTime());
  return left > 0 ? Math.ceil(left / 1000) : 0;
}
