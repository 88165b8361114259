import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { rows } from '@wangge/db';
import { roundLocation } from '@wangge/domain';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { sql } from 'drizzle-orm';
import { XMLParser } from 'fast-xml-parser';
import { buildApp } from '../src/app.ts';
import { caseHelpers } from './case-helpers.ts';
import { createTestApp, type TestApp } from './harness.ts';

/**
 * The Open311 GeoReport v2 API as client applications use it: every call in both formats, the JSON
 * checked against the GeoReport v2 JSON Schemas and the XML read back to the same content.
 */
let t: TestApp;
let apiKey: string;
let clientId: string;
before(async () => {
  t = await createTestApp();
  const issued = await t.request('POST', '/api/open311-clients', {
    as: await t.sessionFor('admin'),
    body: { name: '泉城办 App', contact: 'dev@example.com' },
  });
  assert.equal(issued.statusCode, 201, issued.body);
  apiKey = issued.json().apiKey;
  clientId = issued.json().id;
});
after(() => t.close());
const { act, as } = caseHelpers(() => t);

// Inside 甸柳新村第一社区第1网格 (370102009002001), the gridworker login's grid; and far outside.
const IN_GRID_1 = { lng: 117.0413, lat: 36.6725 };
const OUTSIDE = { lng: 116.9, lat: 36.6 };

// --- the GeoReport v2 JSON Schemas, all in one validator ($refs are file names) -------------------
const SCHEMA_DIR = '/work/shared/data/open311-schemas';
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
for (const f of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json')))
  ajv.addSchema(JSON.parse(readFileSync(join(SCHEMA_DIR, f), 'utf8')));
function assertSchema(schema: string, value: unknown) {
  const validate = ajv.getSchema(schema);
  assert.ok(validate, `schema ${schema}`);
  assert.ok(validate(value), `${schema}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(value)}`);
}

// --- XML read back, and the JSON it must match ------------------------------------------------------
const ITEMS: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
};
const xmlParser = new XMLParser({
  parseTagValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  isArray: (name) => Object.values(ITEMS).includes(name),
});
/** The JSON value as the XML must carry it: lists wrapped in their item elements, text everywhere. */
function asXml(name: string, value: unknown): unknown {
  if (value === null) return '';
  if (Array.isArray(value))
    return value.length ? { [ITEMS[name]!]: value.map((v) => asXml(ITEMS[name]!, v)) } : '';
  if (typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, asXml(k, v)]),
    );
  return String(value);
}

const ROOTS: Record<string, string> = {
  'services.json': 'services',
  'service-definition.json': 'service_definition',
  'requests.json': 'service_requests',
  'request-created.json': 'service_requests',
  'errors.json': 'errors',
  // No schema for these two: discovery has none, and a token's answer carries an id and a token.
  discovery: 'discovery',
  tokens: 'service_requests',
};
const CONTENT_TYPES = { json: 'application/json; charset=utf-8', xml: 'text/xml; charset=utf-8' };

interface Call {
  method?: 'GET' | 'POST';
  query?: string;
  form?: string;
  headers?: Record<string, string>;
  contentType?: string;
}
/** One call in one format: the raw answer, with its content type checked. */
async function call(path: string, format: 'json' | 'xml', c: Call = {}) {
  const res = await t.app.inject({
    method: c.method ?? 'GET',
    url: `${path}.${format}${c.query ? `?${c.query}` : ''}`,
    headers: {
      ...(c.form !== undefined
        ? { 'content-type': c.contentType ?? 'application/x-www-form-urlencoded; charset=utf-8' }
        : {}),
      ...c.headers,
    },
    ...(c.form !== undefined ? { payload: c.form } : {}),
  });
  assert.equal(res.headers['content-type'], CONTENT_TYPES[format], `${path}.${format}: ${res.body}`);
  return res;
}

/**
 * The same call in JSON and in XML: the same status, the JSON valid against `schema`, the XML with
 * its declaration and the same content. Returns the status and the JSON.
 */
