import { createHash } from 'node:crypto';
import type { AppealNature } from '@wangge/contracts';
import { one } from '@wangge/db';
import { type CaseStatus, RESIDENT_PROGRESS, titleFromDescription } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { AppError, type Locale } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { reportCase } from '../cases/index.ts';
import { checkAttributes, readAttributes } from './attributes.ts';
import { authenticateClient, countClientUse, type Open311ClientApp } from './authenticate-client.ts';
import { clip, type Problem, refuse } from './error-list.ts';
import { type Fields, field, fieldOf } from './form.ts';
import type { Value } from './format.ts';
import { resolveJurisdiction } from './jurisdiction.ts';
import { open311Policy } from './open311.policy.ts';
import { findService } from './services.ts';
import { isHttpUrl, maskEmail, nameOf, phoneOf } from './values.ts';

export interface CreateRequestInput {
  /** The form body. */
  body: Fields;
  /** The query string: api_key and jurisdiction_id may come here instead (npm `open311` does so). */
  query: Fields;
  requestId: string;
  locale: Locale;
}

/** Longest accepted value of each optional field (the description has its own rule). */
const MAX_LENGTH = {
  first_name: 50,
  last_name: 50,
  email: 200,
  phone: 30,
  device_id: 100,
  account_id: 100,
  address_string: 200,
  address_id: 100,
  media_url: 2000,
} as const;
const DESCRIPTION = { min: 5, max: 4000 } as const;

const DECIMAL = /^[+-]?\d{1,3}(\.\d+)?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * POST requests: a report from a client application (an app or another city system) becomes a case
 * of the public channel, exactly as a resident's report: verified on site by a grid worker first.
 * The client acts as a resident of the district its key was issued in. Every problem with the form
 * is answered at once; an exact retry (same client, same form) answers the case it created.
 */
export async function createRequest(deps: Deps, input: CreateRequestInput): Promise<Value[]> {
  const sources = [input.body, input.query];
  const jurisdiction = await resolveJurisdiction(deps.db, fieldOf(sources, 'jurisdiction_id'));
  const client = await authenticateClient(deps.db, fieldOf(sources, 'api_key'));
  if (jurisdiction.code !== null && jurisdiction.code !== client.districtCode)
    refuse([{ code: 'OPEN311_API_KEY_WRONG_JURISDICTION', params: { code: jurisdiction.code } }]);
  await countClientUse(deps.db, client, deps.clock.now());

  const form = await readForm(deps, input.body);
  // With several districts, a key's reports stay in its own (one look-up, only then).
  if (jurisdiction.all.length > 1) await checkPointDistrict(deps, form.point, client);

  const actor: Actor = {
    userId: null,
    name: client.name,
    requestId: input.requestId,
    scope: open311Policy.clientScope(client.id, client.districtPath),
  };
  const signs = form.attributes.answers.signs ?? [];
  try {
    const created = await reportCase(
      deps,
      actor,
      {
        idempotencyKey: idempotencyKey(client, input.body),
        channel: 'resident',
        title: titleFromDescription(form.description),
        description: form.description,
        categoryCode: form.serviceCode,
        ...(form.appealNature ? { appealNature: form.appealNature } : {}),
        location: { lng: form.point.lng, lat: form.point.lat, crs: 'WGS84' },
        ...(form.addressString ? { address: form.addressString } : {}),
        ...(form.reporterName ? { reporterName: form.reporterName } : {}),
        ...(form.reporterPhone ? { reporterPhone: form.reporterPhone } : {}),
        photos: [],
      },
      {
        payload: {
          open311: {
            clientId: client.id,
            clientName: client.name,
            signs,
            attributes: form.attributes.others,
            email: form.email ? maskEmail(form.email) : null,
            deviceId: form.deviceId ?? null,
            accountId: form.accountId ?? null,
            // Kept as given, never fetched: a URL of the client's, not a file of ours.
            mediaUrls: form.mediaUrls,
            addressId: form.addressId ?? null,
          },
        },
        source: { idempotencyScope: `open311:${client.id}`, open311ClientId: client.id },
      },
    );
    return [
      {
        service_request_id: created.number,
        service_notice: RESIDENT_PROGRESS[created.status as CaseStatus]?.text[input.locale] ?? null,
        account_id: form.accountId ?? null,
      },
    ];
  } catch (error) {
    if (error instanceof AppError && error.code === 'CASE_LOCATION_OUTSIDE')
      refuse([{ code: 'OPEN311_POINT_OUTSIDE' }]);
    if (error instanceof AppError && error.code === 'CASE_CATEGORY_UNKNOWN')
      refuse([{ code: 'OPEN311_SERVICE_UNKNOWN', params: { code: clip(form.serviceCode) } }]);
    throw error;
  }
}

interface CheckedForm {
  serviceCode: string;
  point: { lng: number; lat: number };
  description: string;
  appealNature: AppealNature | undefined;
  attributes: ReturnType<typeof checkAttributes>;
  addressString: string | undefined;
  addressId: string | undefined;
  reporterName: string | undefined;
  reporterPhone: string | undefined;
  email: string | undefined;
  deviceId: string | undefined;
  accountId: string | undefined;
  mediaUrls: string[];
}

