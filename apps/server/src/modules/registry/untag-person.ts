import type { PersonView } from '@wangge/contracts';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/index.ts';
import { personForCare, personTagCodes, tagOrUnknown, visibleTagsAt } from './care-person.ts';
import { personView } from './person-view.ts';

/**
 * Takes a person out of a care group. A tag they do not carry changes nothing; their visits keep
 * naming it (they happened).
 */
export async function untagPerson(
  deps: Deps,
  actor: Actor,
  id: string,
  code: string,
): Promise<z.infer<typeof PersonView>> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const p = await personForCare(tx, actor, id);
    const tag = tagOrUnknown(await visibleTagsAt(tx, actor, p.path), code);
    const before = await personTagCodes(tx, id);
    const removed = await rows<{ tag_code: string }>(
      tx,
      sql`DELETE FROM person_tag WHERE person_id = ${id} AND tag_code = ${tag.code} RETURNING tag_code`,
    );
    if (removed.length > 0)
      await recordAudit(tx, actor, now, {
        action: 'person.untag',
        entityType: 'person',
        entityId: id,
        districtCode: p.district_code,
        after: { changes: [{ field: 'tags', old: before, new: before.filter((c) => c !== tag.code) }] },
      });
    return personView(tx, actor.scope, p);
  });
}
