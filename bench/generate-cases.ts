/**
 * Open cases for the sweep benchmark, generated inside the database (INSERT … SELECT from
 * generate_series, in batches) on top of the demo seed: each case in one of the demo's grids, being
 * handled ('in_progress', level 'grid', stage 'handle', a one-working-day clock), claimed by the demo
 * grid worker (one claimed lead assignment) and with its report action, so that the sweep's joins and
 * sub-selects meet realistic tables.
 *
 * Relative to `now`, by a hash of the row number (not a sequence, so the shares interleave on disk):
 *   1 %  red due      warning none, yellow share and deadline passed (the sweep turns them red)
 *   2 %  yellow due   warning none, yellow share passed, deadline 0–24 h ahead (the sweep turns them yellow)
 *   3 %  yellow       already yellow, deadline 0–24 h ahead (untouched until it passes)
 *   1 %  red          already red (untouched, outside both partial indexes)
 *  93 %  on time      warning none, yellow share 0–7 days ahead (untouched)
 * so that, after the first run, about 0.01 % of the cases come due per minute (yellow shares and deadlines).
 *
 * Bulk-load shortcuts, for the generation only (the table ends up as the migrations define it): the
 * secondary indexes of the three tables are dropped and re-created after the insert, and foreign-key
 * triggers are skipped (session_replication_role = replica; the rows are consistent by construction).
 */
import { type Db, rows } from '@wangge/db';
import { sql } from 'drizzle-orm';

export const SHARES = { redDue: 0.01, yellowDue: 0.02, yellow: 0.03, red: 0.01 } as const;
const TABLES = ['case_record', 'case_action', 'case_assignment'] as const;

/** A number in [0, 1) from the row number i (Knuth's multiplicative hash): which share a row is in. */
const share = '((i::bigint * 2654435761::bigint) % 1000003)::float8 / 1000003';
/** Another, independent of `share` (from md5): where in its share's time window. */
const spread = `('x' || substr(md5('spread' || i), 1, 8))::bit(32)::bigint::float8 / 4294967296`;

export interface Generated {
  rows: number;
  ms: {
    dropIndexes: number;
    insertCases: number;
    insertAssignments: number;
    insertActions: number;
    createIndexes: number;
    vacuumAnalyze: number;
    total: number;
  };
  indexes: string[];
}

