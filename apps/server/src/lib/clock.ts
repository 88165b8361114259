/** Time is injected so that rules (session expiry, time limits) can be tested at any moment. */
export interface Clock {
  now(): Date;
}

/** A clock that can be moved: tests' fixed clock, and the offset clock of a journey server. */
export interface SettableClock extends Clock {
  set(d: Date): void;
  advance(ms: number): void;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(start: Date): SettableClock {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    set: (d) => {
      t = d.getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

/**
 * Real time plus an adjustable offset (WANGGE_TEST_CLOCK): time keeps running, so a browser journey
 * behaves as usual, but it can be moved forward to a deadline without waiting for it.
 */
export function offsetClock(base: Clock = systemClock): SettableClock & { offsetMs(): number } {
  let offset = 0;
  return {
    now: () => new Date(base.now().getTime() + offset),
    set: (d) => {
      offset = d.getTime() - base.now().getTime();
    },
    advance: (ms) => {
      offset += ms;
    },
    offsetMs: () => offset,
  };
}

export function isSettable(clock: Clock): clock is SettableClock {
  const c = clock as Partial<SettableClock>;
  return typeof c.set === 'function' && typeof c.advance === 'function';
}
