import { one, rows, schema, type Tx } from '@wangge/db';
import type { CaseLevel, CaseStatus } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { AssignmentRef } from './cases.policy.ts';
import type { StageClock } from './stage-clock.ts';

/** The case row as the use cases work with it. */
export interface CaseRow {
  id: string;
  number: string;
  districtCode: string;
  title: string;
  description: string;
  categoryCode: string | null;
  channel: string;
  status: CaseStatus;
  level: CaseLevel;
  path: string;
  gridId: string | null;
  communityCode: string | null;
  subdistrictCode: string | null;
  reporterId: string | null;
  stage: 'accept' | 'handle' | 'verify' | 'none';
  stageStartedAt: Date;
  stageClock: StageClock;
  stageDeadline: Date | null;
  suspendedSince: Date | null;
  warning: 'none' | 'yellow' | 'red';
  version: number;
  reworkCount: number;
  reopenCount: number;
  returnCount: number;
  escalationCount: number;
  dueAt: Date | null;
}

const columns = sql`id, number, district_code AS "districtCode", title, description, category_code AS "categoryCode",
  channel, status, level, path::text AS path, grid_id AS "gridId", community_code AS "communityCode",
  subdistrict_code AS "subdistrictCode", reporter_id AS "reporterId", stage, stage_started_at AS "stageStartedAt",
  stage_clock AS "stageClock", stage_deadline AS "stageDeadline", suspended_since AS "suspendedSince", warning, version,
  rework_count AS "reworkCount", reopen_count AS "reopenCount", return_count AS "returnCount",
  escalation_count AS "escalationCount", due_at AS "dueAt"`;

const dates = (r: CaseRow): CaseRow => ({
  ...r,
  stageStartedAt: new Date(r.stageStartedAt),
  stageDeadline: r.stageDeadline ? new Date(r.stageDeadline) : null,
  suspendedSince: r.suspendedSince ? new Date(r.suspendedSince) : null,
  dueAt: r.dueAt ? new Date(r.dueAt) : null,
});

/** Loads a case; `lock` takes the row lock so that concurrent actions on one case queue up. */
export async function loadCase(tx: Tx, id: string, lock = false): Promise<CaseRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const found = await one<CaseRow>(
    tx,
    sql`SELECT ${columns} FROM case_record WHERE id = ${id} ${lock ? sql`FOR UPDATE` : sql``}`,
  );
  return found ? dates(found) : undefined;
}

export async function loadCaseByNumber(tx: Tx, number: string): Promise<CaseRow | undefined> {
  const found = await one<CaseRow>(tx, sql`SELECT ${columns} FROM case_record WHERE number = ${number}`);
  return found ? dates(found) : undefined;
}

export function loadAssignments(tx: Tx, caseId: string): Promise<AssignmentRef[]> {
  return rows<AssignmentRef>(
    tx,
    sql`SELECT id, territory_path::text AS "territoryPath", department_id AS "departmentId", role, state,
               claimed_by AS "claimedBy"
        FROM case_assignment WHERE case_id = ${caseId} ORDER BY role = 'lead' DESC, dispatched_at, id`,
  );
}

export interface ActionRecord {
  type: string;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  fromStatus: string | null;
  toStatus: string;
  payload: Record<string, unknown>;
}

/** Appends the next action of a case (seq = previous + 1; the unique (case, seq) index backs it up). */
export async function appendAction(
  tx: Tx,
  c: { id: string; districtCode: string },
  a: ActionRecord,
): Promise<number> {
  const [row] = await rows<{ seq: number }>(
    tx,
    sql`INSERT INTO case_action (case_id, seq, type, at, actor_id, actor_name, actor_role, from_status, to_status, payload, district_code)
        SELECT ${c.id}, COALESCE(max(seq), 0) + 1, ${a.type}, ${a.at}, ${a.actorId}, ${a.actorName}, ${a.actorRole},
               ${a.fromStatus}, ${a.toStatus}, ${JSON.stringify(a.payload)}::jsonb, ${c.districtCode}
        FROM case_action WHERE case_id = ${c.id}
        RETURNING seq`,
  );
  return row!.seq;
}

export async function attachFiles(
  tx: Tx,
  caseId: string,
  actionSeq: number,
  files: Array<{ fileId: string; purpose: 'report' | 'before' | 'after' | 'evidence' }>,
) {
  if (files.length === 0) return;
  await tx
    .insert(schema.caseAttachment)
    .values(files.map((f) => ({ caseId, fileId: f.fileId, actionSeq, purpose: f.purpose })))
    .onConflictDoNothing();
}
