import type { RevealAnswer, RevealRequest } from '@wangge/contracts';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/index.ts';
import { loadPerson } from './person-view.ts';
import { openIdNumber, openPhone } from './pii.ts';
import { registryPolicy } from './registry.policy.ts';

/**
 * A person's number in the clear, for someone whose role needs it, with the reason they gave. The
 * audit row is written in the same transaction before the number leaves: no record, no number.
 */
export async function revealPerson(
  deps: Deps,
  actor: Actor,
  id: string,
  req: z.infer<typeof RevealRequest>,
): Promise<z.infer<typeof RevealAnswer>> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const p = await loadPerson(tx, id, registryPolicy.readPaths(actor.scope));
    if (!p || p.deleted_at) throw new AppError('REGISTRY_NOT_FOUND');
    if (!registryPolicy.canReveal(actor.scope, p.path)) throw new AppError('REGISTRY_REVEAL_FORBIDDEN');
    const value =
      req.field === 'idNumber'
        ? openIdNumber(deps.config, p.id_number_enc)
        : p.phone_enc
          ? openPhone(deps.config, p.phone_enc)
          : null;
    await recordAudit(tx, actor, now, {
      action: 'person.reveal',
      entityType: 'person',
      entityId: p.id,
      districtCode: p.district_code,
      after: {
        field: req.field,
        reason: req.reason,
        subjectName: p.name,
        subjectMasked: req.field === 'idNumber' ? p.id_number_mask : p.phone_mask,
      },
    });
    return { field: req.field, value };
  });
}