async function both(path: string, schema: string, c: Call = {}) {
  const json = await call(path, 'json', c);
  const xml = await call(path, 'xml', c);
  assert.equal(xml.statusCode, json.statusCode, `${path}: ${json.body} / ${xml.body}`);
  assert.equal(xml.headers['retry-after'], json.headers['retry-after']);
  const body = json.json();
  if (schema.endsWith('.json')) assertSchema(schema, body);
  assert.ok(xml.body.startsWith('<?xml version="1.0" encoding="UTF-8"?>'), xml.body.slice(0, 80));
  const root = ROOTS[schema]!;
  assert.deepEqual(xmlParser.parse(xml.body), { [root]: asXml(root, body) });
  return { status: json.statusCode, body, headers: json.headers };
}

/** An Open311 error answer, the same in both formats: its status and error codes and descriptions. */
async function failing(path: string, status: number, c: Call = {}) {
  const r = await both(path, 'errors.json', c);
  assert.equal(r.status, status, JSON.stringify(r.body));
  return r.body as Array<{ code: number; description: string }>;
}

const form = (fields: Record<string, string | string[]>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) p.append(k, x);
  return p.toString();
};
let reportNo = 0;
/** A valid report form, unique per call unless `fields` says otherwise. */
const reportForm = (fields: Record<string, string | string[]> = {}) =>
  form({
    api_key: apiKey,
    service_code: '01001',
    lat: String(IN_GRID_1.lat),
    long: String(IN_GRID_1.lng),
    description: `文化东路人行道供水井盖松动，踩上去会翻（第 ${++reportNo} 次测试）`,
    ...fields,
  });
const post = (body: string, c: Call = {}) =>
  both('/open311/v2/requests', 'request-created.json', { ...c, method: 'POST', form: body });
const caseRow = async (number: string) =>
  (
    await rows<{
      id: string;
      channel: string;
      status: string;
      appeal_nature: string | null;
      reporter_name: string | null;
      reporter_phone_masked: string | null;
      open311_client_id: string | null;
      address: string | null;
      payload: Record<string, unknown>;
    }>(
      t.handle.db,
      sql`SELECT c.id, c.channel, c.status, c.appeal_nature, c.reporter_name, c.reporter_phone_masked,
                 c.open311_client_id, c.address, a.payload
          FROM case_record c JOIN case_action a ON a.case_id = c.id AND a.seq = 1 WHERE c.number = ${number}`,
    )
  )[0]!;

describe('GET /open311/discovery', () => {
  it('names one production GeoReport v2 endpoint in XML and JSON', async () => {
    const { status, body } = await both('/open311/discovery', 'discovery');
    assert.equal(status, 200);
    assert.match(body.changeset, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    assert.ok(body.contact && body.key_service);
    assert.deepEqual(body.endpoints, [
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: 'http://localhost:80/open311/v2',
        changeset: body.changeset,
        type: 'production',
        formats: ['text/xml', 'application/json'],
      },
    ]);
  });
});

