import { one } from '@wangge/db';
import { type CaseStatus, FINAL_STATUSES } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { takeRate } from '../../lib/rate-limit.ts';
import { recordAudit } from '../audit/index.ts';

/**
 * 我也遇到 ("me too"): instead of filing the same problem again, the resident joins an open case.
 * They follow it from then on (its progress in "my cases", notifications when it moves) and staff
 * see how many residents it affects. Saying it twice changes nothing.
 */
export async function meToo(deps: Deps, actor: Actor, number: string) {
  const userId = actor.userId!;
  const now = deps.clock.now();
  await takeRate(deps.db, 'supportsPerResident', userId, now);
  return deps.db.transaction(async (tx) => {
    const c = await one<{
      id: string;
      status: CaseStatus;
      district_code: string;
      reporter_id: string | null;
    }>(tx, sql`SELECT id, status, district_code, reporter_id FROM case_record WHERE number = ${number}`);
    if (!c) throw new AppError('PORTAL_CASE_NOT_FOUND');
    if (FINAL_STATUSES.includes(c.status)) throw new AppError('PORTAL_CASE_FINISHED');
    if (c.reporter_id !== userId) {
      const added = await one<{ added: boolean }>(
        tx,
        sql`WITH ins AS (
              INSERT INTO case_follower (case_id, user_id, district_code, created_at)
              VALUES (${c.id}, ${userId}, ${c.district_code}, ${now}) ON CONFLICT DO NOTHING RETURNING 1)
            SELECT EXISTS (SELECT 1 FROM ins) AS added`,
      );
      if (added?.added)
        await recordAudit(tx, actor, now, {
          action: 'case.me_too',
          entityType: 'case',
          entityId: c.id,
          districtCode: c.district_code,
        });
    }
    const count = await one<{ n: number }>(
      tx,
      sql`SELECT count(*)::int AS n FROM case_follower WHERE case_id = ${c.id}`,
    );
    return { number, supporters: count?.n ?? 0, following: true };
  });
}
