import { one, rows, schema, type Tx } from '@wangge/db';
import { type CaseLevel, hasRoleAt, isWithin } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { AppError } from '../../../http/errors.ts';
import type { ActionContext, ActionHandler, ActionRequest } from '../action-types.ts';
import { handleLimit, loadCategoryLimits } from '../category-limits.ts';
import { assigneesOf } from '../recipients.ts';

type Target = ActionRequest<'dispatch'>['lead'];
interface Resolved {
  territoryPath: string | null;
  departmentId: string | null;
  level: CaseLevel;
  name: string;
}

const LEVEL_BY_LENGTH: Record<number, CaseLevel> = { 9: 'subdistrict', 12: 'community', 15: 'grid' };

/** A dispatch target must exist and lie in (or, for a department, serve) the case's subdistrict. */
async function resolve(tx: Tx, ctx: ActionContext, t: Target): Promise<Resolved> {
  const subdistrictPath = ctx.c.path.split('.').slice(0, 2).join('.');
  if (t.kind === 'department') {
    const d = await one<{ id: string; name: string; jurisdiction: string }>(
      tx,
      sql`SELECT id, name, jurisdiction::text AS jurisdiction FROM department WHERE id = ${t.departmentId}`,
    );
    if (!d || !isWithin(subdistrictPath, d.jurisdiction)) throw new AppError('CASE_DISPATCH_TARGET_UNKNOWN');
    return { territoryPath: null, departmentId: d.id, level: 'department', name: d.name };
  }
  const node = await one<{ path: string; name: string }>(
    tx,
    sql`SELECT path::text AS path, name FROM division WHERE code = ${t.code}
        UNION ALL SELECT path::text, name FROM grid WHERE code = ${t.code}`,
  );
  if (!node) throw new AppError('CASE_DISPATCH_TARGET_UNKNOWN');
  if (!isWithin(node.path, subdistrictPath)) throw new AppError('CASE_DISPATCH_TARGET_LEVEL');
  return {
    territoryPath: node.path,
    departmentId: null,
    level: LEVEL_BY_LENGTH[t.code.length] ?? 'subdistrict',
    name: node.name,
  };
}

/**
 * 派单: to a grid, community, the subdistrict or departments: one lead and any assistants, all at
 * once (吹哨报到). Community staff dispatch inside their community; departments need the command centre.
 */
export const dispatch: ActionHandler<'dispatch'> = {
  type: 'dispatch',
  async prepare(ctx, r) {
    const { tx, c, now, actor } = ctx;
    const lead = await resolve(tx, ctx, r.lead);
    const assists: Resolved[] = [];
    for (const a of r.assists) assists.push(await resolve(tx, ctx, a));
    const all = [lead, ...assists];
    const keys = all.map((x) => x.departmentId ?? x.territoryPath);
    if (new Set(keys).size !== keys.length)
      throw new AppError('CASE_DISPATCH_TARGET_UNKNOWN', { duplicate: true });
    const centre = hasRoleAt(actor.scope, ['subdistrictDispatcher'], c.path);
    for (const x of all) {
      const insideOwnTerritory =
        x.territoryPath && hasRoleAt(actor.scope, ['communityStaff'], x.territoryPath);
      if (!centre && !insideOwnTerritory) throw new AppError('CASE_DISPATCH_TARGET_UNKNOWN');
    }
    const category = await loadCategoryLimits(tx, c.categoryCode);
    const limit = handleLimit(category, lead.level);
    // One query at a time: a transaction is one connection, and node-postgres queues (and will
    // refuse) concurrent queries on it.
    const notify = [];
    for (const [i, x] of all.entries()) {
      notify.push({
        recipients: await assigneesOf(tx, x),
        kind: 'case.dispatched',
        districtCode: c.districtCode,
        payload: {
          title: i === 0 ? '新派单：请签收办理' : '协办派单：请协同办理',
          body: `${c.number} ${c.title}`,
          caseId: c.id,
          caseNumber: c.number,
        },
      });
    }
    return {
      patch: { level: lead.level, dispatchedAt: now },
      stage: { stage: 'handle', limit },
      payload: {
        lead: { name: lead.name, departmentId: lead.departmentId, path: lead.territoryPath },
        assists: assists.map((a) => ({ name: a.name, departmentId: a.departmentId, path: a.territoryPath })),
        level: lead.level,
        limit,
        note: r.note ?? null,
      },
      after: async () => {
        await rows(
          tx,
          sql`UPDATE case_assignment SET state = 'withdrawn' WHERE case_id = ${c.id} AND state IN ('dispatched', 'claimed')`,
        );
        await tx.insert(schema.caseAssignment).values(
          all.map((x, i) => ({
            caseId: c.id,
            districtCode: c.districtCode,
            territoryPath: x.territoryPath,
            departmentId: x.departmentId,
            role: i === 0 ? ('lead' as const) : ('assist' as const),
            state: 'dispatched' as const,
            dispatchedAt: now,
          })),
        );
        // The first dispatch fixes the due time that on-time rates are measured against.
        await rows(
          tx,
          sql`UPDATE case_record SET due_at = COALESCE(due_at, stage_deadline) WHERE id = ${c.id}`,
        );
      },
      notify,
    };
  },
};
