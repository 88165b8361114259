import { type Db, rows } from '@wangge/db';
import {
  type Crs,
  degreesCovering,
  FINAL_STATUSES,
  RESIDENT_PROGRESS,
  scrubPublicText,
  toWgs84Point,
} from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { Locale } from '../../http/errors.ts';

/** How far "the same problem" may be: a street light two doors down, not two streets away. */
export const NEARBY_METERS = 200;

/**
 * Open cases near a point (in the same category when one is given), so that a resident can say
 * "me too" instead of filing the same thing again. Any resident may see these: titles, category,
 * progress and distance, never who reported them.
 */
export async function nearbyCases(
  db: Db,
  userId: string,
  locale: Locale,
  q: { lng: number; lat: number; crs: Crs; category?: string | undefined },
) {
  const [lng, lat] = toWgs84Point([q.lng, q.lat], q.crs);
  const here = sql`ST_SetSRID(ST_MakePoint(${lng}::float8, ${lat}::float8), 4326)`;
  const found = await rows<{
    number: string;
    title: string;
    category_name: string | null;
    status: keyof typeof RESIDENT_PROGRESS;
    distance: number;
    reported_at: Date;
    supporters: number;
    mine: boolean;
  }>(
    db,
    sql`SELECT c.number, c.title, cat.name AS category_name, c.status, c.reported_at,
               ST_Distance(c.location::geography, ${here}::geography) AS distance,
               (SELECT count(*)::int FROM case_follower f WHERE f.case_id = c.id) AS supporters,
               (c.reporter_id = ${userId} OR EXISTS (SELECT 1 FROM case_follower f WHERE f.case_id = c.id AND f.user_id = ${userId})) AS mine
        FROM case_record c LEFT JOIN case_category cat ON cat.code = c.category_code
        WHERE ST_DWithin(c.location, ${here}, ${degreesCovering(NEARBY_METERS, lat)})
          AND ST_DWithin(c.location::geography, ${here}::geography, ${NEARBY_METERS})
          AND c.status NOT IN (${sql.join(
            FINAL_STATUSES.map((s) => sql`${s}`),
            sql`, `,
          )})
          ${q.category ? sql`AND c.category_code = ${q.category}` : sql``}
        ORDER BY distance LIMIT 10`,
  );
  return {
    items: found.map((r) => ({
      number: r.number,
      title: scrubPublicText(r.title),
      categoryName: r.category_name,
      progress: RESIDENT_PROGRESS[r.status]?.text[locale] ?? r.status,
      distanceM: Math.round(r.distance),
      reportedAt: new Date(r.reported_at).toISOString(),
      supporters: r.supporters,
      mine: r.mine,
    })),
  };
}
