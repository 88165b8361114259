import type { Tx } from '@wangge/db';
import { FINAL_STATUSES } from '@wangge/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Locale } from '../../http/errors.ts';
import { requestWindow } from './dates.ts';
import { type Problem, refuse } from './error-list.ts';
import { type Fields, field } from './form.ts';
import type { Value } from './format.ts';
import { resolveJurisdiction } from './jurisdiction.ts';
import { selectRequests, toRequest } from './request-view.ts';

/**
 * Pages (the `page`/`page_size` extension). Without them a client gets what the spec promises, the
 * first 1000 requests of the period: clients that know nothing of pages (FixMyStreet) miss nothing
 * in a 90-day window of up to 1000 requests.
 */
export const PAGE_SIZE = { default: 1000, max: 1000 } as const;
const MAX_PAGE = 100_000;
const MAX_IDS = 1000;

const inList = (column: SQL, values: readonly string[]) =>
  sql`${column} IN (${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;

const splitList = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

function positive(q: Fields, name: string, fallback: number, max: number, problems: Problem[]): number {
  const text = field(q, name);
  if (text === undefined) return fallback;
  const n = /^\d{1,7}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!(n >= 1 && n <= max)) {
    problems.push({
      code: 'OPEN311_PARAMETER_INVALID',
      params: { name, reason: `1–${max}` },
    });
    return fallback;
  }
  return n;
}

/**
 * GET requests: the cases of the jurisdiction (all of them when the deployment has one), newest
 * first. `service_request_id` (a comma list of case numbers) overrides every other filter; otherwise
 * `service_code`, `status` (open, closed or both) and the period of `start_date`/`end_date`.
 */
export async function listRequests(db: Tx, q: Fields, locale: Locale, now: Date): Promise<Value[]> {
  const jurisdiction = await resolveJurisdiction(db, field(q, 'jurisdiction_id'));
  const districts = jurisdiction.code ? [jurisdiction.code] : jurisdiction.all;
  const problems: Problem[] = [];
  const page = positive(q, 'page', 1, MAX_PAGE, problems);
  const pageSize = positive(q, 'page_size', PAGE_SIZE.default, PAGE_SIZE.max, problems);
  const where: SQL[] = [districts.length ? inList(sql`c.district_code`, districts) : sql`false`];
  const ids = field(q, 'service_request_id');
  if (ids !== undefined) {
    const numbers = splitList(ids);
    if (numbers.length > MAX_IDS)
      problems.push({
        code: 'OPEN311_PARAMETER_INVALID',
        params: { name: 'service_request_id', reason: `≤ ${MAX_IDS}` },
      });
    where.push(numbers.length ? inList(sql`c.number`, numbers.slice(0, MAX_IDS)) : sql`false`);
  } else {
    const codes = field(q, 'service_code');
    if (codes !== undefined) where.push(inList(sql`c.category_code`, splitList(codes).slice(0, MAX_IDS)));
    const status = field(q, 'status');
    if (status !== undefined) {
      const wanted = new Set(splitList(status));
      if (wanted.size === 0 || [...wanted].some((s) => s !== 'open' && s !== 'closed'))
        problems.push({
          code: 'OPEN311_PARAMETER_INVALID',
          params: { name: 'status', reason: 'open, closed, open,closed' },
        });
      else if (wanted.size === 1)
        where.push(
          wanted.has('open')
            ? sql`NOT ${inList(sql`c.status`, FINAL_STATUSES)}`
            : inList(sql`c.status`, FINAL_STATUSES),
        );
    }
    const period = requestWindow(field(q, 'start_date'), field(q, 'end_date'), now);
    if (!period.ok) problems.push(...period.problems);
    else
      where.push(
        sql`c.reported_at >= ${period.from.toISOString()}::timestamptz AND c.reported_at <= ${period.to.toISOString()}::timestamptz`,
      );
  }
  if (problems.length) refuse(problems);
  const found = await selectRequests(db, sql.join(where, sql` AND `), {
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return found.map((r) => toRequest(r, locale));
}
