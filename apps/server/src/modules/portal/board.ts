import { type Db, one, rows } from '@wangge/db';
import {
  type CaseStatus,
  chinaDay,
  FINAL_STATUSES,
  RESIDENT_PROGRESS,
  roundLocation,
  scrubPublicText,
} from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { AppError, type Locale } from '../../http/errors.ts';
import { publicCaseSql } from '../cases/index.ts';

/** How far back the board looks: the last 90 days, like the dashboards. */
const BOARD_DAYS = 90;

/** Communities whose boards can be read (names are public: they are on the door of every office). */
export async function listCommunities(db: Db) {
  const items = await rows<{ code: string; name: string; subdistrict_name: string }>(
    db,
    sql`SELECT c.code, c.name, s.name AS subdistrict_name FROM division c
        JOIN division s ON s.code = c.parent_code
        WHERE c.level = 'community' ORDER BY c.code`,
  );
  return { items: items.map((r) => ({ code: r.code, name: r.name, subdistrictName: r.subdistrict_name })) };
}

/**
 * 公示: a community's cases of the last 90 days and how they ended, for anyone to read. No names, no
 * numbers, no addresses: the category, the title with phone and ID numbers blotted out, the grid,
 * dates, the outcome and the rating, and a point moved to the centre of its 50 m cell. Disputes,
 * withdrawn and merged reports are left out (publicCaseSql).
 */
export async function getBoard(
  db: Db,
  now: Date,
  locale: Locale,
  q: { community: string; page: number; pageSize: number },
) {
  const community = await one<{ code: string; name: string; subdistrict_name: string }>(
    db,
    sql`SELECT c.code, c.name, s.name AS subdistrict_name FROM division c JOIN division s ON s.code = c.parent_code
        WHERE c.code = ${q.community} AND c.level = 'community'`,
  );
  if (!community) throw new AppError('PORTAL_COMMUNITY_UNKNOWN');
  const since = new Date(now.getTime() - BOARD_DAYS * 86_400_000);
  const where = sql`c.community_code = ${q.community} AND c.reported_at >= ${since}
                    AND c.status <> 'merged' AND ${publicCaseSql}`;
  const totals = await one<{
    reported: number;
    closed: number;
    closed_on_time: number;
    satisfied: number;
    rated: number;
  }>(
    db,
    sql`SELECT count(*)::int AS reported,
               count(*) FILTER (WHERE c.status = 'closed')::int AS closed,
               count(*) FILTER (WHERE c.status = 'closed' AND c.closed_on_time)::int AS closed_on_time,
               count(*) FILTER (WHERE c.evaluation IN ('satisfied', 'basically_satisfied'))::int AS satisfied,
               count(*) FILTER (WHERE c.evaluation IS NOT NULL)::int AS rated
        FROM case_record c WHERE ${where}`,
  );
  const items = await rows<{
    number: string;
    title: string;
    category_name: string | null;
    grid_name: string | null;
    status: CaseStatus;
    reported_at: Date;
    closed_at: Date | null;
    closed_on_time: boolean | null;
    evaluation: 'satisfied' | 'basically_satisfied' | 'dissatisfied' | null;
    lng: number | null;
    lat: number | null;
  }>(
    db,
    sql`SELECT c.number, c.title, cat.name AS category_name, g.name AS grid_name, c.status, c.reported_at,
               c.closed_at, c.closed_on_time, c.evaluation, ST_X(c.location) AS lng, ST_Y(c.location) AS lat
        FROM case_record c
        LEFT JOIN case_category cat ON cat.code = c.category_code
        LEFT JOIN grid g ON g.id = c.grid_id
        WHERE ${where}
        ORDER BY c.reported_at DESC, c.number DESC
        LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  return {
    community: { code: community.code, name: community.name, subdistrictName: community.subdistrict_name },
    total: totals?.reported ?? 0,
    page: q.page,
    pageSize: q.pageSize,
    summary: {
      reported: totals?.reported ?? 0,
      closed: totals?.closed ?? 0,
      closedOnTime: totals?.closed_on_time ?? 0,
      satisfied: totals?.satisfied ?? 0,
      rated: totals?.rated ?? 0,
    },
    items: items.map((r) => {
      const point = r.lng === null || r.lat === null ? null : roundLocation(r.lng, r.lat);
      return {
        number: r.number,
        title: scrubPublicText(r.title),
        categoryName: r.category_name,
        gridName: r.grid_name,
        progress: RESIDENT_PROGRESS[r.status]?.text[locale] ?? r.status,
        finished: FINAL_STATUSES.includes(r.status),
        reportedOn: chinaDay(new Date(r.reported_at)),
        closedOn: r.closed_at ? chinaDay(new Date(r.closed_at)) : null,
        onTime: r.status === 'closed' ? r.closed_on_time : null,
        evaluation: r.evaluation,
        point: point ? { lng: point[0], lat: point[1] } : null,
      };
    }),
  };
}