describe('GET /open311/v2/services', () => {
  it('lists the usable categories as realtime services with their class as group', async () => {
    const { status, body } = await both('/open311/v2/services', 'services.json');
    assert.equal(status, 200);
    const byCode = new Map(body.map((s: { service_code: string }) => [s.service_code, s]));
    assert.deepEqual(byCode.get('01001'), {
      service_code: '01001',
      service_name: '供水井盖异常',
      description: '市政公用设施：供水井盖异常（GB/T 47678.5-2026）',
      metadata: true,
      type: 'realtime',
      keywords: '供水井盖,井盖',
      group: '市政公用设施',
    });
    // Classes are groups, not services.
    assert.ok(!byCode.has('C01'));
    assert.ok(body.length > 250, `${body.length} services`);
  });

  it('drops a category an administrator disables', async () => {
    const admin = await t.sessionFor('admin');
    const off = await t.request('PATCH', '/api/taxonomy/categories/01002', {
      as: admin,
      body: { active: false },
    });
    assert.equal(off.statusCode, 200, off.body);
    const { body } = await both('/open311/v2/services', 'services.json');
    assert.ok(!body.some((s: { service_code: string }) => s.service_code === '01002'));
    assert.equal((await call('/open311/v2/services/01002', 'json')).statusCode, 404);
    await t.request('PATCH', '/api/taxonomy/categories/01002', { as: admin, body: { active: true } });
  });

  it('defines the shared attributes of every service', async () => {
    const { status, body } = await both('/open311/v2/services/01001', 'service-definition.json');
    assert.equal(status, 200);
    assert.equal(body.service_code, '01001');
    assert.deepEqual(
      body.attributes.map((a: { code: string; datatype: string; required: boolean; order: number }) => [
        a.code,
        a.datatype,
        a.required,
        a.order,
      ]),
      [
        ['appeal_nature', 'singlevaluelist', false, 1],
        ['signs', 'multivaluelist', false, 2],
      ],
    );
    assert.deepEqual(body.attributes[0].values[1], { key: 'complaint', name: '投诉' });
    assert.deepEqual(
      body.attributes[1].values.map((v: { key: string; name: string }) => `${v.key}:${v.name}`),
      [
        'blocking_passage:影响通行',
        'safety_risk:存在安全隐患',
        'recurring:反复出现',
        'affects_many:影响多户',
      ],
    );
    const en = await both('/open311/v2/services/01001', 'service-definition.json', {
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    assert.deepEqual(en.body.attributes[0].values[1], { key: 'complaint', name: 'Complaint' });
  });

  it('answers 404 for an unknown service code, a class, or a format we do not speak', async () => {
    const [error] = await failing('/open311/v2/services/99999', 404);
    assert.deepEqual(error, { code: 404, description: '没有这个服务类型（service_code）：99999' });
    await failing('/open311/v2/services/C01', 404);
    const csv = await t.app.inject({ method: 'GET', url: '/open311/v2/services/01001.csv' });
    assert.equal(csv.statusCode, 404);
    assert.equal(csv.headers['content-type'], CONTENT_TYPES.xml);
    assert.match(csv.body, /<errors><error><code>404<\/code><description>/);
    const list = await t.app.inject({ method: 'GET', url: '/open311/v2/services.csv' });
    assert.equal(list.statusCode, 404);
    assert.match(list.body, /<errors><error><code>404<\/code>/);
  });
});

describe('POST /open311/v2/requests', () => {
  let number: string;

  it('files a public report from a form, and an exact retry (here in XML) answers the same case', async () => {
    const body = reportForm({
      'attribute[appeal_nature]': 'complaint',
      'attribute[signs][]': ['blocking_passage', 'safety_risk'],
      'attribute[fixmystreet_id]': '4242',
      first_name: '小明',
      last_name: '王',
      phone: '+86 138 1234 5678',
      email: 'wang.xiaoming@example.com',
      device_id: 'device-1',
      account_id: 'acct-7',
      address_string: '文化东路 88 号门口',
      media_url: 'https://img.example.com/p/1.jpg',
    });
    const { status, body: answer } = await post(body);
    assert.equal(status, 200);
    assert.equal(answer.length, 1);
    number = answer[0].service_request_id;
    assert.match(number, /^370102-20261120-\d{5}$/);
    assert.equal(answer[0].account_id, 'acct-7');
    assert.equal(answer[0].service_notice, '网格员正在核实您反映的问题');
    assert.equal(answer[0].token, undefined);

    const c = await caseRow(number);
    assert.equal(c.channel, 'resident');
    assert.equal(c.status, 'pending_verification');
    assert.equal(c.appeal_nature, 'complaint');
    assert.equal(c.reporter_name, '王小明');
    assert.equal(c.reporter_phone_masked, '138****5678');
    assert.equal(c.open311_client_id, clientId);
    assert.equal(c.address, '文化东路 88 号门口');
    assert.deepEqual(c.payload.open311, {
      clientId,
      clientName: '泉城办 App',
      signs: ['blocking_passage', 'safety_risk'],
      attributes: { fixmystreet_id: ['4242'] },
      email: 'w***@example.com',
      deviceId: 'device-1',
      accountId: 'acct-7',
      mediaUrls: ['https://img.example.com/p/1.jpg'],
      addressId: null,
    });
    const cases = await rows<{ n: number }>(
      t.handle.db,
      sql`SELECT count(*)::int AS n FROM case_record WHERE open311_client_id = ${clientId}`,
    );
    assert.equal(cases[0]!.n, 1, 'the XML retry made no second case');
  });

  it('appears to the staff as a resident report waiting for verification, sent by the client', async () => {
    const c = await caseRow(number);
    const d = await t.request('GET', `/api/cases/${c.id}`, { as: await as('dispatcher') });
    assert.equal(d.statusCode, 200, d.body);
    const detail = d.json();
    assert.equal(detail.channel, 'resident');
    assert.equal(detail.status, 'pending_verification');
    assert.equal(detail.categoryCode, '01001');
    assert.equal(detail.gridCode, '370102009002001');
    assert.equal(detail.title, '文化东路人行道供水井盖松动，踩上去会翻（第 1 次测试）');
    assert.equal(detail.timeline[0].actorName, '泉城办 App');
    const inbox = (
      await t.request('GET', '/api/cases?task=to_verify', { as: await as('gridworker') })
    ).json();
    assert.ok(inbox.items.some((x: { number: string }) => x.number === number));
    const last = await rows<{ last_used_at: Date | null }>(
      t.handle.db,
      sql`SELECT last_used_at FROM open311_client WHERE id = ${clientId}`,
    );
    assert.equal(new Date(last[0]!.last_used_at!).toISOString(), t.clock.now().toISOString());
  });

  it('takes api_key and jurisdiction_id from the query string, and attribute[CODE] for a list', async () => {
    const body = reportForm({ 'attribute[signs]': 'recurring', 'attribute[appeal_nature][]': 'inquiry' });
    const withoutKey = body.replace(/(^|&)api_key=[^&]*/, '');
    const { status, body: answer } = await post(withoutKey, {
      query: `api_key=${encodeURIComponent(apiKey)}&jurisdiction_id=370102`,
    });
    assert.equal(status, 200);
    const c = await caseRow(answer[0].service_request_id);
    assert.equal(c.appeal_nature, 'inquiry');
    assert.deepEqual((c.payload.open311 as { signs: string[] }).signs, ['recurring']);
    assert.equal(c.reporter_name, '泉城办 App', 'no name given: the client application reported it');
  });

  it('refuses a missing, unknown or malformed api_key with 403', async () => {
    const noKey = await failing('/open311/v2/requests', 403, {
      method: 'POST',
      form: reportForm({ api_key: '' }),
    });
    assert.deepEqual(noKey, [{ code: 403, description: '缺少 api_key，无法创建诉求' }]);
    const wrong = `wg_${'A'.repeat(43)}`;
    const en = await failing('/open311/v2/requests', 403, {
      method: 'POST',
      form: reportForm({ api_key: wrong }),
      headers: { 'accept-language': 'en' },
    });
    assert.deepEqual(en, [
      { code: 403, description: "Invalid api_key received -- can't proceed with create_request" },
    ]);
    await failing('/open311/v2/requests', 403, {
      method: 'POST',
      form: reportForm({ api_key: 'not-a-key' }),
    });
  });

  it('refuses a revoked key with 403', async () => {
    const admin = await t.sessionFor('admin');
    const issued = (
      await t.request('POST', '/api/open311-clients', { as: admin, body: { name: '旧版 App' } })
    ).json();
    assert.equal((await post(reportForm({ api_key: issued.apiKey }))).status, 200);
    const revoked = await t.request('POST', `/api/open311-clients/${issued.id}/revoke`, { as: admin });
    assert.equal(revoked.statusCode, 200, revoked.body);
    const [error] = await failing('/open311/v2/requests', 403, {
      method: 'POST',
      form: reportForm({ api_key: issued.apiKey }),
    });
    assert.equal(error!.description, '该 api_key 已被吊销，请联系平台管理员');
  });

  it('says what is missing: service_code, a location, a point for an address, both coordinates', async () => {
    const missingCode = await failing('/open311/v2/requests', 400, {
      method: 'POST',
      form: reportForm({ service_code: '' }),
    });
    assert.deepEqual(missingCode, [{ code: 400, description: '缺少 service_code' }]);
    const noPlace = await failing('/open311/v2/requests', 400, {
      method: 'POST',
      form: reportForm({ lat: '', long: '' }),
    });
    assert.deepEqual(noPlace, [{ code: 400, description: '请提供位置：lat 和 long（WGS-84）' }]);
    const addressOnly = await failing('/open311/v2/requests', 400, {
      method: 'POST',
      form: reportForm({ lat: '', long: '', address_string: '文化东路 88 号' }),
      headers: { 'accept-language': 'en' },
    });
    assert.match(addressOnly[0]!.description, /cannot be placed in a grid: send lat and long/);
    const latOnly = await failing('/open311/v2/requests', 400, {
      method: 'POST',
      form: reportForm({ long: '' }),
    });
    assert.deepEqual(latOnly, [{ code: 400, description: 'lat 和 long 须同时提供' }]);
    const bad = await failing('/open311/v2/requests', 400, {
      method: 'POST',
      form: reportForm({ lat: '91', long: 'east' }),
    });
    assert.equal(bad.length, 1);
  });

  it('answers 404 for an unknown service_code, and 400 for a point outside every grid', async () => {
    const unknown = await failing('/open311/v2/requests', 404, {
      method: 'POST',
      form: reportForm({ service_code: '99999' }),
    });
    assert.deepEqual(unknown, [{ code: 404, description: '没有这个服务类型（service_code）：99999' }]);
    await failing('/open311/v2/requests', 404, { method: 'POST', form: reportForm({ service_code: 'C01' }) });
    const outside = await failing('/open311/v2/requests', 400, {
      method: 'POST',
      form: reportForm({ lat: String(OUTSIDE.lat), long: String(OUTSIDE.lng) }),
    });
    assert.deepEqual(outside, [{ code: 400, description: '该位置不在本平台管辖的任何网格或街道内' }]);
  });

  it('checks attributes against the definition, and the description’s length', async () => {
    const badValue = await failing('/open311/v2/requests', 400, {
      method: 'POST',
      form: reportForm({
        'attribute[signs][]': ['recurring', 'smelly'],
        'attribute[appeal_nature]': 'thanks',
      }),
    });
    assert.deepEqual(
      badValue.map((e) => e.description),
      [
        '属性 appeal_nature 没有取值 thanks（可选：request, complaint, inquiry, suggestion）',
        '属性 signs 没有取值 smelly（可选：blocking_passage, safety_risk, recurring, affects_many）',
      ],
    );
    await failing('/open311/v2/requests', 400, {
      method: 'POST',
      form: reportForm({ 'attribute[appeal_nature][]': ['complaint', 'inquiry'] }),
    });
    const long = await failing('/open311/v2/requests', 400, {
      method: 'POST',
      form: reportForm({ description: '井'.repeat(4001) }),
    });
    assert.deepEqual(long, [{ code: 400, description: 'description 不能超过 4000 个字符' }]);
    assert.equal((await post(reportForm({ description: '井'.repeat(4000) }))).status, 200);
    await failing('/open311/v2/requests', 400, { method: 'POST', form: reportForm({ description: '井盖' }) });
    await failing('/open311/v2/requests', 400, {
      method: 'POST',
      form: reportForm({ media_url: 'javascript:alert(1)' }),
    });
    await failing('/open311/v2/requests', 400, {
      method: 'POST',
      form: reportForm({ email: 'not an email' }),
    });
  });

  it('lists every problem of a form at once', async () => {
    const errors = await failing('/open311/v2/requests', 400, {
      method: 'POST',
      form: form({ api_key: apiKey, service_code: '99999', lat: '36.6', description: '坏' }),
    });
    assert.deepEqual(
      errors.map((e) => e.code),
      [404, 400, 400],
    );
    assert.match(errors[0]!.description, /99999/);
  });

  it('takes form bodies only: JSON is refused as an Open311 error, the body parser stays inside /open311', async () => {
    const json = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ api_key: apiKey, service_code: '01001' }),
    });
    assert.equal(json.statusCode, 400);
    assertSchema('errors.json', json.json());
    const huge = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.xml',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: reportForm({ description: '井'.repeat(400_000) }),
    });
    assert.equal(huge.statusCode, 400);
    assert.match(huge.body, /<errors><error><code>400<\/code><description>请求体过大<\/description>/);
    // The rest of the app still refuses forms (415): cross-site form posts stay blocked there.
    const elsewhere = await t.request('POST', '/api/auth/login', {
      body: 'username=admin&password=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(elsewhere.statusCode, 415);
  });

  it('limits submissions per key, answering 400 with Retry-After (the spec has no 429)', async () => {
    const key = `open311ReportsPerKey:${clientId}`;
    await t.handle.db.execute(
      sql`INSERT INTO rate_counter (key, window_start, count) VALUES (${key}, ${new Date(t.clock.now().getTime() - 600_000).toISOString()}::timestamptz, 600)
          ON CONFLICT (key) DO UPDATE SET window_start = EXCLUDED.window_start, count = 600`,
    );
    const json = await call('/open311/v2/requests', 'json', { method: 'POST', form: reportForm() });
    assert.equal(json.statusCode, 400);
    assert.equal(json.headers['retry-after'], '3000');
    assert.deepEqual(json.json(), [{ code: 429, description: '该 api_key 提交过于频繁，请 3000 秒后再试' }]);
    const xml = await call('/open311/v2/requests', 'xml', { method: 'POST', form: reportForm() });
    assert.equal(xml.statusCode, 400);
    assert.match(xml.body, /<error><code>429<\/code>/);
    // A new window an hour later.
    t.clock.advance(3000_000);
    assert.equal((await post(reportForm())).status, 200);
    t.clock.set(new Date('2026-11-20T02:00:00Z'));
    await t.handle.db.execute(sql`DELETE FROM rate_counter WHERE key = ${key}`);
  });
});

