import type { AccessQuery, AccessReport } from '@wangge/contracts';
import { rows } from '@wangge/db';
import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { iso } from '../../lib/iso.ts';
import { likePattern } from '../../lib/sql.ts';
import { registryPolicy } from './registry.policy.ts';

/** Every look at a personal number in the clear, and every export of the registry. */
export const ACCESS_ACTIONS = ['person.reveal', 'organisation.reveal', 'room.reveal', 'registry.export'];
const CHINA_OFFSET = '+08:00';

/**
 * "Who looked at whose data, when and why" (PIPL): reveals and exports in the administrator's
 * districts, newest first, from the audit log (which keeps the subject's name and masked number).
 */
export async function accessReport(
  deps: Deps,
  actor: Actor,
  q: z.infer<typeof AccessQuery>,
): Promise<z.infer<typeof AccessReport>> {
  const districts = [...new Set(registryPolicy.auditPaths(actor.scope).map((p) => p.split('.')[0]!))];
  if (districts.length === 0) throw new AppError('FORBIDDEN');
  const where: SQL[] = [
    sql`action IN (${sql.join(
      ACCESS_ACTIONS.map((a) => sql`${a}`),
      sql`, `,
    )})`,
    sql`district_code IN (${sql.join(
      districts.map((d) => sql`${d}`),
      sql`, `,
    )})`,
  ];
  if (q.from) where.push(sql`at >= ${`${q.from}T00:00:00${CHINA_OFFSET}`}::timestamptz`);
  if (q.to) where.push(sql`at < ${`${q.to}T00:00:00${CHINA_OFFSET}`}::timestamptz + interval '1 day'`);
  if (q.actor) where.push(sql`actor_name LIKE ${likePattern(q.actor)}`);
  if (q.subject) where.push(sql`entity_id = ${q.subject}`);
  const found = await rows<{
    at: Date;
    actor_name: string | null;
    action: string;
    entity_type: string;
    entity_id: string | null;
    after: Record<string, unknown> | null;
    request_id: string | null;
    total: number;
  }>(
    deps.db,
    sql`SELECT at, actor_name, action, entity_type, entity_id, after, request_id, count(*) OVER ()::int AS total
          FROM audit_log WHERE ${sql.join(where, sql` AND `)}
         ORDER BY at DESC, id DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    total: found[0]?.total ?? 0,
    items: found.map((r) => ({
      at: iso(r.at),
      actorName: r.actor_name,
      action: r.action,
      subjectType: r.entity_type,
      subjectId: r.entity_id,
      subjectName: str(r.after?.subjectName),
      subjectMasked: str(r.after?.subjectMasked),
      field: str(r.after?.field),
      reason: str(r.after?.reason),
      rows: typeof r.after?.rows === 'number' ? r.after.rows : null,
      requestId: r.request_id,
    })),
  };
}
