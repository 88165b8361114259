import type { OrgRevealAnswer, OrgRevealRequest } from '@wangge/contracts';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/index.ts';
import { loadOrganisation } from './organisation-view.ts';
import { openIdNumber, openPhone } from './pii.ts';
import { assertRecordId } from './record-id.ts';
import { registryPolicy } from './registry.policy.ts';

/**
 * The legal representative's ID number or the contact phone in the clear, for someone whose role
 * needs it, with the reason they gave; audited in the same transaction before the number leaves.
 */
export async function revealOrganisation(
  deps: Deps,
  actor: Actor,
  id: string,
  req: z.infer<typeof OrgRevealRequest>,
): Promise<z.infer<typeof OrgRevealAnswer>> {
  assertRecordId(id);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const o = await loadOrganisation(tx, id, registryPolicy.readPaths(actor.scope));
    if (!o || o.deleted_at) throw new AppError('REGISTRY_NOT_FOUND');
    if (!registryPolicy.canReveal(actor.scope, o.path)) throw new AppError('REGISTRY_REVEAL_FORBIDDEN');
    const legalRep = req.field === 'legalRepIdNumber';
    const enc = legalRep ? o.legal_rep_id_enc : o.contact_phone_enc;
    await recordAudit(tx, actor, now, {
      action: 'organisation.reveal',
      entityType: 'organisation',
      entityId: o.id,
      districtCode: o.district_code,
      after: {
        field: req.field,
        reason: req.reason,
        subjectName: legalRep ? (o.legal_rep_name ?? o.name) : (o.contact_name ?? o.name),
        subjectMasked: legalRep ? o.legal_rep_id_mask : o.contact_phone_mask,
      },
    });
    const value = enc ? (legalRep ? openIdNumber(deps.config, enc) : openPhone(deps.config, enc)) : null;
    return { field: req.field, value };
  });
}
