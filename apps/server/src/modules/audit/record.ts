import { schema, type Tx } from '@wangge/db';
import type { Actor } from '../../http/types.ts';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  districtCode?: string | null;
}

/**
 * Appends to the audit log inside the caller's transaction, so a write and its audit record are
 * committed or rolled back together.
 */
export async function recordAudit(tx: Tx, actor: Actor, at: Date, entries: AuditEntry | AuditEntry[]) {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await auditInsert(tx, actor, at, list);
}

/** The audit insert as a query, unexecuted: for writes that batch several inserts into one statement. */
export function auditInsert(db: Tx, actor: Actor, at: Date, list: AuditEntry[]) {
  return db.insert(schema.auditLog).values(
    list.map((e) => ({
      at,
      actorId: actor.userId,
      actorName: actor.name,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId ?? null,
      before: e.before ?? null,
      after: e.after ?? null,
      requestId: actor.requestId,
      districtCode: e.districtCode ?? null,
    })),
  );
}
