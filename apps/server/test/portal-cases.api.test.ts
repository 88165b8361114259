import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { rows } from '@wangge/db';
import { metersBetween } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { caseHelpers } from './case-helpers.ts';
import { createTestApp, type Session, type TestApp } from './harness.ts';
import { filePart, upload, uploadPhoto } from './multipart.ts';
import { asResident, captureSms, newAddress, residentByPhone } from './portal-helpers.ts';

/** A resident's report through the loop: report, me too, progress, result photo, rating, withdrawal, board. */
let t: TestApp;
let sms: ReturnType<typeof captureSms>;
let alice: Session;
let bob: Session;
before(async () => {
  t = await createTestApp();
  sms = captureSms(t);
  alice = await residentByPhone(t, sms, '13811112222');
  bob = await residentByPhone(t, sms, '13833334444');
});
after(() => t.close());
const { as, act } = caseHelpers(() => t);

// Inside 甸柳新村第一社区第1网格 (370102009002001).
const IN_GRID_1 = { lng: 117.0413, lat: 36.6725 };
const GARBAGE = '06010'; // 暴露垃圾, handled at grid level
const DISPUTE = 'JF04'; // 邻里纠纷: a neighbours' quarrel, never on a public list
let keyNo = 0;
const key = () => `portal-key-${++keyNo}-${Date.now()}`;
const caseCount = async () =>
  (await rows<{ n: number }>(t.handle.db, sql`SELECT count(*)::int AS n FROM case_record`))[0]!.n;
const caseId = async (number: string) =>
  (await rows<{ id: string }>(t.handle.db, sql`SELECT id FROM case_record WHERE number = ${number}`))[0]!.id;

function report(s: Session, body: Record<string, unknown>, ip = newAddress()) {
  return asResident(t, s, ip)('POST', '/api/portal/reports', {
    idempotencyKey: key(),
    categoryCode: GARBAGE,
    description: '小区东门垃圾桶满溢，垃圾散落一地，联系电话13811112222',
    location: { ...IN_GRID_1, crs: 'WGS84', source: 'map' },
    ...body,
  });
}

