/**
 * Fixed-window rate limits for what the public can trigger: SMS codes cost money and reach other
 * people's phones, reports reach grid workers' queues. Counted per client address, per phone, per
 * resident and per Open311 key (rate_counter rows), and checked before anything is written.
 */
export interface RateLimit {
  limit: number;
  windowSeconds: number;
}

export const RATE_LIMITS = {
  /** SMS codes to one phone: 5 an hour, and not more than one a minute (SMS_CODE_COOLDOWN_SECONDS). */
  smsPerPhone: { limit: 5, windowSeconds: 3600 },
  smsPerAddress: { limit: 20, windowSeconds: 3600 },
  /** Anonymous identities started from one address. */
  anonymousPerAddress: { limit: 20, windowSeconds: 3600 },
  reportsPerAddress: { limit: 30, windowSeconds: 3600 },
  reportsPerResident: { limit: 10, windowSeconds: 3600 },
  /** Photos a resident may upload (9 per report, a few retries). */
  uploadsPerResident: { limit: 60, windowSeconds: 3600 },
  /** "Me too" and other small writes by one resident. */
  supportsPerResident: { limit: 30, windowSeconds: 3600 },
  open311ReportsPerKey: { limit: 600, windowSeconds: 3600 },
} as const satisfies Record<string, RateLimit>;
export type RateLimitName = keyof typeof RATE_LIMITS;

export interface Window {
  windowStart: Date;
  count: number;
}

/** The window after one more hit: the same window counted up, or a new one when it has run out. */
export function hit(previous: Window | undefined, now: Date, rule: RateLimit): Window {
  if (!previous || now.getTime() - previous.windowStart.getTime() >= rule.windowSeconds * 1000) {
    return { windowStart: now, count: 1 };
  }
  return { windowStart: previous.windowStart, count: previous.count + 1 };
}

export type Verdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Is this hit (already counted into `window`) within the limit? If not, when may the caller retry? */
export function verdict(window: Window, now: Date, rule: RateLimit): Verdict {
  if (window.count <= rule.limit) return { ok: true };
  const ends = window.windowStart.getTime() + rule.windowSeconds * 1000;
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((ends - now.getTime()) / 1000)) };
}
