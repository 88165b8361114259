import type { Open311Client } from '@wangge/contracts';
import { one } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/index.ts';
import { selectClients } from './client-view.ts';
import { open311Policy } from './open311.policy.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Revokes a client's key at once: its next submission is refused (403). The client stays listed,
 * with its cases. Outside the administrator's districts a client answers as if it did not exist.
 */
export async function revokeClient(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<z.infer<typeof Open311Client>> {
  if (open311Policy.clientAdminPaths(actor.scope).length === 0) throw new AppError('FORBIDDEN');
  if (!UUID.test(id)) throw new AppError('OPEN311_CLIENT_NOT_FOUND');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const client = await one<{
      name: string;
      district_code: string;
      key_prefix: string;
      revoked_at: Date | null;
    }>(
      tx,
      sql`SELECT name, district_code, key_prefix, revoked_at FROM open311_client WHERE id = ${id} FOR UPDATE`,
    );
    if (!client || !open311Policy.canManageIn(actor.scope, client.district_code))
      throw new AppError('OPEN311_CLIENT_NOT_FOUND');
    if (client.revoked_at) throw new AppError('OPEN311_CLIENT_REVOKED');
    await tx.execute(
      sql`UPDATE open311_client SET revoked_at = ${now.toISOString()}::timestamptz, revoked_by = ${actor.userId}
          WHERE id = ${id}`,
    );
    await recordAudit(tx, actor, now, {
      action: 'open311_client.revoke',
      entityType: 'open311_client',
      entityId: id,
      districtCode: client.district_code,
      before: { name: client.name, keyPrefix: client.key_prefix, revokedAt: null },
      after: { revokedAt: now.toISOString() },
    });
  });
  const [client] = await selectClients(deps.db, sql`c.id = ${id}`);
  return client!;
}