describe('reporting', () => {
  let number: string;
  it('files a resident report with a photo in its grid, waiting for a grid worker to verify it', async () => {
    const photo = await uploadPhoto(t, alice);
    const res = await report(alice, { photos: [photo] });
    assert.equal(res.statusCode, 201, res.body);
    const r = res.json();
    number = r.number;
    assert.match(number, /^370102-20261120-\d{5}$/);
    assert.equal(r.created, true);
    assert.equal(r.receivedCrs, 'WGS84');
    assert.equal(r.gridName, '甸柳新村第一社区第1网格');
    const staffView = await t.request('GET', `/api/cases/${await caseId(number)}`, {
      as: await as('gridworker'),
    });
    const d = staffView.json();
    assert.equal(d.status, 'pending_verification');
    assert.equal(d.channel, 'resident');
    assert.equal(d.gridCode, '370102009002001');
    assert.equal(d.reporterName, '居民2222');
    assert.equal(d.attachments.length, 1);
  });

  it('answers a retry with the same case', async () => {
    const body = { idempotencyKey: 'retry-key-0001' };
    const first = await report(alice, body);
    const again = await report(alice, body);
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().number, first.json().number);
    assert.equal(again.json().created, false);
  });

  it('converts a GCJ-02 point from WeChat to WGS-84 and says which system it received', async () => {
    // IN_GRID_1 as a GCJ-02 map shows it.
    const gcj = { lng: 117.047311, lat: 36.672882 };
    const res = await report(alice, { location: { ...gcj, crs: 'GCJ02', source: 'device' } });
    assert.equal(res.statusCode, 201, res.body);
    const r = res.json();
    assert.equal(r.receivedCrs, 'GCJ02');
    assert.ok(metersBetween([gcj.lng, gcj.lat], [r.point.lng, r.point.lat]) > 400, 'moved from GCJ-02');
    assert.ok(metersBetween([IN_GRID_1.lng, IN_GRID_1.lat], [r.point.lng, r.point.lat]) < 1);
    assert.equal(r.gridName, '甸柳新村第一社区第1网格');
  });

  it('refuses bad reports with a code, in Chinese, and writes nothing', async () => {
    const before = await caseCount();
    const someoneElses = await uploadPhoto(t, bob);
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ location: undefined }, 400, 'VALIDATION_FAILED'],
      [{ categoryCode: 'NOPE1' }, 400, 'CASE_CATEGORY_UNKNOWN'],
      [{ location: { lng: 100.0, lat: 30.0, crs: 'WGS84', source: 'map' } }, 422, 'CASE_LOCATION_OUTSIDE'],
      [{ location: { lng: 117.04, lat: 36.67, crs: 'EPSG3857', source: 'map' } }, 400, 'VALIDATION_FAILED'],
      [{ photos: [someoneElses] }, 404, 'FILES_NOT_FOUND'],
      [{ photos: Array(10).fill(someoneElses) }, 400, 'VALIDATION_FAILED'],
      [{ description: '太脏' }, 400, 'VALIDATION_FAILED'],
      [{ description: '很'.repeat(1001) }, 400, 'VALIDATION_FAILED'],
      [{ title: 'no such field' }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [body, status, code] of cases) {
      const res = await report(alice, body);
      assert.equal(res.json().code, code, JSON.stringify(body).slice(0, 80));
      assert.equal(res.statusCode, status, code);
      assert.ok(res.json().messages['zh-CN']);
    }
    const huge = await asResident(t, alice)('POST', '/api/portal/reports', {
      description: 'x'.repeat(1_100_000),
    });
    assert.equal(huge.statusCode, 413);
    assert.equal(huge.json().code, 'BODY_TOO_LARGE');
    assert.equal(await caseCount(), before);
  });

  it('refuses a fake image at upload', async () => {
    const res = await upload(t, alice, [filePart(Buffer.from('GIF89a not really an image at all'))]);
    assert.equal(res.statusCode, 415);
    assert.equal(res.json().code, 'FILES_TYPE_UNSUPPORTED');
    const jpegHead = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);
    const corrupt = await upload(t, alice, [filePart(jpegHead)]);
    assert.equal(corrupt.json().code, 'FILES_IMAGE_CORRUPT');
  });

  it('lists categories with the common ones first', async () => {
    const res = await asResident(t, null)('GET', '/api/portal/categories');
    assert.equal(res.statusCode, 200);
    const items = res.json().items as Array<{ code: string; common: boolean; className: string }>;
    assert.ok(items.length > 100);
    const firstPlain = items.findIndex((c) => !c.common);
    assert.ok(firstPlain > 0 && items.slice(firstPlain).every((c) => !c.common));
    assert.ok(items.find((c) => c.code === GARBAGE)?.common, 'garbage was reported most');
    assert.ok(items.every((c) => c.className));
  });

  it('me too: a neighbour finds the open case nearby and joins it instead of reporting again', async () => {
    const near = await asResident(t, bob)(
      'GET',
      `/api/portal/nearby?lng=${IN_GRID_1.lng + 0.0005}&lat=${IN_GRID_1.lat}&category=${GARBAGE}`,
    );
    assert.equal(near.statusCode, 200, near.body);
    const found = near.json().items.find((c: { number: string }) => c.number === number);
    assert.ok(found, 'the case is offered');
    assert.equal(found.mine, false);
    assert.ok(found.distanceM > 30 && found.distanceM < 60, String(found.distanceM));
    assert.doesNotMatch(JSON.stringify(near.json()), /13811112222|居民2222/);

    const other = await asResident(t, bob)(
      'GET',
      `/api/portal/nearby?lng=${IN_GRID_1.lng}&lat=${IN_GRID_1.lat}&category=01037`,
    );
    assert.ok(!other.json().items.some((c: { number: string }) => c.number === number), 'other category');
    const far = await asResident(t, bob)(
      'GET',
      `/api/portal/nearby?lng=${IN_GRID_1.lng + 0.01}&lat=${IN_GRID_1.lat}`,
    );
    assert.ok(!far.json().items.some((c: { number: string }) => c.number === number), '900 m away');

    const joined = await asResident(t, bob)('POST', `/api/portal/cases/${number}/me-too`, {});
    assert.equal(joined.statusCode, 200, joined.body);
    assert.deepEqual(joined.json(), { number, supporters: 1, following: true });
    const twice = await asResident(t, bob)('POST', `/api/portal/cases/${number}/me-too`, {});
    assert.equal(twice.json().supporters, 1);
    const staff = await t.request('GET', `/api/cases/${await caseId(number)}`, { as: await as('community') });
    assert.equal(staff.json().supporters, 1, 'staff see how many joined');
    const mine = (await asResident(t, bob)('GET', '/api/portal/cases')).json();
    assert.equal(mine.items.find((c: { number: string }) => c.number === number)?.relation, 'follower');
    const unknown = await asResident(t, bob)('POST', '/api/portal/cases/370102-20261120-99999/me-too', {});
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().code, 'PORTAL_CASE_NOT_FOUND');
  });

  it('shows a case only to its reporter and followers', async () => {
    const dave = await residentByPhone(t, sms, '13877778888');
    const res = await asResident(t, dave)('GET', `/api/portal/cases/${number}`);
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().code, 'PORTAL_CASE_NOT_FOUND');
    const bad = await asResident(t, dave)('GET', '/api/portal/cases/not-a-number');
    assert.equal(bad.statusCode, 400);
  });

  it('follows the case through the loop: progress in plain words, the handling unit, the result photo, rating', async () => {
    const id = await caseId(number);
    const d0 = (await asResident(t, alice)('GET', `/api/portal/cases/${number}`)).json();
    assert.equal(d0.step, 0);
    assert.equal(d0.progress, '网格员正在核实您反映的问题');
    assert.equal(d0.canCancel, true);
    assert.equal(d0.canRate, false);
    assert.equal(d0.supporters, 1);
    assert.deepEqual(d0.handledBy, [{ name: '甸柳新村第一社区第1网格', lead: true }]);

    await act('gridworker', id, { type: 'verify_report', exists: true });
    await act('community', id, { type: 'accept' });
    await act('community', id, { type: 'dispatch', lead: { kind: 'territory', code: '370102009002001' } });
    await act('gridworker', id, { type: 'claim' });
    const d1 = (await asResident(t, alice)('GET', `/api/portal/cases/${number}`)).json();
    assert.equal(d1.progress, '正在处理');
    assert.equal(d1.step, 2);
    assert.ok(d1.deadline);
    assert.equal(d1.canCancel, false);
    assert.ok(!d1.timeline.some((e: { type: string }) => e.type === 'claim'), 'staff steps hidden');
    assert.equal(
      d1.timeline.find((e: { type: string }) => e.type === 'dispatch').unit,
      '甸柳新村第一社区第1网格',
    );

    const after = await uploadPhoto(t, await as('gridworker'));
    await act('gridworker', id, { type: 'feedback', result: '已清运垃圾并清洗地面', afterPhotos: [after] });
    await act('gridworker', id, { type: 'check', pass: true });
    const d2 = (await asResident(t, alice)('GET', `/api/portal/cases/${number}`)).json();
    assert.equal(d2.status, 'pending_evaluation');
    assert.equal(d2.canRate, true);
    assert.equal(d2.photos.result.length, 1);
    assert.equal(d2.photos.report.length, 1);
    const fb = d2.timeline.find((e: { type: string }) => e.type === 'feedback');
    assert.equal(fb.note, '已清运垃圾并清洗地面');
    assert.equal(fb.photos.length, 1);
    // Units, never people: no staff member's name appears.
    const [worker] = await rows<{ name: string }>(
      t.handle.db,
      sql`SELECT display_name AS name FROM app_user WHERE username = 'gridworker'`,
    );
    assert.ok(!JSON.stringify(d2).includes(worker!.name), worker!.name);
    // The result photo is readable by the reporter and the follower, by nobody else.
    assert.equal((await asResident(t, alice)('GET', d2.photos.result[0].url)).statusCode, 200);
    assert.equal((await asResident(t, bob)('GET', d2.photos.result[0].url)).statusCode, 200);
    const dave = await residentByPhone(t, sms, '13877779999');
    assert.equal((await asResident(t, dave)('GET', d2.photos.result[0].url)).statusCode, 404);

    // Both heard of every step.
    const told = await rows<{ recipient: string; kind: string }>(
      t.handle.db,
      sql`SELECT u.phone_masked AS recipient, o.kind FROM notification_outbox o JOIN app_user u ON u.id = o.recipient_id
          WHERE o.payload->>'caseNumber' = ${number} AND u.kind = 'resident' ORDER BY o.id`,
    );
    for (const who of ['138****2222', '138****4444']) {
      const kinds = told.filter((x) => x.recipient === who).map((x) => x.kind);
      assert.ok(kinds.length >= 5, `${who}: ${kinds.join()}`);
    }

    // The follower cannot rate; the reporter says it is not fixed, which reopens it.
    const byBob = await asResident(t, bob)('POST', `/api/portal/cases/${number}/evaluate`, {
      version: d2.version,
      rating: 'satisfied',
    });
    assert.equal(byBob.statusCode, 403);
    const stale = await asResident(t, alice)('POST', `/api/portal/cases/${number}/evaluate`, {
      version: d2.version - 1,
      rating: 'dissatisfied',
    });
    assert.equal(stale.json().code, 'CASE_VERSION_CONFLICT');
    const reopened = await asResident(t, alice)('POST', `/api/portal/cases/${number}/evaluate`, {
      version: d2.version,
      rating: 'dissatisfied',
      comment: '垃圾又堆起来了',
    });
    assert.equal(reopened.statusCode, 200, reopened.body);
    assert.equal(reopened.json().status, 'in_progress');

    await act('gridworker', id, { type: 'feedback', result: '增加清运频次' });
    await act('gridworker', id, { type: 'check', pass: true });
    const d3 = (await asResident(t, alice)('GET', `/api/portal/cases/${number}`)).json();
    const rated = await asResident(t, alice)('POST', `/api/portal/cases/${number}/evaluate`, {
      version: d3.version,
      rating: 'satisfied',
    });
    assert.equal(rated.json().status, 'pending_followup');
    const d4 = (await asResident(t, alice)('GET', `/api/portal/cases/${number}`)).json();
    assert.equal(d4.evaluation, 'satisfied');
    assert.equal(d4.step, 4);
    const bad = await asResident(t, alice)('POST', `/api/portal/cases/${number}/evaluate`, {
      version: d4.version,
      rating: 'great',
    });
    assert.equal(bad.statusCode, 400);
  });
});

