import type { HistoryList } from '@wangge/contracts';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { loadCareTags, visibleTagCodes } from './care-tag-cache.ts';
import { loadPerson } from './person-view.ts';
import { type HistoryEntry, recordHistory } from './record-history.ts';
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
  const entries = await recordHistory(deps.db, 'person', id, CHANGES);
  // The audit keeps what really happened; the caller sees only the care groups their roles may see.
  const visible = new Set(
    visibleTagCodes(await loadCareTags(deps.db), registryPolicy.rolesAt(actor.scope, p.path)),
  );
  const items = [];
  for (const e of entries) {
    const changes = e.changes.flatMap((c) => visibleChange(c, visible));
    if ((e.action === 'person.tag' || e.action === 'person.untag') && changes.length === 0) continue;
    items.push({ ...e, changes });
  }
  return { items };
}

type Change = HistoryEntry['changes'][number];

/** A tag-list change reduced to the visible tags, or nothing when no visible tag changed. */
function visibleChange(c: Change, visible: ReadonlySet<string>): Change[] {
  if (c.field !== 'tags') return [c];
  const keep = (v: unknown) => (Array.isArray(v) ? v.filter((x) => visible.has(String(x))) : v);
  const old = keep(c.old);
  const now = keep(c.new);
  return JSON.stringify(old) === JSON.stringify(now) ? [] : [{ ...c, old, new: now }];
}
