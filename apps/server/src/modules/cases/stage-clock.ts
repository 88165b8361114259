import {
  addLimit,
  limitMs,
  type Suspension,
  type TimeLimit,
  timeUsed,
  type WarningLevel,
  warningLevel,
} from '@wangge/domain';
import type { ClockSettings } from './clock-settings.ts';

/** The running clock of a case's current stage, stored with the case (case_record.stage_clock). */
export interface StageClock {
  /** The stage's limit, extensions included. */
  limit: TimeLimit;
  /** Stopped intervals (ISO instants); an open one (end null) while waiting on the resident. */
  suspensions: Array<[string, string | null]>;
  /** An extension asked for and not yet decided. */
  pendingExtension: { extra: TimeLimit; reason: string; requestedBy: string; at: string } | null;
}

export const newClock = (limit: TimeLimit): StageClock => ({
  limit,
  suspensions: [],
  pendingExtension: null,
});

const suspensionsOf = (clock: StageClock): Suspension[] =>
  clock.suspensions.map(([a, b]) => [new Date(a), b ? new Date(b) : null] as const);

/** The stage's deadline (null while the clock is stopped with time left). */
export function deadlineOf(start: Date, clock: StageClock, s: ClockSettings): Date | null {
  return addLimit(start, clock.limit, s.calendar, s.periods, suspensionsOf(clock));
}

/** When the stage will have used its yellow share (黄牌), so the sweep can compare instants in SQL. */
export function yellowAtOf(start: Date, clock: StageClock, s: ClockSettings): Date | null {
  const share = { amount: clock.limit.amount * s.yellowShare, unit: clock.limit.unit };
  return addLimit(start, share, s.calendar, s.periods, suspensionsOf(clock));
}

/** Counted time of the stage's unit used by `now`, stopped intervals excluded. */
export function usedOf(start: Date, clock: StageClock, now: Date, s: ClockSettings): number {
  return timeUsed(start, now, clock.limit.unit, s.calendar, s.periods, suspensionsOf(clock));
}

/** 黄牌 at the configured share of the limit used, 红牌 once overdue. */
export function warningOf(
  start: Date,
  clock: StageClock,
  deadline: Date | null,
  now: Date,
  s: ClockSettings,
): WarningLevel {
  const usedMs = usedOf(start, clock, now, s);
  return warningLevel({
    start,
    now,
    deadline,
    limitMs: limitMs(clock.limit),
    usedMs,
    yellowShare: s.yellowShare,
  });
}
