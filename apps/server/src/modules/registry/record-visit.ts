import type { VisitCreate, VisitView } from '@wangge/contracts';
import { one } from '@wangge/db';
import { chinaDay } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/index.ts';
import { personForCare, personTagCodes, tagOrUnknown, visibleTagsAt } from './care-person.ts';
import './care.errors.ts';
import { checkPastDate } from './past-date.ts';
import { VISIT_COLUMNS, type VisitRow, visitView } from './visit-view.ts';

/** Visits before this day are not recorded (paper records of older ones stay on paper). */
const EARLIEST_VISIT = '2000-01-01';

/**
 * Records a visit (走访) by the caller to a person. It counts, in the schedule, for each care group it
 * names; it may name only groups the person is in and the caller may see. Place and district are the
 * person's at the time.
 */
export async function recordVisit(
  deps: Deps,
  actor: Actor,
  id: string,
  input: z.infer<typeof VisitCreate>,
): Promise<z.infer<typeof VisitView>> {
  const now = deps.clock.now();
  checkPastDate('visitedOn', input.visitedOn, chinaDay(now), EARLIEST_VISIT);
  return deps.db.transaction(async (tx) => {
    const p = await personForCare(tx, actor, id);
    const visible = await visibleTagsAt(tx, actor, p.path);
    const carried = await personTagCodes(tx, id);
    for (const code of input.tagCodes) {
      tagOrUnknown(visible, code);
      if (!carried.includes(code)) throw new AppError('REGISTRY_TAG_NOT_CARRIED', undefined, { code });
    }
    const codes = visible.map((t) => t.code).filter((c) => input.tagCodes.includes(c));
    const saved = (await one<VisitRow>(
      tx,
      sql`INSERT INTO visit AS v (person_id, tag_codes, visited_on, visitor_id, visitor_name, findings, follow_up,
                                  needs_follow_up, district_code, path, created_at)
          VALUES (${id}, ${`{${codes.join(',')}}`}::text[], ${input.visitedOn}, ${actor.userId}, ${actor.name ?? ''},
                  ${input.findings}, ${input.followUp?.trim() || null}, ${input.needsFollowUp},
                  ${p.district_code}, ${p.path}::ltree, ${now})
          RETURNING ${VISIT_COLUMNS}`,
    ))!;
    await recordAudit(tx, actor, now, {
      action: 'visit.create',
      entityType: 'person',
      entityId: id,
      districtCode: p.district_code,
      after: {
        visitId: saved.id,
        visitedOn: input.visitedOn,
        tagCodes: codes,
        needsFollowUp: input.needsFollowUp,
      },
    });
    return visitView(
      saved,
      visible.map((t) => t.code),
    );
  });
}
