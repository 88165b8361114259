import { one, type Tx } from '@wangge/db';
import { RATE_LIMITS, type RateLimitName, verdict } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { AppError } from '../http/errors.ts';

/**
 * Counts one hit against a limit (`rate_counter`, one upsert: the window restarts when it has run
 * out) and refuses it with RATE_LIMITED when over. Called before anything else is written;
 * the hit is counted even when the request later fails, so failures cannot be retried endlessly.
 */
export async function takeRate(db: Tx, name: RateLimitName, subject: string, now: Date): Promise<void> {
  const rule = RATE_LIMITS[name];
  const key = `${name}:${subject}`;
  const row = await one<{ window_start: Date; count: number }>(
    db,
    sql`INSERT INTO rate_counter AS r (key, window_start, count) VALUES (${key}, ${now}, 1)
        ON CONFLICT (key) DO UPDATE SET
          count = CASE WHEN r.window_start <= ${now}::timestamptz - make_interval(secs => ${rule.windowSeconds})
                       THEN 1 ELSE r.count + 1 END,
          window_start = CASE WHEN r.window_start <= ${now}::timestamptz - make_interval(secs => ${rule.windowSeconds})
                       THEN ${now} ELSE r.window_start END
        RETURNING window_start, count`,
  );
  const v = verdict({ windowStart: new Date(row!.window_start), count: row!.count }, now, rule);
  if (!v.ok)
    throw new AppError(
      'RATE_LIMITED',
      { retryAfterSeconds: v.retryAfterSeconds },
      { seconds: v.retryAfterSeconds },
    );
}
