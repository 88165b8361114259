import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/index.ts';

/**
 * Removes people deleted more than `retentionDays` ago, for good (their tags and visits go with them;
 * rooms and households they owned or headed lose the link). The audit log keeps what happened, with
 * masked numbers only. Run by the worker daily and by `wangge registry purge`.
 */
export async function purgeDeleted(
  deps: Deps,
  actor: Actor,
  retentionDays: number,
): Promise<{ purged: number; organisations: number }> {
  const now = deps.clock.now();
  const cutoff = new Date(now.getTime() - retentionDays * 24 * 3600_000);
  return deps.db.transaction(async (tx) => {
    const byDistrict = await rows<{ district_code: string; n: number }>(
      tx,
      sql`WITH gone AS (DELETE FROM person WHERE deleted_at IS NOT NULL AND deleted_at < ${cutoff}
                        RETURNING district_code)
          SELECT district_code, count(*)::int AS n FROM gone GROUP BY district_code`,
    );
    await recordAudit(
      tx,
      actor,
      now,
      byDistrict.map((d) => ({
        action: 'person.purge',
        entityType: 'person',
        districtCode: d.district_code,
        after: { purged: d.n, deletedBefore: cutoff.toISOString(), retentionDays },
      })),
    );
    // Deleted organisations follow the same period (their legal representative's number goes with them).
    const orgs = await rows<{ district_code: string; n: number }>(
      tx,
      sql`WITH gone AS (DELETE FROM organisation WHERE deleted_at IS NOT NULL AND deleted_at < ${cutoff}
                        RETURNING district_code)
          SELECT district_code, count(*)::int AS n FROM gone GROUP BY district_code`,
    );
    await recordAudit(
      tx,
      actor,
      now,
      orgs.map((d) => ({
        action: 'organisation.purge',
        entityType: 'organisation',
        districtCode: d.district_code,
        after: { purged: d.n, deletedBefore: cutoff.toISOString(), retentionDays },
      })),
    );
    return {
      purged: byDistrict.reduce((sum, d) => sum + d.n, 0),
      organisations: orgs.reduce((sum, d) => sum + d.n, 0),
    };
  });
}
