import { timingSafeEqual } from 'node:crypto';
import type { ResidentSession } from '@wangge/contracts';
import { one } from '@wangge/db';
import { checkCode, maskPhone } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import { AppError } from '../../http/errors.ts';
import type { Deps } from '../../http/types.ts';
import { blindIndex } from '../../lib/pii-key.ts';
import { recordAudit } from '../audit/index.ts';
import { createResidentAccount } from './resident-account.ts';
import { startResidentSession } from './resident-session.ts';
import { hashCode } from './send-sms-code.ts';

const same = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

const CODE_ERRORS = {
  none: 'PORTAL_CODE_EXPIRED',
  expired: 'PORTAL_CODE_EXPIRED',
  too_many: 'PORTAL_CODE_TOO_MANY',
  wrong: 'PORTAL_CODE_WRONG',
} as const;

/**
 * Signs a resident in with the code sent to their phone; the first time, their account is made.
 * The account keeps the phone's blind index and masked form only. A wrong code counts a try; a
 * right one is used up.
 */
export async function phoneLogin(
  deps: Deps,
  reply: FastifyReply,
  input: { phone: string; code: string; ip: string; requestId: string },
): Promise<ResidentSession> {
  const now = deps.clock.now();
  const phoneHash = blindIndex(deps.config, 'phone', input.phone);
  return deps.db
    .transaction(async (tx) => {
      const stored = await one<{ code_hash: string; sent_at: Date; expires_at: Date; attempts: number }>(
        tx,
        sql`SELECT code_hash, sent_at, expires_at, attempts FROM sms_code WHERE phone_hash = ${phoneHash} FOR UPDATE`,
      );
      const verdict = checkCode(
        stored && {
          codeHash: stored.code_hash,
          sentAt: new Date(stored.sent_at),
          expiresAt: new Date(stored.expires_at),
          attempts: stored.attempts,
        },
        hashCode(deps, phoneHash, input.code),
        now,
        same,
      );
      if (verdict !== 'ok') {
        if (verdict === 'wrong')
          await tx.execute(sql`UPDATE sms_code SET attempts = attempts + 1 WHERE phone_hash = ${phoneHash}`);
        // The counted try must survive the refusal: answer from outside the transaction.
        return { refused: CODE_ERRORS[verdict] } as const;
      }
      await tx.execute(sql`DELETE FROM sms_code WHERE phone_hash = ${phoneHash}`);
      const existing = await one<{ id: string; disabled: boolean }>(
        tx,
        sql`SELECT id, disabled FROM app_user WHERE phone_hash = ${phoneHash}`,
      );
      if (existing?.disabled) return { refused: 'PORTAL_ACCOUNT_DISABLED' } as const;
      const userId =
        existing?.id ??
        (await createResidentAccount(tx, {
          username: `r_${phoneHash.slice(0, 16)}`,
          displayName: `居民${input.phone.slice(-4)}`,
          phoneHash,
          phoneMasked: maskPhone(input.phone),
        }));
      const actor = { userId, name: null, requestId: input.requestId, scope: { userId, grants: [] } };
      await recordAudit(tx, actor, now, {
        action: existing ? 'portal.login' : 'portal.signup',
        entityType: 'user',
        entityId: userId,
        after: { method: 'sms', ip: input.ip },
      });
      return startResidentSession(tx, deps, reply, userId, input.ip, null);
    })
    .then((result) => {
      if ('refused' in result) throw new AppError(result.refused);
      return result;
    });
}
