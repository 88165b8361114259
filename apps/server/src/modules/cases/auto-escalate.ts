import { rows } from '@wangge/db';
import { nextLevel } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { Actor, Deps } from '../../http/types.ts';
import { escalationEffect } from './actions/escalate.ts';
import { loadCase } from './case-repo.ts';
import { loadClockSettings } from './clock-settings.ts';
import { applyEffect } from './perform-action.ts';

export const SYSTEM_ACTOR: Actor = {
  userId: null,
  name: '系统',
  requestId: null,
  scope: { userId: '', grants: [] },
};

const ESCALATABLE = ['pending_acceptance', 'pending_dispatch', 'dispatched', 'in_progress'];

/**
 * When a level's limit passes, the case goes up one level on its own (if its category says so):
 * each in its own transaction, a bounded batch per sweep.
 */
export async function autoEscalate(deps: Deps, batch = 100): Promise<number> {
  const now = deps.clock.now();
  const due = await rows<{ id: string }>(
    deps.db,
    sql`SELECT c.id FROM case_record c LEFT JOIN case_category cat ON cat.code = c.category_code
        WHERE c.warning = 'red' AND c.stage IN ('accept', 'handle') AND c.level <> 'department'
          AND c.status IN ${sql.raw(`('${ESCALATABLE.join("','")}')`)}
          AND c.suspended_since IS NULL AND COALESCE(cat.auto_escalate, true)
        ORDER BY c.stage_deadline LIMIT ${batch}`,
  );
  if (due.length === 0) return 0;
  const settings = await loadClockSettings(deps.db);
  let escalated = 0;
  for (const { id } of due) {
    await deps.db.transaction(async (tx) => {
      const c = await loadCase(tx, id, true);
      // Re-checked under the lock: an action may have moved the case since the query.
      if (c?.warning !== 'red' || !nextLevel(c.level) || !ESCALATABLE.includes(c.status)) return;
      const effect = await escalationEffect({ tx, c }, '超过时限，自动上报', true);
      await applyEffect(tx, SYSTEM_ACTOR, now, c, 'auto_escalate', effect, settings);
      escalated++;
    });
  }
  return escalated;
}
