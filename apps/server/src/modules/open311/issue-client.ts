import type { Open311ClientCreate, Open311ClientCreated } from '@wangge/contracts';
import { one, schema } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/index.ts';
import { newClientKey } from './client-key.ts';
import { selectClients } from './client-view.ts';
import { open311Policy } from './open311.policy.ts';

/**
 * Issues a key to a client application in a district the administrator holds (their own when they
 * hold one). The key is in this answer only: the table keeps its sha256 and first characters.
 */
export async function issueClient(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof Open311ClientCreate>,
): Promise<z.infer<typeof Open311ClientCreated>> {
  const paths = open311Policy.clientAdminPaths(actor.scope);
  if (paths.length === 0) throw new AppError('FORBIDDEN');
  const own = open311Policy.ownDistricts(actor.scope);
  const districtCode = input.districtCode ?? (own.length === 1 ? own[0]! : undefined);
  if (districtCode === undefined) {
    if (own.length > 1) throw new AppError('OPEN311_DISTRICT_REQUIRED');
    // An administrator of part of a district only: keys serve whole districts.
    throw new AppError('FORBIDDEN');
  }
  const known = await one<{ code: string }>(
    deps.db,
    sql`SELECT code FROM division WHERE code = ${districtCode} AND level = 'district'`,
  );
  if (!known || !open311Policy.canManageIn(actor.scope, districtCode))
    throw new AppError('OPEN311_DISTRICT_UNKNOWN', undefined, { code: districtCode });

  const { key, hash, prefix } = newClientKey();
  const now = deps.clock.now();
  const id = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(schema.open311Client)
      .values({
        name: input.name,
        contact: input.contact || null,
        keyHash: hash,
        keyPrefix: prefix,
        districtCode,
        createdBy: actor.userId,
        createdAt: now,
      })
      .returning({ id: schema.open311Client.id });
    await recordAudit(tx, actor, now, {
      action: 'open311_client.issue',
      entityType: 'open311_client',
      entityId: row!.id,
      districtCode,
      after: { name: input.name, contact: input.contact || null, keyPrefix: prefix, districtCode },
    });
    return row!.id;
  });
  const [client] = await selectClients(deps.db, sql`c.id = ${id}`);
  return { ...client!, apiKey: key };
}
