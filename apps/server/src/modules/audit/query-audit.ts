import { rows } from '@wangge/db';
import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { auditPolicy } from './audit.policy.ts';

export interface AuditFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorId?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  beforeId?: number | undefined;
}

/**
 * Administrators read the audit log of the districts they administer, plus the entries tied to no
 * district (failed logins of unknown usernames), newest first, paged by id.
 */
export async function queryAudit(deps: Deps, actor: Actor, f: AuditFilter) {
  const districts = auditPolicy.readableDistricts(actor.scope);
  if (districts.length === 0) throw new AppError('FORBIDDEN');
  const where: SQL[] = [
    sql`(district_code IS NULL OR district_code IN (${sql.join(
      districts.map((d) => sql`${d}`),
      sql`, `,
    )}))`,
  ];
  if (f.entityType) where.push(sql`entity_type = ${f.entityType}`);
  if (f.entityId) where.push(sql`entity_id = ${f.entityId}`);
  if (f.actorId) where.push(sql`actor_id = ${f.actorId}`);
  if (f.action) where.push(sql`action = ${f.action}`);
  if (f.from) where.push(sql`at >= ${f.from}::timestamptz`);
  if (f.to) where.push(sql`at < ${f.to}::timestamptz`);
  if (f.beforeId) where.push(sql`id < ${f.beforeId}`);
  const found = await rows<{
    id: string | number;
    at: Date | string;
    actor_id: string | null;
    actor_name: string | null;
    action: string;
    entity_type: string;
    entity_id: string | null;
    before: unknown;
    after: unknown;
    request_id: string | null;
  }>(
    deps.db,
    sql`SELECT id, at, actor_id, actor_name, action, entity_type, entity_id, before, after, request_id
        FROM audit_log WHERE ${sql.join(where, sql` AND `)} ORDER BY id DESC LIMIT ${f.limit + 1}`,
  );
  const page = found.slice(0, f.limit);
  return {
    items: page.map((r) => ({
      id: Number(r.id),
      at: new Date(r.at).toISOString(),
      actorId: r.actor_id,
      actorName: r.actor_name,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      before: r.before,
      after: r.after,
      requestId: r.request_id,
    })),
    nextBeforeId: found.length > f.limit ? Number(page[page.length - 1]!.id) : null,
  };
}