/** Generated case numbers are 370102-202501dd-nnnnn (90,000 a day from 2025-01-01): at most 1,000,000 fit in January. */
export async function generateOpenCases(
  db: Db,
  n: number,
  now: Date,
  options: { batch: number; maintenanceWorkMem: string; log: (m: string) => void },
): Promise<Generated> {
  const ms: Generated['ms'] = {
    dropIndexes: 0,
    insertCases: 0,
    insertAssignments: 0,
    insertActions: 0,
    createIndexes: 0,
    vacuumAnalyze: 0,
    total: 0,
  };
  const t0 = performance.now();
  let mark = t0;
  const lap = (k: keyof Generated['ms']) => {
    const t = performance.now();
    ms[k] += t - mark;
    mark = t;
  };
  const [worker] = await rows<{ id: string }>(db, sql`SELECT id FROM app_user WHERE username = 'gridworker'`);
  if (!worker) throw new Error('the demo is not seeded');
  const categories = await rows<{ code: string }>(
    db,
    sql`SELECT code FROM case_category WHERE active AND kind <> 'class' ORDER BY code LIMIT 20`,
  );
  const categoryArray = `{${categories.map((c) => c.code).join(',')}}`;
  const nowIso = now.toISOString();
  const indexes = await rows<{ name: string; def: string }>(
    db,
    sql`SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
        JOIN pg_index x ON x.indexrelid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass
        WHERE i.schemaname = 'public' AND i.tablename IN ('case_record', 'case_action', 'case_assignment') AND NOT x.indisprimary
        ORDER BY i.tablename, i.indexname`,
  );

  await db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    await tx.execute(sql.raw(`SET LOCAL maintenance_work_mem = '${options.maintenanceWorkMem}'`));
    for (const { name } of indexes) await tx.execute(sql.raw(`DROP INDEX "${name}"`));
    lap('dropIndexes');
    for (let lo = 1; lo <= n; lo += options.batch) {
      const hi = Math.min(n, lo + options.batch - 1);
      // r = which share the row falls in; v = where in its window (minutes).
      await tx.execute(
        sql.raw(`
        WITH g AS (
          SELECT array_agg(id ORDER BY code) AS ids, array_agg(path::text ORDER BY code) AS paths,
                 array_agg(community_code ORDER BY code) AS communities, count(*)::int AS n FROM grid
        ),
        s AS (
          SELECT i, ${share} AS r, ${spread} AS v FROM generate_series(${lo}, ${hi}) AS i
        ),
        t AS (
          SELECT s.*, timestamptz '${nowIso}' AS now,
                 CASE WHEN r < ${SHARES.redDue} THEN 'red_due'
                      WHEN r < ${SHARES.redDue + SHARES.yellowDue} THEN 'yellow_due'
                      WHEN r < ${SHARES.redDue + SHARES.yellowDue + SHARES.yellow} THEN 'yellow'
                      WHEN r < ${SHARES.redDue + SHARES.yellowDue + SHARES.yellow + SHARES.red} THEN 'red'
                      ELSE 'on_time' END AS kind
          FROM s
        ),
        d AS (
          SELECT t.*,
                 CASE kind
                   WHEN 'red_due'    THEN now - interval '1 minute' * (1 + v * 600)
                   WHEN 'yellow_due' THEN now + interval '1 minute' * (1 + v * 1440)
                   WHEN 'yellow'     THEN now + interval '1 minute' * (1 + v * 1440)
                   WHEN 'red'        THEN now - interval '1 minute' * (1 + v * 1440)
                   ELSE now + interval '1 minute' * (v * 10080) + interval '2 hours' END AS deadline,
                 CASE kind
                   WHEN 'yellow_due' THEN now - interval '1 minute' * (1 + v * 60)
                   WHEN 'yellow'     THEN now - interval '1 minute' * (1 + v * 60)
                   WHEN 'on_time'    THEN now + interval '1 minute' * (v * 10080)
                   ELSE NULL END AS yellow_at
          FROM t
        )
        INSERT INTO case_record (id, number, district_code, title, description, category_code, channel,
          reporter_id, reporter_name, grid_id, community_code, subdistrict_code, path, outside_grid, status,
          level, stage, stage_started_at, stage_clock, stage_deadline, stage_yellow_at, warning, version,
          reported_at, accepted_at, dispatched_at, due_at, search_text, created_at, updated_at)
        SELECT md5('case' || i)::uuid,
               '370102-' || to_char(date '2025-01-01' + (i / 90000)::int, 'YYYYMMDD') || '-' || lpad((i % 90000 + 1)::text, 5, '0'),
               '370102',
               (ARRAY['路灯不亮','暴露垃圾','占道经营','井盖缺失','楼道堆物','违章停车'])[1 + i % 6] || '（' || (1 + i % 30) || '号楼附近）',
               (ARRAY['小区门口路灯不亮，夜间通行不便','绿化带内有暴露垃圾','早市摊贩占道经营','人行道井盖缺失','单元楼道堆放杂物','消防通道内违章停车'])[1 + i % 6],
               ('${categoryArray}'::text[])[1 + i % ${Math.max(1, categories.length)}],
               'patrol', '${worker.id}'::uuid, '网格员',
               g.ids[1 + i % g.n], g.communities[1 + i % g.n], '370102009', g.paths[1 + i % g.n]::ltree, false,
               'in_progress', 'grid', 'handle',
               COALESCE(yellow_at, deadline) - interval '20 hours',
               '{"limit":{"amount":1,"unit":"working_days"},"suspensions":[],"pendingExtension":null}'::jsonb,
               deadline, COALESCE(yellow_at, deadline - interval '4 hours'),
               CASE kind WHEN 'yellow' THEN 'yellow' WHEN 'red' THEN 'red' ELSE 'none' END,
               4,
               COALESCE(yellow_at, deadline) - interval '22 hours',
               COALESCE(yellow_at, deadline) - interval '21 hours',
               COALESCE(yellow_at, deadline) - interval '20 hours',
               deadline,
               (ARRAY['路灯不亮 小区门口路灯不亮','暴露垃圾 绿化带','占道经营 早市摊贩','井盖缺失 人行道','楼道堆物 单元楼道','违章停车 消防通道'])[1 + i % 6],
               COALESCE(yellow_at, deadline) - interval '22 hours',
               COALESCE(yellow_at, deadline) - interval '20 hours'
        FROM d, g`),
      );
      lap('insertCases');
      options.log(`generated ${hi.toLocaleString('en')} of ${n.toLocaleString('en')} cases`);
    }
    // One claimed lead assignment and the report action per case, from the cases themselves.
    await tx.execute(
      sql.raw(`
      INSERT INTO case_assignment (case_id, district_code, territory_path, role, state, claimed_by, dispatched_at, claimed_at)
      SELECT r.id, r.district_code, r.path, 'lead', 'claimed', '${worker.id}'::uuid, r.dispatched_at, r.dispatched_at + interval '10 minutes'
      FROM case_record r WHERE r.number LIKE '370102-202501%'`),
    );
    lap('insertAssignments');
    await tx.execute(
      sql.raw(`
      INSERT INTO case_action (case_id, seq, type, at, actor_id, actor_name, actor_role, from_status, to_status, payload, district_code)
      SELECT r.id, 1, 'report', r.reported_at, '${worker.id}'::uuid, '网格员', 'gridWorker', NULL, 'pending_acceptance',
             '{"channel":"patrol"}'::jsonb, r.district_code
      FROM case_record r WHERE r.number LIKE '370102-202501%'`),
    );
    lap('insertActions');
    for (const { def } of indexes) await tx.execute(sql.raw(def));
    lap('createIndexes');
  });
  // VACUUM as well as ANALYZE: a table of a million open cases has been around (autovacuum has set its
  // hint bits and visibility map); right after a bulk load, the first reads would do that work.
  for (const table of TABLES) await db.execute(sql.raw(`VACUUM (ANALYZE) ${table}`));
  lap('vacuumAnalyze');
  ms.total = performance.now() - t0;
  for (const k of Object.keys(ms) as Array<keyof Generated['ms']>) ms[k] = Math.round(ms[k]);
  return { rows: n, ms, indexes: indexes.map((i) => i.name) };
}
