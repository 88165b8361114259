import type { CaseActionRequest } from '@wangge/contracts';
import { rows, type Tx } from '@wangge/db';
import { allowedActions, type CaseActionType, FINAL_STATUSES, nextStatus } from '@wangge/domain';
import { type SQL, sql } from 'drizzle-orm';
import { AppError, type Locale } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/index.ts';
import { enqueueNotifications } from '../notify/enqueue.ts';
import type { CasePatch, Effect } from './action-types.ts';
import { HANDLERS } from './actions/index.ts';
import { appendAction, type CaseRow, loadAssignments, loadCase } from './case-repo.ts';
import { assignmentOf, casePolicy } from './cases.policy.ts';
import type { ClockSettings } from './clock-settings.ts';
import { loadClockSettings } from './clock-settings.ts';
import { residentUpdates } from './resident-updates.ts';
import { deadlineOf, newClock, type StageClock, warningOf, yellowAtOf } from './stage-clock.ts';

const PATCH_COLUMNS: Record<keyof CasePatch, string> = {
  level: 'level',
  categoryCode: 'category_code',
  reworkCount: 'rework_count',
  reopenCount: 'reopen_count',
  returnCount: 'return_count',
  escalationCount: 'escalation_count',
  evaluation: 'evaluation',
  masterCaseId: 'master_case_id',
  acceptedAt: 'accepted_at',
  dispatchedAt: 'dispatched_at',
  handledAt: 'handled_at',
  closedAt: 'closed_at',
  dueAt: 'due_at',
  closedOnTime: 'closed_on_time',
  suspendedSince: 'suspended_since',
};

export interface ActionResult {
  id: string;
  number: string;
  status: string;
  version: number;
  seq: number;
}

/**
 * Takes one action on a case: in one transaction, with the case row locked, it checks the version
 * the caller saw, the caller's right to act, and the transition table; then appends the action,
 * updates the projection (status, stage clock, warning), and writes the audit and outbox rows.
 * Of two concurrent actions on a version, the second finds the version moved on: CASE_VERSION_CONFLICT.
 */
export async function performAction(
  deps: Deps,
  actor: Actor,
  locale: Locale,
  caseId: string,
  request: CaseActionRequest,
): Promise<ActionResult> {
  const settings = await loadClockSettings(deps.db);
  return deps.db.transaction(async (tx) => {
    const c = await loadCase(tx, caseId, true);
    const assignments = c ? await loadAssignments(tx, c.id) : [];
    if (!c || !casePolicy.canSee(actor.scope, c, assignments)) throw new AppError('CASE_NOT_FOUND');
    if (request.version !== c.version)
      throw new AppError('CASE_VERSION_CONFLICT', { version: c.version }, { current: c.version });
    const type = request.type as CaseActionType;
    if (!allowedActions(c.status).includes(type)) {
      throw new AppError('CASE_ACTION_NOT_ALLOWED', { status: c.status }, { status: c.status, action: type });
    }
    if (!casePolicy.mayAct(actor.scope, type, c, assignments)) {
      throw new AppError('CASE_ACTION_FORBIDDEN', undefined, { action: type });
    }
    const now = deps.clock.now();
    const handler = HANDLERS[request.type] as { prepare(ctx: unknown, r: unknown): Promise<Effect> };
    const mine = assignmentOf(actor.scope, assignments);
    const effect = await handler.prepare(
      { tx, deps, actor, locale, now, c, assignments, mine, settings },
      request,
    );
    return applyEffect(tx, actor, now, c, type, effect, settings);
  });
}

/** Writes an action's effect: shared by user actions and the worker's system actions. */
export async function applyEffect(
  tx: Tx,
  actor: Actor,
  now: Date,
  c: CaseRow,
  type: CaseActionType,
  effect: Effect,
  settings: ClockSettings,
): Promise<ActionResult> {
  const next = nextStatus(c.status, type, { reopenCount: c.reopenCount, ...effect.input });
  if (!next.ok)
    throw new AppError('CASE_ACTION_NOT_ALLOWED', { status: c.status }, { status: c.status, action: type });

  let stage = c.stage;
  let stageStartedAt = c.stageStartedAt;
  let clock: StageClock = effect.clock ?? c.stageClock;
  if (effect.stage) {
    stage = effect.stage.stage;
    stageStartedAt = now;
    clock = effect.stage.limit
      ? newClock(effect.stage.limit)
      : { ...newClock({ amount: 1, unit: 'calendar_days' }) };
  }
  const timed = stage !== 'none' && !FINAL_STATUSES.includes(next.status);
  const deadline = timed ? deadlineOf(stageStartedAt, clock, settings) : null;
  const warning = timed ? warningOf(stageStartedAt, clock, deadline, now, settings) : 'none';
  const yellowAt = timed ? yellowAtOf(stageStartedAt, clock, settings) : null;

  const sets: SQL[] = [
    sql`status = ${next.status}`,
    sql`version = version + 1`,
    sql`stage = ${timed ? stage : 'none'}`,
    sql`stage_started_at = ${stageStartedAt}`,
    sql`stage_clock = ${JSON.stringify(clock)}::jsonb`,
    sql`stage_deadline = ${deadline}`,
    sql`stage_yellow_at = ${yellowAt}`,
    sql`warning = ${warning}`,
    sql`updated_at = ${now}`,
  ];
  for (const [key, value] of Object.entries(effect.patch ?? {})) {
    sets.push(sql`${sql.raw(PATCH_COLUMNS[key as keyof CasePatch])} = ${value}`);
  }
  const updated = await rows<{ version: number }>(
    tx,
    sql`UPDATE case_record SET ${sql.join(sets, sql`, `)} WHERE id = ${c.id} AND version = ${c.version} RETURNING version`,
  );
  if (updated.length === 0) throw new AppError('CASE_VERSION_CONFLICT', undefined, { current: '?' });

  const role = actor.scope.grants[0]?.role ?? null;
  const seq = await appendAction(tx, c, {
    type,
    at: now,
    actorId: actor.userId,
    actorName: actor.name,
    actorRole: role,
    fromStatus: c.status,
    toStatus: next.status,
    payload: effect.payload,
  });
  await effect.after?.(seq);
  await recordAudit(tx, actor, now, {
    action: `case.${type}`,
    entityType: 'case',
    entityId: c.id,
    districtCode: c.districtCode,
    before: { status: c.status, version: c.version },
    after: { status: next.status, version: updated[0]!.version, ...effect.payload },
  });
  const notify = [
    ...(effect.notify ?? []),
    ...(await residentUpdates(tx, c, type, next.status, actor.userId, effect.notify ?? [])),
  ];
  if (notify.length) await enqueueNotifications(tx, now, notify);
  return { id: c.id, number: c.number, status: next.status, version: updated[0]!.version, seq };
}