describe('GET /open311/v2/requests', () => {
  let open: string;
  let dispatched: string;
  let rejected: string;
  before(async () => {
    const file = async (fields: Record<string, string | string[]>) =>
      (await post(reportForm(fields))).body[0].service_request_id as string;
    t.clock.set(new Date('2026-11-20T03:00:00Z'));
    open = await file({
      description: '路灯不亮，联系电话13912345678，身份证370102199003071234',
      service_code: '01013',
      first_name: '丽',
      last_name: '李',
      phone: '13912345678',
    });
    t.clock.set(new Date('2026-11-20T04:00:00Z'));
    dispatched = await file({ description: '小区门口垃圾箱破损，第二件', service_code: '03005' });
    const d = await caseRow(dispatched);
    await act('gridworker', d.id, { type: 'verify_report', exists: true });
    await act('community', d.id, { type: 'accept' });
    await act('community', d.id, { type: 'dispatch', lead: { kind: 'territory', code: '370102009002' } });
    t.clock.set(new Date('2026-11-20T05:00:00Z'));
    rejected = await file({ description: '现场并无此问题，第三件' });
    t.clock.set(new Date('2026-11-20T06:00:00Z'));
    await act('gridworker', (await caseRow(rejected)).id, {
      type: 'verify_report',
      exists: false,
      note: '现场无此情况',
    });
  });

  it('lists the public view of cases, newest first: no reporter, numbers blotted out, the point rounded', async () => {
    const { status, body } = await both('/open311/v2/requests', 'requests.json');
    assert.equal(status, 200);
    const numbers = body.map((r: { service_request_id: string }) => r.service_request_id);
    assert.deepEqual(numbers.slice(0, 3), [rejected, dispatched, open]);
    const r = body.find((x: { service_request_id: string }) => x.service_request_id === open);
    const [lng, lat] = roundLocation(IN_GRID_1.lng, IN_GRID_1.lat);
    assert.deepEqual(r, {
      service_request_id: open,
      status: 'open',
      status_notes: '网格员正在核实您反映的问题',
      service_name: '消防设施异常',
      service_code: '01013',
      description: '路灯不亮，联系电话***********，身份证***********',
      agency_responsible: r.agency_responsible,
      requested_datetime: '2026-11-20T03:00:00.000Z',
      updated_datetime: '2026-11-20T03:00:00.000Z',
      expected_datetime: r.expected_datetime,
      address: r.address,
      lat,
      long: lng,
    });
    assert.notDeepEqual([lng, lat], [IN_GRID_1.lng, IN_GRID_1.lat]);
    assert.match(r.address, /^甸柳新村第一社区第1网格, 甸柳新村第一社区居民委员会, 甸柳新村街道$/);
    assert.equal(r.agency_responsible, r.address.split(', ')[0], 'not dispatched yet: the grid it lies in');
    assert.ok(Date.parse(r.expected_datetime) > Date.parse(r.requested_datetime));
    const text = JSON.stringify(body);
    for (const secret of [
      '李丽',
      '13912345678',
      '139****5678',
      '370102199003071234',
      '文化东路 88 号',
      'acct-7',
      'device-1',
    ])
      assert.ok(!text.includes(secret), secret);
  });

  it('names the unit holding a dispatched case, and closes a report found not to exist', async () => {
    const { body } = await both('/open311/v2/requests', 'requests.json', {
      query: `service_request_id=${dispatched},${rejected}`,
    });
    const [rej, dis] = body;
    assert.equal(dis.service_request_id, dispatched);
    assert.equal(dis.status, 'open');
    assert.equal(dis.agency_responsible, '甸柳新村第一社区居民委员会');
    assert.equal(dis.status_notes, '已派给处理单位');
    assert.equal(rej.status, 'closed');
    assert.equal(rej.status_notes, '不予受理');
    assert.equal(rej.updated_datetime, '2026-11-20T06:00:00.000Z');
    const en = await both('/open311/v2/requests', 'requests.json', {
      query: `service_request_id=${rejected}`,
      headers: { 'accept-language': 'en' },
    });
    assert.equal(en.body[0].status_notes, 'Not accepted');
  });

  it('filters by status, service_code and period, and pages', async () => {
    const get = async (query: string) =>
      (await both('/open311/v2/requests', 'requests.json', { query })).body.map(
        (r: { service_request_id: string }) => r.service_request_id,
      ) as string[];
    assert.ok(!(await get('status=open')).includes(rejected));
    assert.deepEqual(await get('status=closed'), [rejected]);
    assert.ok((await get('status=open,closed')).includes(rejected));
    assert.deepEqual(await get('service_code=01013'), [open]);
    assert.deepEqual(await get('service_code=01013,99999&status=closed'), []);
    const window = 'start_date=2026-11-20T11:30:00%2B08:00&end_date=2026-11-20T12:30:00%2B08:00';
    assert.deepEqual(await get(window), [dispatched]);
    assert.deepEqual(await get('start_date=2026-11-21T00:00:00Z'), []);
    assert.deepEqual(await get('end_date=2026-11-20T03:30:00Z'), [
      open,
      ...(await get('end_date=2026-11-20T02:59:59Z')),
    ]);
    const all = await get('');
    assert.deepEqual(await get('page_size=2'), all.slice(0, 2));
    assert.deepEqual(await get('page_size=2&page=2'), all.slice(2, 4));
    assert.deepEqual(await get('page=999'), []);
    // service_request_id overrides the other filters.
    assert.deepEqual(await get(`service_request_id=${open}&status=closed&service_code=99999`), [open]);
  });

  it('refuses bad filters with 400: statuses, dates, a span over 90 days, pages', async () => {
    const [status] = await failing('/open311/v2/requests', 400, { query: 'status=pending' });
    assert.equal(status!.description, '参数 status 不正确：open, closed, open,closed');
    const [span] = await failing('/open311/v2/requests', 400, {
      query: 'start_date=2026-01-01T00:00:00Z&end_date=2026-11-01T00:00:00Z',
    });
    assert.equal(span!.description, 'start_date 与 end_date 相距不能超过 90 天');
    const dates = await failing('/open311/v2/requests', 400, {
      query: 'start_date=2026-11-01&end_date=tomorrow',
    });
    assert.equal(dates.length, 2);
    await failing('/open311/v2/requests', 400, {
      query: 'start_date=2026-11-02T00:00:00Z&end_date=2026-11-01T00:00:00Z',
    });
    await failing('/open311/v2/requests', 400, { query: 'page_size=1001' });
    await failing('/open311/v2/requests', 400, { query: 'page=0' });
  });

  it('answers one request by its number, and a token by the number it stands for', async () => {
    const { status, body } = await both(`/open311/v2/requests/${open}`, 'requests.json');
    assert.equal(status, 200);
    assert.equal(body.length, 1);
    assert.equal(body[0].service_request_id, open);
    const token = await both(`/open311/v2/tokens/${open}`, 'tokens');
    assert.equal(token.status, 200);
    assert.deepEqual(token.body, [{ service_request_id: open, token: open }]);
    assertSchema('request-created.json', [{ service_request_id: open }]);
  });

  it('answers 404 for an unknown request or token', async () => {
    await failing('/open311/v2/requests/370102-20261120-99999', 404);
    await failing('/open311/v2/requests/no-such-thing', 404);
    const [token] = await failing('/open311/v2/tokens/abc123', 404);
    assert.equal(token!.description, '没有这个令牌：abc123');
  });
});

