import { createHmac, randomInt } from 'node:crypto';
import { one } from '@wangge/db';
import { cooldownLeft, maskPhone, SMS_CODE } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import type { Deps } from '../../http/types.ts';
import { blindIndex, piiKey } from '../../lib/pii-key.ts';
import { takeRate } from '../../lib/rate-limit.ts';
import type { SmsCodeSender } from './sms-sender.ts';

/** Only a keyed hash of a code is stored: a leaked table gives no codes. */
export const hashCode = (deps: Deps, phoneHash: string, code: string) =>
  createHmac('sha256', piiKey(deps.config)).update(`sms:${phoneHash}:${code}`).digest('hex');

/**
 * Sends a six-digit sign-in code. Limited per address and per phone (an hour's window) and to one
 * code a minute per phone; a new code replaces the last one and its failed tries.
 */
export async function sendSmsCode(deps: Deps, sender: SmsCodeSender, phone: string, ip: string) {
  const now = deps.clock.now();
  const phoneHash = blindIndex(deps.config, 'phone', phone);
  const last = await one<{ sent_at: Date }>(
    deps.db,
    sql`SELECT sent_at FROM sms_code WHERE phone_hash = ${phoneHash}`,
  );
  const wait = cooldownLeft(last ? { sentAt: new Date(last.sent_at) } : undefined, now);
  if (wait > 0) throw new AppError('PORTAL_SMS_COOLDOWN', { retryAfterSeconds: wait }, { seconds: wait });
  await takeRate(deps.db, 'smsPerAddress', ip, now);
  await takeRate(deps.db, 'smsPerPhone', phoneHash, now);

  const code = String(randomInt(0, 10 ** SMS_CODE.digits)).padStart(SMS_CODE.digits, '0');
  const expiresAt = new Date(now.getTime() + SMS_CODE.ttlSeconds * 1000);
  await deps.db.execute(
    sql`INSERT INTO sms_code (phone_hash, code_hash, sent_at, expires_at, attempts)
        VALUES (${phoneHash}, ${hashCode(deps, phoneHash, code)}, ${now}, ${expiresAt}, 0)
        ON CONFLICT (phone_hash) DO UPDATE SET code_hash = EXCLUDED.code_hash, sent_at = EXCLUDED.sent_at,
          expires_at = EXCLUDED.expires_at, attempts = 0`,
  );
  try {
    await sender.sendCode(phone, code, SMS_CODE.ttlSeconds / 60);
  } catch {
    // Not sent: let the resident ask again at once instead of waiting out the minute.
    await deps.db.execute(sql`DELETE FROM sms_code WHERE phone_hash = ${phoneHash}`);
    throw new AppError('PORTAL_SMS_FAILED');
  }
  return {
    sentTo: maskPhone(phone),
    expiresInSeconds: SMS_CODE.ttlSeconds,
    resendInSeconds: SMS_CODE.cooldownSeconds,
  };
}
