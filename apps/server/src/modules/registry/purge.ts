import { rows, type Tx } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/index.ts';

/**
 * Removes people and organisations deleted more than `retentionDays` ago, for good (people's tags and
 * visits go with them; rooms and households they owned or headed lose the link; an organisation's
 * legal representative's number goes with it). The audit log keeps what happened, with masked
 * numbers only. Run by the worker (`worker/loops.ts`) every few hours.
 */
export async function purgeDeleted(
  deps: Deps,
  actor: Actor,
  retentionDays: number,
): Promise<{ purged: number; organisations: number }> {
  const now = deps.clock.now();
  const cutoff = new Date(now.getTime() - retentionDays * 24 * 3600_000);
  return deps.db.transaction(async (tx) => {
    const purge = (table: 'person' | 'organisation') =>
      purgeTable(tx, actor, now, table, cutoff, retentionDays);
    return { purged: await purge('person'), organisations: await purge('organisation') };
  });
}

/** Deletes one table's expired rows and writes one audit row per district; answers how many went. */
async function purgeTable(
  tx: Tx,
  actor: Actor,
  now: Date,
  table: 'person' | 'organisation',
  cutoff: Date,
  retentionDays: number,
): Promise<number> {
  const byDistrict = await rows<{ district_code: string; n: number }>(
    tx,
    sql`WITH gone AS (DELETE FROM ${sql.identifier(table)} WHERE deleted_at IS NOT NULL AND deleted_at < ${cutoff}
                      RETURNING district_code)
        SELECT district_code, count(*)::int AS n FROM gone GROUP BY district_code`,
  );
  await recordAudit(
    tx,
    actor,
    now,
    byDistrict.map((d) => ({
      action: `${table}.purge`,
      entityType: table,
      districtCode: d.district_code,
      after: { purged: d.n, deletedBefore: cutoff.toISOString(), retentionDays },
    })),
  );
  return byDistrict.reduce((sum, d) => sum + d.n, 0);
}
