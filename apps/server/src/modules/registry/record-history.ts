import type { HistoryList } from '@wangge/contracts';
import { rows, type Tx } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { iso } from '../../lib/iso.ts';

export type HistoryEntry = z.infer<typeof HistoryList>['items'][number];

/**
 * A registry record's changes, newest first, from the audit log (`after.changes`, numbers as masks):
 * the actions `<entityType>.<action>` for each of `actions` (reveals are in the access report, not here).
 */
export async function recordHistory(
  db: Tx,
  entityType: 'person' | 'organisation',
  id: string,
  actions: readonly string[],
): Promise<HistoryEntry[]> {
  const found = await rows<{
    at: Date | string;
    actor_name: string | null;
    action: string;
    after: { changes?: unknown[]; reason?: string } | null;
  }>(
    db,
    sql`SELECT at, actor_name, action, after FROM audit_log
         WHERE entity_type = ${entityType} AND entity_id = ${id}
           AND action IN (${sql.join(
             actions.map((a) => sql`${`${entityType}.${a}`}`),
             sql`, `,
           )})
         ORDER BY at DESC, id DESC LIMIT 500`,
  );
  return found.map((r) => ({
    at: iso(r.at),
    actorName: r.actor_name,
    action: r.action,
    changes: (r.after?.changes ?? []) as HistoryEntry['changes'],
    reason: r.after?.reason ?? null,
  }));
}