describe('jurisdictions and paths', () => {
  it('answers 404 for an unknown jurisdiction on every call', async () => {
    const q = { query: 'jurisdiction_id=999999' };
    await failing('/open311/v2/services', 404, q);
    await failing('/open311/v2/services/01001', 404, q);
    await failing('/open311/v2/requests', 404, q);
    await failing('/open311/v2/requests/370102-20261120-00001', 404, q);
    await failing('/open311/v2/tokens/370102-20261120-00001', 404, q);
    const [error] = await failing('/open311/v2/requests', 404, {
      method: 'POST',
      form: reportForm({ jurisdiction_id: '999999' }),
    });
    assert.equal(error!.description, '没有这个辖区：999999');
    assert.equal(
      (await both('/open311/v2/services', 'services.json', { query: 'jurisdiction_id=370102' })).status,
      200,
    );
  });

  it('answers an Open311 404 for unknown paths under /open311, in the format the path asks for', async () => {
    for (const url of [
      '/open311/v2/nothing.json',
      '/open311/v3/services.json',
      '/open311/v2/requests/a/b.json',
    ]) {
      const res = await t.app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, 404, url);
      assert.equal(res.headers['content-type'], CONTENT_TYPES.json);
      assertSchema('errors.json', res.json());
    }
    const xml = await t.app.inject({ method: 'DELETE', url: '/open311/v2/requests.xml' });
    assert.equal(xml.statusCode, 404);
    assert.equal(xml.headers['content-type'], CONTENT_TYPES.xml);
    const bare = await t.app.inject({ method: 'GET', url: '/open311' });
    assert.equal(bare.statusCode, 404);
    assert.match(bare.body, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<errors>/);
    // Elsewhere the app's own 404 answers as before.
    assert.equal((await t.request('GET', '/api/nothing')).json().code, 'NOT_FOUND');
  });

  it('answers in Open311 form too when the web pages are served (their wildcard route takes other GETs)', async () => {
    const webDir = mkdtempSync(join(tmpdir(), 'wangge-web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>app shell</title>');
    const web = await buildApp(
      { ...t.deps, config: { ...t.deps.config, webDir } },
      { logger: false, serveWeb: true },
    );
    try {
      for (const url of [
        '/open311/v2/nothing',
        '/open311/v3/services.json',
        '/open311',
        '/open311/',
        '/open311/v2/requests',
      ]) {
        const res = await web.inject({ method: 'GET', url });
        assert.equal(res.statusCode, 404, url);
        assert.equal(res.headers['content-type'], CONTENT_TYPES[url.endsWith('.json') ? 'json' : 'xml'], url);
        assert.match(res.body, /<errors>|^\[\{"code":404/, url);
      }
      assert.equal((await web.inject({ method: 'GET', url: '/open311/v2/services.json' })).statusCode, 200);
      assert.match((await web.inject({ method: 'GET', url: '/cases/123' })).body, /app shell/);
    } finally {
      await web.close();
      rmSync(webDir, { recursive: true, force: true });
    }
  });

  it('requires jurisdiction_id once the deployment serves two districts, and keeps a key to its own', async () => {
    await t.handle.db.execute(
      sql`INSERT INTO division (code, name, level, district_code, path) VALUES ('370103', '市中区', 'district', '370103', '370103')`,
    );
    try {
      const [missing] = await failing('/open311/v2/services', 400);
      assert.equal(missing!.description, '本服务覆盖多个辖区，请提供 jurisdiction_id（370102, 370103）');
      await failing('/open311/v2/requests', 400);
      assert.equal(
        (await both('/open311/v2/services', 'services.json', { query: 'jurisdiction_id=370103' })).status,
        200,
      );
      const mine = await both('/open311/v2/requests', 'requests.json', { query: 'jurisdiction_id=370102' });
      assert.ok(mine.body.length > 0);
      const theirs = await both('/open311/v2/requests', 'requests.json', { query: 'jurisdiction_id=370103' });
      assert.deepEqual(theirs.body, []);
      const one = mine.body[0].service_request_id;
      await failing(`/open311/v2/requests/${one}`, 404, { query: 'jurisdiction_id=370103' });
      assert.equal(
        (await both(`/open311/v2/requests/${one}`, 'requests.json', { query: 'jurisdiction_id=370102' }))
          .status,
        200,
      );
      await failing('/open311/v2/requests', 400, { method: 'POST', form: reportForm() });
      const [wrong] = await failing('/open311/v2/requests', 403, {
        method: 'POST',
        form: reportForm({ jurisdiction_id: '370103' }),
      });
      assert.equal(wrong!.description, '该 api_key 不适用于辖区 370103');
      assert.equal((await post(reportForm({ jurisdiction_id: '370102' }))).status, 200);
    } finally {
      await t.handle.db.execute(sql`DELETE FROM division WHERE code = '370103'`);
    }
  });
});
