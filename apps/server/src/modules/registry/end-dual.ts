import type { DualRegistrationEnd, DualRegistrationView } from '@wangge/contracts';
import { chinaDay } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/index.ts';
import './care.errors.ts';
import { dualView, loadDual } from './dual-view.ts';
import { checkPastDate } from './past-date.ts';
import { registryPolicy } from './registry.policy.ts';

/** Ends a 双报到 registration (moved, transferred, left): it stays in the list as ended. */
export async function endDual(
  deps: Deps,
  actor: Actor,
  id: string,
  input: z.infer<typeof DualRegistrationEnd>,
): Promise<z.infer<typeof DualRegistrationView>> {
  const now = deps.clock.now();
  const today = chinaDay(now);
  const endedOn = input.endedOn ?? today;
  return deps.db.transaction(async (tx) => {
    const r = await loadDual(tx, id, true);
    if (!r || !registryPolicy.canEdit(actor.scope, r.path)) throw new AppError('REGISTRY_NOT_FOUND');
    if (r.ended_on) throw new AppError('REGISTRY_DUAL_ENDED');
    checkPastDate('endedOn', endedOn, today, r.registered_on);
    await tx.execute(sql`UPDATE dual_registration SET ended_on = ${endedOn} WHERE id = ${id}`);
    await recordAudit(tx, actor, now, {
      action: 'dual.end',
      entityType: 'dual_registration',
      entityId: id,
      districtCode: r.district_code,
      after: { endedOn },
    });
    return dualView({ ...r, ended_on: endedOn });
  });
}
