import { rows, type Tx } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { clip, refuse } from './error-list.ts';

/**
 * GeoReport v2 jurisdictions are our districts (the 6-digit division codes the deployment holds).
 * With one, `jurisdiction_id` may be left out; with several it is required (400 when missing); an
 * unknown one is 404 on every call. Read per request: there are a handful of rows, and an imported
 * district counts at once.
 */
export async function resolveJurisdiction(
  db: Tx,
  given: string | undefined,
): Promise<{ code: string | null; all: string[] }> {
  const all = (
    await rows<{ code: string }>(db, sql`SELECT code FROM division WHERE level = 'district' ORDER BY code`)
  ).map((r) => r.code);
  if (given !== undefined) {
    if (!all.includes(given))
      refuse([{ code: 'OPEN311_JURISDICTION_UNKNOWN', params: { code: clip(given) } }]);
    return { code: given, all };
  }
  if (all.length > 1) refuse([{ code: 'OPEN311_JURISDICTION_REQUIRED', params: { codes: all.join(', ') } }]);
  return { code: all[0] ?? null, all };
}