describe('withdrawing a report', () => {
  it('is possible until someone accepts it, for the reporter only', async () => {
    const created = (await report(alice, {})).json();
    const d = (await asResident(t, alice)('GET', `/api/portal/cases/${created.number}`)).json();
    const stranger = await asResident(t, bob)('POST', `/api/portal/cases/${created.number}/cancel`, {
      version: d.version,
    });
    assert.equal(stranger.statusCode, 404);
    const res = await asResident(t, alice)('POST', `/api/portal/cases/${created.number}/cancel`, {
      version: d.version,
      reason: '已自行解决',
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().status, 'cancelled');
    const after = (await asResident(t, alice)('GET', `/api/portal/cases/${created.number}`)).json();
    assert.equal(after.progress, '您已撤回');
    assert.equal(after.finished, true);
    assert.equal(after.timeline.at(-1).note, '已自行解决');

    const accepted = (await report(alice, {})).json();
    const id = await caseId(accepted.number);
    await act('gridworker', id, { type: 'verify_report', exists: true });
    await act('community', id, { type: 'accept' });
    const v = (await asResident(t, alice)('GET', `/api/portal/cases/${accepted.number}`)).json();
    assert.equal(v.canCancel, false);
    const late = await asResident(t, alice)('POST', `/api/portal/cases/${accepted.number}/cancel`, {
      version: v.version,
    });
    assert.equal(late.statusCode, 409);
    assert.equal(late.json().code, 'CASE_ACTION_NOT_ALLOWED');
    const joinFinished = await asResident(t, bob)('POST', `/api/portal/cases/${created.number}/me-too`, {});
    assert.equal(joinFinished.json().code, 'PORTAL_CASE_FINISHED');
  });
});

describe('the public board', () => {
  it('lists communities', async () => {
    const res = await asResident(t, null)('GET', '/api/portal/communities');
    assert.equal(res.statusCode, 200);
    assert.ok(res.json().items.some((c: { code: string }) => c.code === '370102009002'));
  });

  it('shows the community’s cases without names, numbers or exact places, to anyone', async () => {
    for (let i = 0; i < 4; i++) assert.equal((await report(bob, {})).statusCode, 201);
    const quarrel = await report(bob, {
      categoryCode: DISPUTE,
      description: '楼上邻居每晚十二点后装修噪音，协商无果',
    });
    assert.equal(quarrel.statusCode, 201, quarrel.body);
    const res = await asResident(t, null)('GET', '/api/portal/board?community=370102009002');
    assert.equal(res.statusCode, 200, res.body);
    const b = res.json();
    assert.ok(b.total >= 7, String(b.total));
    assert.equal(b.summary.reported, b.total);
    const text = JSON.stringify(b);
    assert.doesNotMatch(text, /1381111|13833334444|居民2222|138\*\*\*\*/);
    assert.doesNotMatch(text, /description|reporter|address/);
    assert.ok(!b.items.some((i: { progress: string }) => i.progress === '您已撤回'), 'withdrawn left out');
    assert.ok(
      !b.items.some((i: { number: string }) => i.number === quarrel.json().number),
      'disputes left out',
    );
    const item = b.items[0];
    assert.match(item.title, /\*{6,}/, 'the phone in the text is blotted out');
    const d = metersBetween([IN_GRID_1.lng, IN_GRID_1.lat], [item.point.lng, item.point.lat]);
    assert.ok(d > 0 && d <= 36, `rounded ${d} m`);
    assert.equal(item.gridName, '甸柳新村第一社区第1网格');
    const page2 = (
      await asResident(t, null)('GET', '/api/portal/board?community=370102009002&page=2&pageSize=5')
    ).json();
    assert.equal(page2.items.length, Math.min(5, b.total - 5));
    assert.notEqual(page2.items[0].number, b.items[0].number);
  });

  it('refuses unknown and malformed communities', async () => {
    const unknown = await asResident(t, null)('GET', '/api/portal/board?community=370102009099');
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().code, 'PORTAL_COMMUNITY_UNKNOWN');
    const bad = await asResident(t, null)('GET', '/api/portal/board?community=abc');
    assert.equal(bad.statusCode, 400);
    const big = await asResident(t, null)('GET', '/api/portal/board?community=370102009002&pageSize=500');
    assert.equal(big.statusCode, 400);
  });
});

describe('rate limits on reports', () => {
  it('limits reports per resident (10 an hour), counting refused ones, and writes nothing over it', async () => {
    const carol = await residentByPhone(t, sms, '13855556666');
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await report(carol, {})).statusCode);
    assert.deepEqual(statuses.slice(0, 10), Array(10).fill(201));
    assert.equal(statuses[10], 429);
    const mine = await asResident(t, carol)('GET', '/api/portal/cases');
    assert.equal(mine.json().items.length, 10);
  });
});
