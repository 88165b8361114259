import type { CaseActionRequest } from '@wangge/contracts';
import type { Tx } from '@wangge/db';
import type { CaseLevel, TimeLimit, TransitionInput } from '@wangge/domain';
import type { Locale } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import type { NotificationRequest } from '../notify/enqueue.ts';
import type { CaseRow } from './case-repo.ts';
import type { AssignmentRef } from './cases.policy.ts';
import type { ClockSettings } from './clock-settings.ts';
import type { StageClock } from './stage-clock.ts';

export type ActionRequest<T extends CaseActionRequest['type']> = Extract<CaseActionRequest, { type: T }>;

export interface ActionContext {
  tx: Tx;
  deps: Deps;
  actor: Actor;
  locale: Locale;
  now: Date;
  c: CaseRow;
  assignments: AssignmentRef[];
  /** The caller's own active assignment on the case, if any. */
  mine: AssignmentRef | undefined;
  settings: ClockSettings;
}

/** Projection columns an action may change besides status, stage and version. */
export interface CasePatch {
  level?: CaseLevel;
  categoryCode?: string | null;
  reworkCount?: number;
  reopenCount?: number;
  returnCount?: number;
  escalationCount?: number;
  evaluation?: 'satisfied' | 'basically_satisfied' | 'dissatisfied' | null;
  masterCaseId?: string | null;
  acceptedAt?: Date;
  dispatchedAt?: Date;
  handledAt?: Date;
  closedAt?: Date;
  dueAt?: Date | null;
  closedOnTime?: boolean | null;
  suspendedSince?: Date | null;
}

/** What an action does, decided by its handler before anything is written. */
export interface Effect {
  input?: TransitionInput;
  patch?: CasePatch;
  /** A new stage starts now (its clock from this limit), or the current clock changes. */
  stage?: { stage: 'accept' | 'handle' | 'verify' | 'none'; limit: TimeLimit | null };
  clock?: StageClock;
  payload: Record<string, unknown>;
  /** Writes that need the action's sequence number (assignments, attachments). */
  after?: (seq: number) => Promise<void>;
  notify?: NotificationRequest[];
}

export interface ActionHandler<T extends CaseActionRequest['type']> {
  type: T;
  prepare(ctx: ActionContext, request: ActionRequest<T>): Promise<Effect>;
}
