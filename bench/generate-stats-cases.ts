/**
 * Cases for the statistics benchmark, generated inside the database (INSERT … SELECT from
 * generate_series, in batches, secondary indexes dropped and re-created around the load) on top of
 * the demo seed. Reported in order of generation over the 365 days before `now` (as a real table
 * fills: a month's cases lie together on disk), in the demo's 52 grids:
 *   3 % rejected, 2 % merged, 75 % closed (85 % of them on time, 40 % rated), 8 % being handled
 *   (3-day deadline), 5 % waiting to be dispatched, 4 % waiting for the rating, 3 % to be accepted;
 *   4 % returned once, 3 % reworked once; 30 % dispatched to one of the 12 departments (some with
 *   an assistant, some returned first by another department).
 */
import { type Db, rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { round } from './measure.ts';

const r = (salt: string) =>
  `(('x' || substr(md5('${salt}' || i), 1, 8))::bit(32)::bigint::float8 / 4294967296)`;

/** Generates `n` cases (see stats.bench.ts), reported in order over the 365 days before `now`. */
export async function generateStatsCases(
  db: Db,
  n: number,
  now: Date,
  batch: number,
  log: (m: string) => void,
) {
  const t0 = performance.now();
  const indexes = await rows<{ name: string; def: string }>(
    db,
    sql`SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
        JOIN pg_index x ON x.indexrelid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass
        WHERE i.schemaname = 'public' AND i.tablename IN ('case_record', 'case_assignment') AND NOT x.indisprimary`,
  );
  await db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    for (const { name } of indexes) await tx.execute(sql.raw(`DROP INDEX "${name}"`));
    for (let lo = 1; lo <= n; lo += batch) {
      const hi = Math.min(n, lo + batch - 1);
      await tx.execute(
        sql.raw(`
        WITH g AS (
          SELECT array_agg(id ORDER BY code) AS ids, array_agg(path::text ORDER BY code) AS paths,
                 array_agg(community_code ORDER BY code) AS communities, count(*)::int AS n,
                 (SELECT array_agg(code) FROM (SELECT code FROM case_category WHERE kind <> 'class' ORDER BY code LIMIT 20) x) AS cats
          FROM grid
        ),
        s AS (
          SELECT i, ${r('status')} AS st, ${r('when')} AS w, ${r('late')} AS late, ${r('rate')} AS rate,
                 ${r('hours')} AS h, ${r('flags')} AS fl
          FROM generate_series(${lo}, ${hi}) AS i
        ),
        t AS (
          SELECT s.*, timestamptz '${now.toISOString()}' - interval '365 days' * (1 - (i - 1 + w)::float8 / ${n}) AS reported,
                 CASE WHEN st < 0.03 THEN 'rejected' WHEN st < 0.05 THEN 'merged' WHEN st < 0.80 THEN 'closed'
                      WHEN st < 0.88 THEN 'in_progress' WHEN st < 0.93 THEN 'pending_dispatch'
                      WHEN st < 0.97 THEN 'pending_evaluation' ELSE 'pending_acceptance' END AS status
          FROM s
        )
        INSERT INTO case_record (id, number, district_code, title, description, channel, grid_id, community_code,
          subdistrict_code, path, status, level, stage, stage_started_at, stage_clock, stage_deadline, warning,
          rework_count, return_count, evaluation, reported_at, dispatched_at, handled_at, closed_at, due_at,
          closed_on_time, category_code)
        SELECT md5('stats' || i)::uuid, '370102-B-' || lpad(i::text, 8, '0'), '370102', '生成的事件', '统计基准',
               CASE WHEN i % 3 = 0 THEN 'hotline' ELSE 'patrol' END,
               g.ids[1 + i % g.n], g.communities[1 + i % g.n], '370102009', g.paths[1 + i % g.n]::ltree, status,
               'grid',
               CASE status WHEN 'in_progress' THEN 'handle' WHEN 'pending_dispatch' THEN 'accept'
                           WHEN 'pending_acceptance' THEN 'accept' ELSE 'none' END,
               reported, '{}'::jsonb,
               CASE status WHEN 'in_progress' THEN reported + interval '3 days'
                           WHEN 'pending_dispatch' THEN reported + interval '1 day'
                           WHEN 'pending_acceptance' THEN reported + interval '1 day' END,
               'none',
               CASE WHEN fl < 0.03 THEN 1 ELSE 0 END, CASE WHEN fl > 0.96 THEN 1 ELSE 0 END,
               CASE WHEN status IN ('closed', 'pending_evaluation') AND i % 3 = 0 AND rate < 0.9
                    THEN (ARRAY['satisfied', 'satisfied', 'basically_satisfied', 'dissatisfied'])[1 + (i / 3) % 4] END,
               reported,
               reported + interval '30 minutes',
               CASE WHEN status IN ('closed', 'pending_evaluation') THEN reported + interval '1 hour' * (1 + h * 71) END,
               CASE WHEN status = 'closed' THEN reported + interval '1 hour' * (2 + h * 100) END,
               reported + interval '3 days',
               CASE WHEN status = 'closed' THEN late < 0.85 END,
               g.cats[1 + i % 20]
        FROM t, g`),
      );
      log(`generated ${hi.toLocaleString('en')} of ${n.toLocaleString('en')} cases`);
    }
    // 30 % to a department (lead); some with an assistant, some returned first by the department before it.
    await tx.execute(
      sql.raw(`
      WITH d AS (SELECT array_agg(id ORDER BY code) AS ids, count(*)::int AS n FROM department),
      c AS (SELECT id, status, reported_at, ('x' || substr(id::text, 1, 8))::bit(32)::bigint AS k FROM case_record
            WHERE number LIKE '370102-B-%' AND status NOT IN ('rejected', 'merged'))
      INSERT INTO case_assignment (case_id, district_code, department_id, role, state, dispatched_at)
      SELECT c.id, '370102', d.ids[1 + (c.k / 10 + CASE WHEN x.role = 'assist' THEN 2 WHEN x.returned THEN 1 ELSE 0 END) % d.n], x.role,
             CASE WHEN x.role = 'lead' AND x.returned THEN 'returned'
                  WHEN c.status IN ('closed', 'pending_evaluation') THEN 'done'
                  WHEN c.status = 'in_progress' THEN 'claimed' ELSE 'dispatched' END,
             c.reported_at + interval '30 minutes'
      FROM c, d, LATERAL (VALUES ('lead', false), ('assist', false), ('lead', true)) AS x(role, returned)
      WHERE c.k % 10 < 3
        AND (x.role = 'lead' AND NOT x.returned OR x.role = 'assist' AND (c.k / 1000) % 10 = 1
             OR x.returned AND (c.k / 1000) % 10 = 0)`),
    );
    for (const { def } of indexes) await tx.execute(sql.raw(def));
  });
  for (const table of ['case_record', 'case_assignment'])
    await db.execute(sql.raw(`VACUUM (ANALYZE) ${table}`));
  return round(performance.now() - t0, 0);
}
