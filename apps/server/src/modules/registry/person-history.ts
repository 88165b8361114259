import type { HistoryList } from '@wangge/contracts';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { iso } from '../../lib/iso.ts';
import { loadCareTags, visibleTagCodes } from './care-tag-cache.ts';
import { loadPerson } from './person-view.ts';
import { registryPolicy } from './registry.policy.ts';

/** Actions that change a record (reveals are in the access report, not in the record's history). */
const CHANGES = ['create', 'update', 'delete', 'restore', 'tag', 'untag', 'import'];

/** Who changed what and when, newest first, from the audit log (numbers as masks only). */
export async function personHistory(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<z.infer<typeof HistoryList>> {
  const p = await loadPerson(deps.db, id, registryPolicy.readPaths(actor.scope));
  if (!p || (p.deleted_at && !registryPolicy.canRestore(actor.scope, p.path)))
    throw new AppError('REGISTRY_NOT_FOUND');
  const found = await rows<{
    at: Date;
    actor_name: string | null;
    action: string;
    after: { changes?: unknown[]; reason?: string } | null;
  }>(
    deps.db,
    sql`SELECT at, actor_name, action, after FROM audit_log
         WHERE entity_type = 'person' AND entity_id = ${id}
           AND action IN (${sql.join(
             CHANGES.map((a) => sql`${`person.${a}`}`),
             sql`, `,
           )})
         ORDER BY at DESC, id DESC LIMIT 500`,
  );
  // The audit keeps what really happened; the caller sees only the care groups their roles may see.
  const visible = new Set(
    visibleTagCodes(await loadCareTags(deps.db), registryPolicy.rolesAt(actor.scope, p.path)),
  );
  const items = [];
  for (const r of found) {
    const changes = ((r.after?.changes ?? []) as Change[]).flatMap((c) => visibleChange(c, visible));
    if ((r.action === 'person.tag' || r.action === 'person.untag') && changes.length === 0) continue;
    items.push({
      at: iso(r.at),
      actorName: r.actor_name,
      action: r.action,
      changes,
      reason: r.after?.reason ?? null,
    });
  }
  return { items };
}

type Change = z.infer<typeof HistoryList>['items'][number]['changes'][number];

/** A tag-list change reduced to the visible tags, or nothing when no visible tag changed. */
function visibleChange(c: Change, visible: ReadonlySet<string>): Change[] {
  if (c.field !== 'tags') return [c];
  const keep = (v: unknown) => (Array.isArray(v) ? v.filter((x) => visible.has(String(x))) : v);
  const old = keep(c.old);
  const now = keep(c.new);
  return JSON.stringify(old) === JSON.stringify(now) ? [] : [{ ...c, old, new: now }];
}
