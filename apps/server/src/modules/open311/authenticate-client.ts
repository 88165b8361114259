import { one, type Tx } from '@wangge/db';
import { RATE_LIMITS, verdict } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { hashKey, looksLikeKey } from './client-key.ts';
import { refuse } from './error-list.ts';

export interface Open311ClientApp {
  id: string;
  name: string;
  districtCode: string;
  /** The district's territory path (its ltree path in `division`). */
  districtPath: string;
}

/**
 * The client application holding an api_key, or 403: no key, a key we never issued, or a revoked one
 * (the spec answers every key problem with 403). Keys are compared by their sha256, looked up by
 * index, so the time taken says nothing about how much of a key was right.
 */
export async function authenticateClient(db: Tx, apiKey: string | undefined): Promise<Open311ClientApp> {
  if (apiKey === undefined) refuse([{ code: 'OPEN311_API_KEY_REQUIRED' }]);
  if (!looksLikeKey(apiKey)) refuse([{ code: 'OPEN311_API_KEY_INVALID' }]);
  const found = await one<{
    id: string;
    name: string;
    district_code: string;
    revoked_at: Date | null;
    district_path: string | null;
  }>(
    db,
    sql`SELECT c.id, c.name, c.district_code, c.revoked_at, d.path::text AS district_path
        FROM open311_client c
        LEFT JOIN division d ON d.code = c.district_code AND d.level = 'district'
        WHERE c.key_hash = ${hashKey(apiKey)}`,
  );
  if (!found) refuse([{ code: 'OPEN311_API_KEY_INVALID' }]);
  if (found.revoked_at) refuse([{ code: 'OPEN311_API_KEY_REVOKED' }]);
  // A key whose district has gone (divisions re-imported) can report nowhere.
  if (!found.district_path) refuse([{ code: 'OPEN311_API_KEY_INVALID' }]);
  return {
    id: found.id,
    name: found.name,
    districtCode: found.district_code,
    districtPath: found.district_path,
  };
}

/**
 * Counts one submission against the key's hourly limit and notes when the key was last used, in one
 * statement (a fixed window in `rate_counter`, restarted when it has run out). Over the limit: 400
 * (the spec has no 429) with a Retry-After header. Counted before anything else is checked, so
 * failing submissions cannot be retried without end either.
 */
export async function countClientUse(db: Tx, client: Open311ClientApp, now: Date): Promise<void> {
  const rule = RATE_LIMITS.open311ReportsPerKey;
  const key = `open311ReportsPerKey:${client.id}`;
  const at = now.toISOString();
  const row = await one<{ window_start: Date | string; count: number }>(
    db,
    sql`WITH used AS (UPDATE open311_client SET last_used_at = ${at}::timestamptz WHERE id = ${client.id})
        INSERT INTO rate_counter AS r (key, window_start, count) VALUES (${key}, ${at}::timestamptz, 1)
        ON CONFLICT (key) DO UPDATE SET
          count = CASE WHEN r.window_start <= ${at}::timestamptz - make_interval(secs => ${rule.windowSeconds})
                       THEN 1 ELSE r.count + 1 END,
          window_start = CASE WHEN r.window_start <= ${at}::timestamptz - make_interval(secs => ${rule.windowSeconds})
                       THEN ${at}::timestamptz ELSE r.window_start END
        RETURNING window_start, count`,
  );
  const v = verdict({ windowStart: new Date(row!.window_start), count: row!.count }, now, rule);
  if (!v.ok)
    refuse([{ code: 'OPEN311_RATE_LIMITED', params: { seconds: v.retryAfterSeconds } }], v.retryAfterSeconds);
}
