import type { Deps } from '../../http/types.ts';
import type { SettableClock } from '../../lib/clock.ts';
import { sweepWarnings } from '../cases/sweep-warnings.ts';

export type ClockMove = { advanceMs: number } | { set: string };

/**
 * WANGGE_TEST_CLOCK: moves the server's clock, then runs the warning sweep once so that cases whose
 * yellow or red instant was crossed show it at once instead of at the loop's next minute.
 */
export async function moveTestClock(deps: Deps, clock: SettableClock, move: ClockMove) {
  if ('advanceMs' in move) clock.advance(move.advanceMs);
  else clock.set(new Date(move.set));
  const now = deps.clock.now();
  const warnings = await deps.db.transaction((tx) => sweepWarnings(tx, now));
  return { now: now.toISOString(), warnings };
}
