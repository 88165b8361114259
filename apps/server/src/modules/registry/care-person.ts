import { rows, type Tx } from '@wangge/db';
import { canSeeTag } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../../http/types.ts';
import { type CareTagRow, loadCareTags } from './care-tag-cache.ts';
import { loadPerson } from './person-view.ts';
import { registryPolicy } from './registry.policy.ts';

/**
 * The person a care write is about, locked: out of the caller's reach (reading or editing) it does
 * not exist; a deleted record takes no tags or visits.
 */
export async function personForCare(tx: Tx, actor: Actor, id: string) {
  const p = await loadPerson(tx, id, registryPolicy.readPaths(actor.scope), true);
  if (!p || !registryPolicy.canEdit(actor.scope, p.path)) throw new AppError('REGISTRY_NOT_FOUND');
  if (p.deleted_at) throw new AppError('REGISTRY_DELETED');
  return p;
}

/** The care groups the caller may see on a record at `path`, in display order. */
export async function visibleTagsAt(tx: Tx, actor: Actor, path: string): Promise<CareTagRow[]> {
  const roles = registryPolicy.rolesAt(actor.scope, path);
  return (await loadCareTags(tx)).filter((t) => canSeeTag(roles, t.visible_to));
}

/** A tag the caller may not see is, to them, no tag at all. */
export function tagOrUnknown(tags: readonly CareTagRow[], code: string): CareTagRow {
  const tag = tags.find((t) => t.code === code);
  if (!tag) throw new AppError('REGISTRY_TAG_UNKNOWN', undefined, { code });
  return tag;
}

/** Every tag a person carries (visible or not), in display order: what the history records. */
export async function personTagCodes(tx: Tx, personId: string): Promise<string[]> {
  const found = await rows<{ tag_code: string }>(
    tx,
    sql`SELECT pt.tag_code FROM person_tag pt JOIN care_tag t ON t.code = pt.tag_code
         WHERE pt.person_id = ${personId} ORDER BY t.sort, t.code`,
  );
  return found.map((r) => r.tag_code);
}
