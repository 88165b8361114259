import type { PortalCaseDetail } from '@wangge/contracts';
import { type Db, one, rows } from '@wangge/db';
import { labelOf, RESIDENT_ACTION_LABELS, RESIDENT_TIMELINE_ACTIONS } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { Locale } from '../../http/errors.ts';
import { type SummaryRow, summary } from './list-my-cases.ts';
import { residentCase } from './resident-cases.ts';

const RATINGS = {
  satisfied: { 'zh-CN': '满意', en: 'satisfied' },
  basically_satisfied: { 'zh-CN': '基本满意', en: 'fairly satisfied' },
  dissatisfied: { 'zh-CN': '不满意', en: 'not satisfied' },
} as const;

type Payload = Record<string, unknown> & {
  lead?: { name?: string };
  assists?: Array<{ name?: string }>;
  role?: string;
  assignmentId?: string;
  result?: string;
  reason?: string;
  note?: string | null;
  exists?: boolean;
  pass?: boolean;
  rating?: keyof typeof RATINGS;
  comment?: string | null;
};

const photoOf = (id: string, thumb: boolean) => ({
  url: `/api/files/${id}`,
  thumbUrl: thumb ? `/api/files/${id}/thumb` : null,
});

/**
 * A resident's view of their case: where it stands in plain words, who (which unit, never which
 * person) handles it and by when, what happened, and the photos before and after. Staff-only steps
 * (claims, assistants' notes, supervision) and every name and number of other people are left out.
 */
export async function getPortalCase(
  db: Db,
  userId: string,
  locale: Locale,
  number: string,
): Promise<PortalCaseDetail> {
  const ref = await residentCase(db, userId, number);
  const c = await one<
    SummaryRow & {
      description: string;
      address: string | null;
      grid_name: string | null;
      level_unit: string | null;
      lng: number | null;
      lat: number | null;
      stage: string;
      stage_deadline: Date | null;
      warning: string;
      evaluation: PortalCaseDetail['evaluation'];
      version: number;
      supporters: number;
    }
  >(
    db,
    sql`SELECT c.number, c.title, cat.name AS category_name, c.status, c.reporter_id = ${userId} AS reporter,
               c.reported_at, c.updated_at, c.description, c.address, g.name AS grid_name,
               CASE c.level WHEN 'grid' THEN g.name
                            WHEN 'community' THEN (SELECT name FROM division WHERE code = c.community_code)
                            ELSE (SELECT name FROM division WHERE code = c.subdistrict_code) END AS level_unit,
               ST_X(c.location) AS lng, ST_Y(c.location) AS lat, c.stage, c.stage_deadline, c.warning,
               c.evaluation, c.version,
               (SELECT count(*)::int FROM case_follower f WHERE f.case_id = c.id) AS supporters
        FROM case_record c
        LEFT JOIN case_category cat ON cat.code = c.category_code
        LEFT JOIN grid g ON g.id = c.grid_id
        WHERE c.id = ${ref.id}`,
  );
  if (!c) throw new Error('case vanished');
  const units = await rows<{ id: string; name: string; role: 'lead' | 'assist'; state: string }>(
    db,
    sql`SELECT a.id, COALESCE(d.name, dv.name, g.name) AS name, a.role, a.state
        FROM case_assignment a
        LEFT JOIN department d ON d.id = a.department_id
        LEFT JOIN division dv ON dv.path = a.territory_path
        LEFT JOIN grid g ON g.path = a.territory_path
        WHERE a.case_id = ${ref.id} ORDER BY a.role = 'lead' DESC, a.dispatched_at`,
  );
  const actions = await rows<{ seq: number; type: string; at: Date; payload: Payload }>(
    db,
    sql`SELECT seq, type, at, payload FROM case_action
        WHERE case_id = ${ref.id} AND type IN (${sql.join(
          RESIDENT_TIMELINE_ACTIONS.map((t) => sql`${t}`),
          sql`, `,
        )}) ORDER BY seq`,
  );
  const files = await rows<{ file_id: string; action_seq: number; purpose: string; thumb: boolean }>(
    db,
    sql`SELECT a.file_id, a.action_seq, a.purpose, f.thumb_key IS NOT NULL AS thumb
        FROM case_attachment a JOIN file_object f ON f.id = a.file_id
        WHERE a.case_id = ${ref.id} ORDER BY a.action_seq, f.created_at`,
  );

  const unitName = new Map(units.map((u) => [u.id, u.name]));
  // An assistant's feedback is the lead's business; residents hear of the lead's.
  const shown = actions.filter((a) => a.type !== 'feedback' || a.payload.role !== 'assist');
  const timeline = shown.map((a) => ({
    at: new Date(a.at).toISOString(),
    type: a.type,
    text: textOf(a.type, a.payload, locale),
    unit:
      a.type === 'dispatch'
        ? [a.payload.lead?.name, ...(a.payload.assists ?? []).map((x) => x.name)]
            .filter(Boolean)
            .join('、') || null
        : a.type === 'feedback' && a.payload.assignmentId
          ? (unitName.get(a.payload.assignmentId) ?? null)
          : null,
    note: noteOf(a.type, a.payload),
    photos: files.filter((f) => f.action_seq === a.seq).map((f) => photoOf(f.file_id, f.thumb)),
  }));
  const active = units.filter((u) => u.state === 'dispatched' || u.state === 'claimed');
  const handling = ['dispatched', 'in_progress', 'pending_check'].includes(c.status);
  const base = summary(c, locale);
  return {
    ...base,
    description: c.description,
    address: c.address,
    gridName: c.grid_name,
    location: c.lng === null || c.lat === null ? null : { lng: c.lng, lat: c.lat },
    handledBy:
      handling && active.length
        ? active.map((u) => ({ name: u.name, lead: u.role === 'lead' }))
        : !base.finished && c.level_unit
          ? [{ name: c.level_unit, lead: true }]
          : [],
    deadline: c.stage !== 'none' && c.stage_deadline ? new Date(c.stage_deadline).toISOString() : null,
    overdue: c.warning === 'red',
    evaluation: c.evaluation,
    supporters: c.supporters,
    photos: {
      report: files.filter((f) => f.purpose === 'report').map((f) => photoOf(f.file_id, f.thumb)),
      result: files
        .filter((f) => f.purpose === 'after' || f.purpose === 'evidence')
        .map((f) => photoOf(f.file_id, f.thumb)),
    },
    timeline,
    canCancel: c.reporter && (c.status === 'pending_verification' || c.status === 'pending_acceptance'),
    canRate: c.reporter && c.status === 'pending_evaluation',
    version: c.version,
  };
}

function textOf(type: string, p: Payload, locale: Locale): string {
  const base = labelOf(RESIDENT_ACTION_LABELS, type, locale);
  const zh = locale === 'zh-CN';
  if (type === 'verify_report')
    return `${base}：${p.exists ? (zh ? '情况属实' : 'confirmed') : zh ? '情况不属实' : 'not found'}`;
  if (type === 'check')
    return `${base}：${p.pass ? (zh ? '通过' : 'passed') : zh ? '未通过，重新处理' : 'failed; being redone'}`;
  if (type === 'evaluate' && p.rating) return `${base}：${RATINGS[p.rating][locale]}`;
  return base;
}

function noteOf(type: string, p: Payload): string | null {
  if (type === 'feedback') return p.result ?? null;
  if (type === 'reject' || type === 'cancel') return p.reason ?? null;
  if (type === 'verify_report' && !p.exists) return p.note ?? null;
  if (type === 'evaluate') return p.comment ?? null;
  return null;
}
