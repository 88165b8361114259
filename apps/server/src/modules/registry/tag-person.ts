import type { PersonView, TagAssign } from '@wangge/contracts';
import { rows } from '@wangge/db';
import { chinaDay } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/index.ts';
import { personForCare, personTagCodes, tagOrUnknown, visibleTagsAt } from './care-person.ts';
import { checkPastDate } from './past-date.ts';
import { personView } from './person-view.ts';

/**
 * Puts a person in a care group (关爱对象). Giving a tag they already carry changes nothing (no
 * history entry; the first date and note stay). The history records the whole list before and after.
 */
export async function tagPerson(
  deps: Deps,
  actor: Actor,
  id: string,
  input: z.infer<typeof TagAssign>,
): Promise<z.infer<typeof PersonView>> {
  const now = deps.clock.now();
  const today = chinaDay(now);
  const taggedOn = input.taggedOn ?? today;
  checkPastDate('taggedOn', taggedOn, today, '1900-01-01');
  const note = input.note?.trim() || null;
  return deps.db.transaction(async (tx) => {
    const p = await personForCare(tx, actor, id);
    const tag = tagOrUnknown(await visibleTagsAt(tx, actor, p.path), input.code);
    const before = await personTagCodes(tx, id);
    const inserted = await rows<{ tag_code: string }>(
      tx,
      sql`INSERT INTO person_tag (person_id, tag_code, tagged_on, note, created_by, created_at)
          VALUES (${id}, ${tag.code}, ${taggedOn}, ${note}, ${actor.userId}, ${now})
          ON CONFLICT (person_id, tag_code) DO NOTHING RETURNING tag_code`,
    );
    if (inserted.length > 0)
      await recordAudit(tx, actor, now, {
        action: 'person.tag',
        entityType: 'person',
        entityId: id,
        districtCode: p.district_code,
        after: { changes: [{ field: 'tags', old: before, new: await personTagCodes(tx, id) }] },
      });
    return personView(tx, actor.scope, p);
  });
}