/** Checks the whole form, collecting every problem before answering. */
async function readForm(deps: Deps, body: Fields): Promise<CheckedForm> {
  const problems: Problem[] = [];
  const text = (name: keyof typeof MAX_LENGTH) => {
    const v = field(body, name)?.trim();
    if (v !== undefined && v.length > MAX_LENGTH[name])
      problems.push({ code: 'OPEN311_FIELD_TOO_LONG', params: { field: name, max: MAX_LENGTH[name] } });
    return v === '' ? undefined : v;
  };

  const serviceCode = field(body, 'service_code')?.trim();
  if (serviceCode === undefined) problems.push({ code: 'OPEN311_SERVICE_CODE_REQUIRED' });
  else if (!(await findService(deps.db, serviceCode)))
    problems.push({ code: 'OPEN311_SERVICE_UNKNOWN', params: { code: clip(serviceCode) } });

  const latText = field(body, 'lat')?.trim();
  const longText = field(body, 'long')?.trim();
  const addressString = text('address_string');
  const addressId = text('address_id');
  let point: CheckedForm['point'] | undefined;
  if (latText === undefined && longText === undefined) {
    problems.push({
      code:
        addressString !== undefined || addressId !== undefined
          ? 'OPEN311_POINT_REQUIRED'
          : 'OPEN311_LOCATION_REQUIRED',
    });
  } else if (latText === undefined || longText === undefined) {
    problems.push({ code: 'OPEN311_LAT_LONG_PAIR' });
  } else {
    const lat = DECIMAL.test(latText) ? Number(latText) : Number.NaN;
    const lng = DECIMAL.test(longText) ? Number(longText) : Number.NaN;
    if (!(Math.abs(lat) <= 90 && Math.abs(lng) <= 180)) problems.push({ code: 'OPEN311_LAT_LONG_INVALID' });
    else point = { lng, lat };
  }

  const description = field(body, 'description')?.trim() ?? '';
  if ([...description].length < DESCRIPTION.min) problems.push({ code: 'OPEN311_DESCRIPTION_REQUIRED' });
  else if ([...description].length > DESCRIPTION.max) problems.push({ code: 'OPEN311_DESCRIPTION_TOO_LONG' });

  const attributes = checkAttributes(readAttributes(body));
  problems.push(...attributes.problems);

  const email = text('email');
  if (email !== undefined && email.length <= MAX_LENGTH.email && !EMAIL.test(email))
    problems.push({ code: 'OPEN311_FIELD_INVALID', params: { field: 'email' } });

  const mediaUrls = (body.media_url ?? []).map((u) => u.trim()).filter((u) => u !== '');
  for (const url of mediaUrls.slice(0, 10)) {
    if (url.length > MAX_LENGTH.media_url)
      problems.push({
        code: 'OPEN311_FIELD_TOO_LONG',
        params: { field: 'media_url', max: MAX_LENGTH.media_url },
      });
    else if (!isHttpUrl(url))
      problems.push({ code: 'OPEN311_FIELD_INVALID', params: { field: 'media_url' } });
  }
  if (mediaUrls.length > 10) problems.push({ code: 'OPEN311_FIELD_INVALID', params: { field: 'media_url' } });

  const first = text('first_name');
  const last = text('last_name');
  const phone = text('phone');
  const deviceId = text('device_id');
  const accountId = text('account_id');
  if (problems.length || !serviceCode || !point) refuse(problems);

  const nature = attributes.answers.appeal_nature;
  return {
    serviceCode,
    point,
    description,
    appealNature: typeof nature === 'string' ? (nature as AppealNature) : undefined,
    attributes,
    addressString,
    addressId,
    reporterName: nameOf(first, last),
    reporterPhone: phoneOf(phone),
    email,
    deviceId,
    accountId,
    mediaUrls,
  };
}

/** With several districts, the point must lie in the key's own (or in none: createCase says so). */
async function checkPointDistrict(deps: Deps, point: { lng: number; lat: number }, client: Open311ClientApp) {
  const pt = sql`ST_SetSRID(ST_MakePoint(${point.lng}::float8, ${point.lat}::float8), 4326)`;
  const found = await one<{ district_code: string }>(
    deps.db,
    sql`SELECT district_code FROM grid WHERE ST_Covers(boundary, ${pt})
        UNION ALL
        SELECT district_code FROM division WHERE boundary IS NOT NULL AND ST_Covers(boundary, ${pt})
        LIMIT 1`,
  );
  if (found && found.district_code !== client.districtCode)
    refuse([{ code: 'OPEN311_POINT_OUTSIDE_JURISDICTION', params: { code: client.districtCode } }]);
}

/**
 * The same client sending the same form again (a retry after a lost answer) gets the same case: the
 * key covers the client, its device and account ids and every field but the api_key.
 */
function idempotencyKey(client: Open311ClientApp, body: Fields): string {
  const fields = Object.entries(body).filter(([k]) => k !== 'api_key');
  const hash = createHash('sha256')
    .update(
      JSON.stringify([client.id, field(body, 'device_id') ?? '', field(body, 'account_id') ?? '', fields]),
    )
    .digest('hex');
  return `open311-${hash}`;
}
