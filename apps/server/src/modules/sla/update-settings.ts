import type { SlaSettings } from '@wangge/contracts';
import { schema } from '@wangge/db';
import { parseWorkingPeriods } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/record.ts';
import { getSlaSettings } from './get-settings.ts';
import { invalidateWorkCalendar, SETTING_WORKING_PERIODS, SETTING_YELLOW_SHARE } from './load-calendar.ts';
import { slaPolicy } from './sla.policy.ts';

/** Sets the working periods (for working-hour limits) and the share of a limit that turns it yellow. */
export async function updateSlaSettings(deps: Deps, actor: Actor, body: SlaSettings): Promise<SlaSettings> {
  if (!slaPolicy.canEdit(actor.scope)) throw new AppError('FORBIDDEN');
  const periods = parseWorkingPeriods(body.workingPeriods);
  if (!periods.ok) throw new AppError('SLA_PERIODS_INVALID', { error: periods.error, index: periods.index });
  const before = await getSlaSettings(deps.db);
  const now = deps.clock.now();
  const after: SlaSettings = { workingPeriods: body.workingPeriods, yellowShare: body.yellowShare };
  await deps.db.transaction(async (tx) => {
    await tx
      .insert(schema.slaSetting)
      .values([
        { key: SETTING_WORKING_PERIODS, value: after.workingPeriods, updatedAt: now },
        { key: SETTING_YELLOW_SHARE, value: after.yellowShare, updatedAt: now },
      ])
      .onConflictDoUpdate({
        target: schema.slaSetting.key,
        set: { value: sql`excluded.value`, updatedAt: now },
      });
    await recordAudit(tx, actor, now, {
      action: 'sla.settings.update',
      entityType: 'sla_setting',
      before,
      after,
    });
  });
  invalidateWorkCalendar();
  return after;
}
