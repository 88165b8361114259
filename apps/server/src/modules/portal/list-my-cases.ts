import { type Db, one, rows } from '@wangge/db';
import { type CaseStatus, FINAL_STATUSES, RESIDENT_PROGRESS } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { Locale } from '../../http/errors.ts';
import { mineSql } from './resident-cases.ts';

/** What a resident's list shows of a case, as selected from case_record (and its category). */
export interface SummaryRow {
  number: string;
  title: string;
  category_name: string | null;
  status: CaseStatus;
  /** The resident reported it (else they follow it). */
  reporter: boolean;
  reported_at: Date;
  updated_at: Date;
}

/** My cases: what I reported and what I said "me too" to, newest first, in plain words. */
export async function listMyCases(db: Db, userId: string, locale: Locale) {
  const found = await rows<SummaryRow>(
    db,
    sql`SELECT c.number, c.title, cat.name AS category_name, c.status, c.reporter_id = ${userId} AS reporter,
               c.reported_at, c.updated_at
        FROM case_record c LEFT JOIN case_category cat ON cat.code = c.category_code
        WHERE ${mineSql(userId)}
        ORDER BY c.updated_at DESC LIMIT 200`,
  );
  const unread = await one<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM notification WHERE user_id = ${userId} AND read_at IS NULL`,
  );
  return {
    items: found.map((r) => summary(r, locale)),
    unread: unread?.n ?? 0,
  };
}

export function summary(r: SummaryRow, locale: Locale) {
  const progress = RESIDENT_PROGRESS[r.status];
  return {
    number: r.number,
    title: r.title,
    categoryName: r.category_name,
    status: r.status,
    progress: progress?.text[locale] ?? r.status,
    step: progress?.step ?? 0,
    relation: r.reporter ? ('reporter' as const) : ('follower' as const),
    reportedAt: new Date(r.reported_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
    finished: FINAL_STATUSES.includes(r.status),
    toRate: r.reporter && r.status === 'pending_evaluation',
  };
}
