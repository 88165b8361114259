import { one, rows, type Tx } from '@wangge/db';
import { sql } from 'drizzle-orm';

/** Cases updated by an action while a sweep ran may cross in a window that sweep already read. */
const OVERLAP_MS = 5 * 60_000;

/**
 * 督办: raises the warnings that have come due: yellow once a stage has used its share
 * (stage_yellow_at), red once overdue (stage_deadline). The sweep looks only at the instants crossed
 * since the last sweep (with an overlap), through two btree indexes, and never indexes `warning`
 * itself, so raising one is a HOT update: it stays fast over a million open cases. Each raised
 * warning is logged on the case's timeline and sent to whoever holds the case. Warnings fall back
 * only when an action restarts or extends the clock (actions compute warnings themselves).
 */
export async function sweepWarnings(tx: Tx, now: Date): Promise<{ yellow: number; red: number }> {
  // JIT compiling this statement costs more than running it (measured: 0.7 s of 2.8 s over 1M cases).
  await tx.execute(sql`SET LOCAL jit = off`);
  const state = await one<{ swept_until: Date }>(
    tx,
    sql`SELECT swept_until FROM sla_sweep_state WHERE id = 'warnings' FOR UPDATE`,
  );
  const since = state ? new Date(new Date(state.swept_until).getTime() - OVERLAP_MS) : new Date(0);
  const changed = await rows<{ warning: 'yellow' | 'red'; n: number }>(
    tx,
    sql`WITH changed AS (
          UPDATE case_record c
             SET warning = CASE WHEN c.stage_deadline < ${now} THEN 'red' ELSE 'yellow' END
           -- The instants crossed in the window (a BitmapOr of the two indexes), then the state check.
           WHERE ((c.stage <> 'none' AND c.stage_yellow_at > ${since} AND c.stage_yellow_at <= ${now})
                  OR (c.stage <> 'none' AND c.stage_deadline > ${since} AND c.stage_deadline < ${now}))
             AND ((c.warning = 'none' AND c.stage_yellow_at <= ${now}) OR (c.warning <> 'red' AND c.stage_deadline < ${now}))
          RETURNING c.id, c.warning, c.status, c.district_code, c.number, c.title
        ),
        logged AS (
          INSERT INTO case_action (case_id, seq, type, at, actor_name, actor_role, from_status, to_status, payload, district_code)
          SELECT ch.id, (SELECT COALESCE(max(a.seq), 0) + 1 FROM case_action a WHERE a.case_id = ch.id), 'supervise',
                 ${now}, '系统督办', 'system', ch.status, ch.status, json_build_object('warning', ch.warning), ch.district_code
          FROM changed ch
          RETURNING case_id
        ),
        notified AS (
          INSERT INTO notification_outbox (created_at, district_code, recipient_id, channel, kind, payload, next_attempt_at)
          SELECT ${now}, ch.district_code, a.claimed_by, 'in_app', 'case.warning',
                 json_build_object(
                   'title', CASE ch.warning WHEN 'red' THEN '红牌督办：事件已超期' ELSE '黄牌督办：事件即将超期' END,
                   'body', ch.number || ' ' || ch.title, 'caseId', ch.id, 'caseNumber', ch.number),
                 ${now}
          -- Per changed case through the assignment index: a hash join would scan every assignment.
          FROM changed ch CROSS JOIN LATERAL (
            SELECT DISTINCT claimed_by FROM case_assignment a
            WHERE a.case_id = ch.id AND a.state = 'claimed' AND a.claimed_by IS NOT NULL
          ) a
          RETURNING id
        )
        SELECT warning, count(*)::int AS n FROM changed GROUP BY warning`,
  );
  await tx.execute(
    sql`INSERT INTO sla_sweep_state (id, swept_until) VALUES ('warnings', ${now})
        ON CONFLICT (id) DO UPDATE SET swept_until = GREATEST(sla_sweep_state.swept_until, excluded.swept_until)`,
  );
  return {
    yellow: changed.find((c) => c.warning === 'yellow')?.n ?? 0,
    red: changed.find((c) => c.warning === 'red')?.n ?? 0,
  };
}
