import type { HistoryList } from '@wangge/contracts';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { iso } from '../../lib/iso.ts';
import { loadOrganisation } from './organisation-view.ts';
import { assertRecordId } from './record-id.ts';
import { registryPolicy } from './registry.policy.ts';

/** Actions that change a record (reveals are in the access report, not in the record's history). */
const CHANGES = ['create', 'update', 'delete', 'restore', 'import'];

/** Who changed what and when, newest first, from the audit log (numbers as masks only). */
export async function organisationHistory(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<z.infer<typeof HistoryList>> {
  assertRecordId(id);
  const o = await loadOrganisation(deps.db, id, registryPolicy.readPaths(actor.scope));
  if (!o || (o.deleted_at && !registryPolicy.canRestore(actor.scope, o.path)))
    throw new AppError('REGISTRY_NOT_FOUND');
  const found = await rows<{
    at: Date;
    actor_name: string | null;
    action: string;
    after: { changes?: unknown[]; reason?: string } | null;
  }>(
    deps.db,
    sql`SELECT at, actor_name, action, after FROM audit_log
         WHERE entity_type = 'organisation' AND entity_id = ${id}
           AND action IN (${sql.join(
             CHANGES.map((a) => sql`${`organisation.${a}`}`),
             sql`, `,
           )})
         ORDER BY at DESC, id DESC LIMIT 500`,
  );
  return {
    items: found.map((r) => ({
      at: iso(r.at),
      actorName: r.actor_name,
      action: r.action,
      changes: (r.after?.changes ?? []) as z.infer<typeof HistoryList>['items'][number]['changes'],
      reason: r.after?.reason ?? null,
    })),
  };
}
