import type { CaseDetail } from '@wangge/contracts';
import { one, rows, type Tx } from '@wangge/db';
import { allowedActions, type CaseActionType, limitMs, nextLevel } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { iso } from '../../lib/iso.ts';
import { loadAssignments, loadCase } from './case-repo.ts';
import { assignmentOf, casePolicy } from './cases.policy.ts';
import { loadClockSettings } from './clock-settings.ts';
import { usedOf } from './stage-clock.ts';

/** A case with its assignments, attachments, full timeline, and what the caller may do next. */
export async function getCase(deps: Deps, actor: Actor, id: string): Promise<CaseDetail> {
  const db: Tx = deps.db;
  const c = await loadCase(db, id);
  const assignments = c ? await loadAssignments(db, c.id) : [];
  if (!c || !casePolicy.canSee(actor.scope, c, assignments)) throw new AppError('CASE_NOT_FOUND');
  const row = await one<{
    description: string;
    address: string | null;
    appeal_nature: CaseDetail['appealNature'];
    external_ref: string | null;
    reporter_name: string | null;
    reporter_phone_masked: string | null;
    lng: number | null;
    lat: number | null;
    micro_grid_code: string | null;
    grid_code: string | null;
    grid_name: string | null;
    category_name: string | null;
    evaluation: string | null;
    closed_at: Date | null;
    closed_on_time: boolean | null;
    master_number: string | null;
    reported_at: Date;
    outside_grid: boolean;
    supporters: number;
  }>(
    db,
    sql`SELECT c.description, c.address, c.appeal_nature, c.external_ref, c.reporter_name, c.reporter_phone_masked,
               ST_X(c.location) AS lng, ST_Y(c.location) AS lat, m.code AS micro_grid_code, g.code AS grid_code,
               g.name AS grid_name, cat.name AS category_name, c.evaluation, c.closed_at, c.closed_on_time,
               master.number AS master_number, c.reported_at, c.outside_grid,
               (SELECT count(*)::int FROM case_follower f WHERE f.case_id = c.id) AS supporters
        FROM case_record c
        LEFT JOIN micro_grid m ON m.id = c.micro_grid_id
        LEFT JOIN grid g ON g.id = c.grid_id
        LEFT JOIN case_category cat ON cat.code = c.category_code
        LEFT JOIN case_record master ON master.id = c.master_case_id
        WHERE c.id = ${c.id}`,
  );
  const names = await rows<{ id: string; name: string; code: string | null }>(
    db,
    sql`SELECT a.id, COALESCE(d.name, dv.name, g.name) AS name, COALESCE(dv.code, g.code) AS code
        FROM case_assignment a
        LEFT JOIN department d ON d.id = a.department_id
        LEFT JOIN division dv ON dv.path = a.territory_path
        LEFT JOIN grid g ON g.path = a.territory_path
        WHERE a.case_id = ${c.id}`,
  );
  const timeline = await rows<{
    seq: number;
    type: string;
    at: Date;
    actor_name: string | null;
    actor_role: string | null;
    from_status: string | null;
    to_status: string;
    payload: unknown;
  }>(
    db,
    sql`SELECT seq, type, at, actor_name, actor_role, from_status, to_status, payload
        FROM case_action WHERE case_id = ${c.id} ORDER BY seq`,
  );
  const attachments = await rows<{ fileId: string; purpose: string; actionSeq: number }>(
    db,
    sql`SELECT file_id AS "fileId", purpose, action_seq AS "actionSeq" FROM case_attachment WHERE case_id = ${c.id} ORDER BY action_seq, purpose`,
  );
  const nameOf = new Map(names.map((n) => [n.id, n]));
  // Actions the status allows but the case's state rules out now (the buttons the caller should see).
  const mine = assignmentOf(actor.scope, assignments);
  const ruledOut: Partial<Record<CaseActionType, boolean>> = {
    claim: mine?.state !== 'dispatched',
    feedback: mine?.state !== 'claimed',
    return: mine?.role !== 'lead',
    suspend: c.suspendedSince !== null,
    resume: c.suspendedSince === null,
    request_extension: c.stageClock.pendingExtension !== null,
    decide_extension: c.stageClock.pendingExtension === null,
    // Departments are the top of the ladder: there is no one above to escalate to.
    escalate: nextLevel(c.level) === null,
  };
  const fitsNow = (a: CaseActionType) => !ruledOut[a];
  const settings = c.stage === 'none' ? null : await loadClockSettings(deps.db);
  const limit = c.stageClock.limit;
  const stageTime = settings
    ? {
        limit,
        limitMs: limitMs(limit),
        usedMs: usedOf(c.stageStartedAt, c.stageClock, deps.clock.now(), settings),
      }
    : null;
  return {
    id: c.id,
    number: c.number,
    title: c.title,
    status: c.status,
    level: c.level,
    channel: c.channel as CaseDetail['channel'],
    categoryCode: c.categoryCode,
    categoryName: row?.category_name ?? null,
    gridCode: row?.grid_code ?? null,
    gridName: row?.grid_name ?? null,
    communityCode: c.communityCode,
    outsideGrid: row?.outside_grid ?? false,
    warning: c.warning,
    stage: c.stage,
    stageDeadline: iso(c.stageDeadline),
    reportedAt: iso(row!.reported_at)!,
    version: c.version,
    description: c.description,
    address: row?.address ?? null,
    appealNature: row?.appeal_nature ?? null,
    externalRef: row?.external_ref ?? null,
    reporterName: row?.reporter_name ?? null,
    reporterPhone: row?.reporter_phone_masked ?? null,
    location: row?.lng == null ? null : { lng: row.lng, lat: row.lat! },
    microGridCode: row?.micro_grid_code ?? null,
    subdistrictCode: c.subdistrictCode,
    evaluation: row?.evaluation ?? null,
    reworkCount: c.reworkCount,
    supporters: row?.supporters ?? 0,
    reopenCount: c.reopenCount,
    returnCount: c.returnCount,
    escalationCount: c.escalationCount,
    dueAt: iso(c.dueAt),
    closedAt: iso(row?.closed_at ?? null),
    closedOnTime: row?.closed_on_time ?? null,
    masterNumber: row?.master_number ?? null,
    suspended: c.suspendedSince !== null,
    pendingExtension: c.stageClock.pendingExtension,
    stageTime,
    assignments: assignments.map((a) => ({
      id: a.id,
      kind: a.departmentId ? ('department' as const) : ('territory' as const),
      code: nameOf.get(a.id)?.code ?? null,
      name: nameOf.get(a.id)?.name ?? '',
      role: a.role,
      state: a.state,
      claimedBy: a.claimedBy,
    })),
    attachments,
    timeline: timeline.map((t) => ({
      seq: t.seq,
      type: t.type,
      at: new Date(t.at).toISOString(),
      actorName: t.actor_name,
      actorRole: t.actor_role,
      fromStatus: t.from_status,
      toStatus: t.to_status,
      payload: t.payload,
    })),
    allowedActions: allowedActions(c.status).filter(
      (a: CaseActionType) => casePolicy.mayAct(actor.scope, a, c, assignments) && fitsNow(a),
    ),
  };
}
