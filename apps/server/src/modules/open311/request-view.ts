import { rows, type Tx } from '@wangge/db';
import {
  type CaseStatus,
  isOpenStatus,
  RESIDENT_PROGRESS,
  roundLocation,
  scrubPublicText,
} from '@wangge/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Locale } from '../../http/errors.ts';
import { iso } from '../../lib/iso.ts';
import { publicCaseSql } from '../cases/index.ts';
import type { Value } from './format.ts';

/**
 * A case as a GeoReport v2 service request: public data only. Never the reporter's name, phone or
 * exact address; the description with phone and ID numbers blotted out; the point moved to the
 * centre of its 50 m cell; the address is the grid, community and subdistrict (most specific first);
 * the responsible agency is the unit that holds the case (the lead assignment's department or
 * territory), else the grid or community it lies in; the expected time is the running stage's
 * deadline, else the handling deadline of the first dispatch.
 */
interface RequestRow {
  number: string;
  status: string;
  category_code: string | null;
  category_name: string | null;
  description: string;
  reported_at: Date | string;
  updated_at: Date | string;
  closed_at: Date | string | null;
  expected_at: Date | string | null;
  lng: number | null;
  lat: number | null;
  grid_name: string | null;
  community_name: string | null;
  subdistrict_name: string | null;
  agency: string | null;
}

/** Reads the requests matching `where` (over `case_record c`), newest first. */
export async function selectRequests(
  db: Tx,
  where: SQL,
  page: { limit: number; offset: number },
): Promise<RequestRow[]> {
  return rows<RequestRow>(
    db,
    sql`SELECT c.number, c.status, c.category_code, cat.name AS category_name, c.description,
               c.reported_at, c.closed_at,
               -- The last action's time (the projection's updated_at is the database's clock, not ours).
               COALESCE((SELECT ca.at FROM case_action ca WHERE ca.case_id = c.id ORDER BY ca.seq DESC LIMIT 1),
                        c.updated_at) AS updated_at, COALESCE(c.stage_deadline, c.due_at) AS expected_at,
               ST_X(c.location) AS lng, ST_Y(c.location) AS lat,
               g.name AS grid_name, cm.name AS community_name, sd.name AS subdistrict_name,
               COALESCE(lead.name, g.name, cm.name, sd.name) AS agency
        FROM case_record c
        LEFT JOIN case_category cat ON cat.code = c.category_code
        LEFT JOIN grid g ON g.id = c.grid_id
        LEFT JOIN division cm ON cm.code = c.community_code
        LEFT JOIN division sd ON sd.code = c.subdistrict_code
        LEFT JOIN LATERAL (
          SELECT COALESCE(d.name, dv.name, ag.name) AS name
          FROM case_assignment a
          LEFT JOIN department d ON d.id = a.department_id
          LEFT JOIN division dv ON dv.path = a.territory_path
          LEFT JOIN grid ag ON ag.path = a.territory_path
          WHERE a.case_id = c.id AND a.role = 'lead' AND a.state NOT IN ('returned', 'withdrawn')
          ORDER BY a.dispatched_at DESC LIMIT 1
        ) lead ON true
        WHERE ${where} AND ${publicCaseSql}
        ORDER BY c.reported_at DESC, c.number DESC
        LIMIT ${page.limit} OFFSET ${page.offset}`,
  );
}

export function toRequest(r: RequestRow, locale: Locale): Value {
  const status = r.status as CaseStatus;
  const open = isOpenStatus(status);
  const point = r.lng === null || r.lat === null ? null : roundLocation(r.lng, r.lat);
  const address = [r.grid_name, r.community_name, r.subdistrict_name].filter((x) => x !== null).join(', ');
  return {
    service_request_id: r.number,
    status: open ? 'open' : 'closed',
    status_notes: RESIDENT_PROGRESS[status]?.text[locale] ?? null,
    service_name: r.category_name,
    // Every case has a number, not always a category (a call the dispatcher has yet to classify).
    service_code: r.category_code ?? '',
    description: scrubPublicText(r.description).slice(0, 4000),
    agency_responsible: r.agency,
    requested_datetime: iso(r.reported_at),
    // For a finished case, when it was closed (rejected and merged cases have no closing time).
    updated_datetime: iso(!open && r.closed_at ? r.closed_at : r.updated_at),
    expected_datetime: r.expected_at ? iso(r.expected_at) : null,
    address: address || null,
    lat: point ? point[1] : null,
    long: point ? point[0] : null,
  };
}
