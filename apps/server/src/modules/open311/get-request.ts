import type { Tx } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { Locale } from '../../http/errors.ts';
import { clip, refuse } from './error-list.ts';
import type { Fields } from './form.ts';
import { field } from './form.ts';
import type { Value } from './format.ts';
import { resolveJurisdiction } from './jurisdiction.ts';
import { selectRequests, toRequest } from './request-view.ts';

const CASE_NUMBER = /^\d{6}-\d{8}-\d{5}$/;

async function findRequest(db: Tx, q: Fields, number: string, locale: Locale) {
  const jurisdiction = await resolveJurisdiction(db, field(q, 'jurisdiction_id'));
  if (!CASE_NUMBER.test(number)) return undefined;
  const districts = jurisdiction.code ? [jurisdiction.code] : jurisdiction.all;
  if (!districts.includes(number.slice(0, 6))) return undefined;
  const [found] = await selectRequests(db, sql`c.number = ${number}`, { limit: 1, offset: 0 });
  return found ? toRequest(found, locale) : undefined;
}

/** GET requests/{id}: one case by its number, still as a list of one (the spec's JSON and XML). */
export async function getRequest(db: Tx, q: Fields, id: string, locale: Locale): Promise<Value[]> {
  const found = await findRequest(db, q, id, locale);
  if (!found) refuse([{ code: 'OPEN311_REQUEST_NOT_FOUND', params: { id: clip(id) } }]);
  return [found];
}

/**
 * GET tokens/{token}. Our services are realtime: POST answers with the case number at once and never
 * with a token, so no token is ever handed out. A client that polls anyway (FixMyStreet does for
 * batch services) is answered as if the token were the id it resolves to: a case number we know
 * answers `[{service_request_id, token}]`, anything else is 404.
 */
export async function getToken(db: Tx, q: Fields, token: string, locale: Locale): Promise<Value[]> {
  const found = await findRequest(db, q, token, locale);
  if (!found) refuse([{ code: 'OPEN311_TOKEN_NOT_FOUND', params: { token: clip(token) } }]);
  return [{ service_request_id: token, token }];
}
