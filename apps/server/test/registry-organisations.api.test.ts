import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { one, rows } from '@wangge/db';
import { usccCheckChar } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from './harness.ts';
import { countRows, gridsOf, idCard, tableText } from './registry-helpers.ts';

let t: TestApp;
let worker: Session;
let gridleader: Session;
let community: Session;
let admin: Session;
let place: Awaited<ReturnType<typeof gridsOf>>;

/** A valid unified social credit code registered in Lixia (370102) with a 9-character serial. */
const uscc = (serial: string) => {
  const first17 = `91370102${serial}`;
  return first17 + usccCheckChar(first17);
};
const USCC = uscc('MA3C4N5K1');
const LEGAL_ID = idCard('370102', '19700101', '135');
const PHONE = '053186012345';
const PHONE_FORM = '0531-86012345';
const MISSING = '00000000-0000-4000-8000-000000000000';

before(async () => {
  t = await createTestApp();
  worker = await t.sessionFor('gridworker');
  gridleader = await t.sessionFor('gridleader');
  community = await t.sessionFor('community');
  admin = await t.sessionFor('admin');
  place = await gridsOf(t, 'gridworker');
});
after(() => t.close());

const org = (over: Record<string, unknown> = {}) => ({
  name: '济南甸柳便民超市有限公司',
  kind: 'company',
  uscc: USCC,
  legalRepName: '孙志强',
  legalRepIdNumber: LEGAL_ID,
  contactName: '孙丽娟',
  contactPhone: '(0531) 8601 2345',
  address: '甸柳新村三区底商12号',
  buildingCode: place.building,
  employees: 12,
  hasPartyOrg: true,
  partyMembers: 3,
  ...over,
});

const plain = new RegExp(`${LEGAL_ID}|${PHONE}|${PHONE_FORM}`);

describe('organisations: register, read, search, edit, reveal, delete', () => {
  let id: string;
  let otherId: string;

  test('a grid worker registers a business in a building of the grid; numbers come back masked', async () => {
    const res = await t.request('POST', '/api/registry/organisations', { as: worker, body: org() });
    assert.equal(res.statusCode, 201, res.body);
    const o = res.json();
    id = o.id;
    assert.equal(o.uscc, USCC);
    assert.equal(o.kind, 'company');
    assert.equal(o.legalRepIdMasked, `370102********${LEGAL_ID.slice(-4)}`);
    assert.equal(o.contactPhoneMasked, '0531-****2345');
    assert.equal(o.building.code, place.building);
    assert.equal(o.grid.code, place.grid);
    assert.equal(o.community.code, place.community);
    assert.equal(o.hasPartyOrg, true);
    assert.equal(o.dualRegistered, false);
    assert.equal(o.version, 1);
    assert.equal(o.deletedAt, null);
    assert.deepEqual(o.can, { edit: true, reveal: true, delete: true });
    assert.doesNotMatch(res.body, plain);
  });

  test('no table holds the legal representative’s ID number or the phone in the clear', async () => {
    for (const table of ['organisation', 'audit_log'])
      assert.doesNotMatch(await tableText(t, table), plain, table);
    const text = await tableText(t, 'organisation');
    assert.match(text, /"legal_rep_id_enc":"v1\.[a-z0-9-]+\./);
    assert.match(text, /"contact_phone_enc":"v1\.[a-z0-9-]+\./);
  });

  test('by grid only (no building); the kind may be given by its label', async () => {
    const res = await t.request('POST', '/api/registry/organisations', {
      as: gridleader,
      body: org({
        name: '甸柳第一社区业主委员会',
        kind: '业主委员会',
        uscc: null,
        legalRepIdNumber: null,
        contactPhone: null,
        buildingCode: null,
        gridCode: place.otherGrid,
        address: '甸柳新村一区',
        hasPartyOrg: false,
        partyMembers: null,
      }),
    });
    assert.equal(res.statusCode, 201, res.body);
    otherId = res.json().id;
    assert.equal(res.json().kind, 'owners_committee');
    assert.equal(res.json().building, null);
    assert.equal(res.json().grid.code, place.otherGrid);
    assert.equal(res.json().legalRepIdMasked, null);
  });

  test('a live credit code registered again is refused, even typed in lower case, and where it is', async () => {
    const res = await t.request('POST', '/api/registry/organisations', {
      as: worker,
      body: org({ name: '另一家公司', uscc: USCC.toLowerCase() }),
    });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'REGISTRY_ORG_EXISTS');
    assert.equal(res.json().details.organisationId, id);
    assert.match(res.json().messages['zh-CN'], new RegExp(USCC));
  });

  test('two registrations of one new credit code at once: exactly one wins', async () => {
    const code = uscc('MA3C4N5K2');
    const results = await Promise.all(
      ['甲', '乙'].map((n) =>
        t.request('POST', '/api/registry/organisations', {
          as: worker,
          body: org({
            name: `并发登记${n}公司`,
            uscc: code,
            legalRepIdNumber: null,
            address: '甸柳新村三区底商7号',
          }),
        }),
      ),
    );
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [201, 409]);
    assert.equal(results.find((r) => r.statusCode === 409)!.json().code, 'REGISTRY_ORG_EXISTS');
    assert.equal((await rows(t.handle.db, sql`SELECT 1 FROM organisation WHERE uscc = ${code}`)).length, 1);
  });

  test('bad fields are named with their codes; bad places have their own; nothing is written', async () => {
    const orgs = await countRows(t, 'organisation');
    const audits = await countRows(t, 'audit_log');
    const fields = await t.request('POST', '/api/registry/organisations', {
      as: worker,
      body: org({
        name: ' ',
        uscc: `${USCC.slice(0, 17)}${USCC[17] === '0' ? '1' : '0'}`,
        legalRepIdNumber: `${LEGAL_ID.slice(0, 17)}${LEGAL_ID[17] === '1' ? '2' : '1'}`,
        contactPhone: '12345',
      }),
    });
    assert.equal(fields.statusCode, 400);
    assert.equal(fields.json().code, 'REGISTRY_INVALID');
    assert.deepEqual(
      fields
        .json()
        .details.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`)
        .sort(),
      [
        'contactPhone:PHONE_INVALID',
        'legalRepIdNumber:ID_NUMBER_CHECKSUM',
        'name:REQUIRED',
        'uscc:USCC_CHECKSUM',
      ],
    );
    const cases: [Record<string, unknown>, string][] = [
      [{ uscc: null }, 'REGISTRY_INVALID'],
      [{ kind: 'castle' }, 'REGISTRY_INVALID'],
      [{ buildingCode: null }, 'REGISTRY_GRID_REQUIRED'],
      [{ buildingCode: null, gridCode: place.otherGrid }, 'REGISTRY_GRID_UNKNOWN'],
      [{ buildingCode: place.otherBuilding }, 'REGISTRY_BUILDING_UNKNOWN'],
      [{ gridCode: place.otherGrid }, 'REGISTRY_INVALID'],
      [{ employees: -1 }, 'VALIDATION_FAILED'],
      [{ extra: 1 }, 'VALIDATION_FAILED'],
      [{ buildingCode: '12' }, 'VALIDATION_FAILED'],
    ];
    for (const [over, code] of cases) {
      const res = await t.request('POST', '/api/registry/organisations', {
        as: worker,
        body: org({ uscc: uscc('MA3C4N5K9'), ...over }),
      });
      assert.equal(res.statusCode, 400, `${JSON.stringify(over)}: ${res.body}`);
      assert.equal(res.json().code, code, JSON.stringify(over));
    }
    assert.equal(await countRows(t, 'organisation'), orgs);
    assert.equal(await countRows(t, 'audit_log'), audits);
  });

  test('the list: scope, the search box (name, address, credit code) and the filters', async () => {
    const list = async (query: string, as = worker) => {
      const res = await t.request('GET', `/api/registry/organisations${query}`, { as });
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as { total: number; items: { id: string; contactPhoneMasked: string | null }[] };
    };
    const all = await list('');
    assert.equal(all.total, 2, 'the other grid’s committee is not the worker’s');
    assert.ok(all.items.every((o) => o.id !== otherId));
    assert.equal(all.items.find((o) => o.id === id)!.contactPhoneMasked, '0531-****2345');
    assert.equal((await list('', gridleader)).total, 3);
    const ids = async (query: string, as = worker) => (await list(query, as)).items.map((o) => o.id);
    assert.deepEqual(await ids(`?q=${encodeURIComponent('便民超市')}`), [id]);
    assert.deepEqual(await ids(`?q=${encodeURIComponent('底商12')}`), [id]);
    assert.deepEqual(await ids(`?q=${USCC.toLowerCase()}`), [id]);
    assert.equal((await list(`?q=${USCC.slice(0, 12)}`)).total, 2, 'part of a credit code');
    assert.deepEqual(await ids(`?q=${encodeURIComponent('100%')}`), []);
    assert.deepEqual(await ids(`?kind=owners_committee`, gridleader), [otherId]);
    assert.deepEqual(await ids(`?grid=${place.otherGrid}`, gridleader), [otherId]);
    assert.deepEqual(await ids(`?grid=${place.otherGrid}`), []);
    assert.deepEqual(await ids('?hasPartyOrg=false', gridleader), [otherId]);
    assert.equal((await list(`?division=${place.community}`, gridleader)).total, 3);
    assert.equal((await list('?division=370102009001', gridleader)).total, 0);
    const page = await list('?pageSize=1&page=2', gridleader);
    assert.equal(page.total, 3);
    assert.equal(page.items.length, 1);
    assert.doesNotMatch(JSON.stringify(await list('', gridleader)), plain);
    const bad = await t.request('GET', '/api/registry/organisations?hasPartyOrg=yes', { as: worker });
    assert.equal(bad.json().code, 'VALIDATION_FAILED');
    assert.equal(
      (await t.request('GET', '/api/registry/organisations?pageSize=500', { as: worker })).statusCode,
      400,
    );
  });

  test('out of scope: another grid’s worker gets 404, a department 403 or 404; malformed ids 404', async () => {
    assert.equal(
      (await t.request('GET', `/api/registry/organisations/${id}`, { as: worker })).statusCode,
      200,
    );
    const other = await t.request('GET', `/api/registry/organisations/${otherId}`, { as: worker });
    assert.equal(other.statusCode, 404);
    assert.equal(other.json().code, 'REGISTRY_NOT_FOUND');
    const dept = await t.sessionFor('dept');
    assert.equal((await t.request('GET', '/api/registry/organisations', { as: dept })).statusCode, 403);
    assert.equal((await t.request('GET', `/api/registry/organisations/${id}`, { as: dept })).statusCode, 404);
    assert.equal(
      (
        await t.request('POST', '/api/registry/organisations', {
          as: dept,
          body: org({ uscc: uscc('MA3C4N5K8') }),
        })
      ).statusCode,
      403,
    );
    const writes: [string, string, unknown][] = [
      ['PUT', `/api/registry/organisations/${otherId}`, { ...org({ uscc: uscc('MA3C4N5K7') }), version: 1 }],
      [
        'POST',
        `/api/registry/organisations/${otherId}/reveal`,
        { field: 'contactPhone', reason: '联系单位负责人' },
      ],
      ['POST', `/api/registry/organisations/${otherId}/delete`, { version: 1, reason: '已注销' }],
      ['GET', `/api/registry/organisations/${otherId}/history`, undefined],
      ['GET', `/api/registry/organisations/${MISSING}`, undefined],
      ['GET', '/api/registry/organisations/not-a-uuid', undefined],
      ['GET', '/api/registry/organisations/not-a-uuid/history', undefined],
      ['PUT', '/api/registry/organisations/not-a-uuid', { ...org(), version: 1 }],
      ['POST', '/api/registry/organisations/not-a-uuid/delete', { version: 1, reason: '已注销' }],
    ];
    for (const [method, url, body] of writes) {
      const res = await t.request(method as 'GET' | 'PUT' | 'POST', url, { as: worker, body });
      assert.equal(res.statusCode, 404, `${method} ${url}: ${res.body}`);
      assert.equal(res.json().code, 'REGISTRY_NOT_FOUND');
    }
    const leader = await t.sessionFor('leader');
    const seen = (await t.request('GET', `/api/registry/organisations/${id}`, { as: leader })).json();
    assert.deepEqual(seen.can, { edit: false, reveal: false, delete: false });
    const edit = await t.request('PUT', `/api/registry/organisations/${id}`, {
      as: leader,
      body: { ...org(), version: 1 },
    });
    assert.equal(edit.statusCode, 403, 'a leader edits nowhere');
  });

  describe('reveal and the access report', () => {
    test('a reason is required', async () => {
      for (const body of [
        { field: 'contactPhone', reason: '看' },
        { field: 'phone', reason: '联系单位负责人' },
      ]) {
        const res = await t.request('POST', `/api/registry/organisations/${id}/reveal`, { as: worker, body });
        assert.equal(res.statusCode, 400);
        assert.equal(res.json().code, 'VALIDATION_FAILED');
      }
    });

    test('the grid worker sees either number with a reason; the audit keeps who, why and only the mask', async () => {
      const phone = await t.request('POST', `/api/registry/organisations/${id}/reveal`, {
        as: worker,
        body: { field: 'contactPhone', reason: '通知消防安全检查' },
      });
      assert.equal(phone.statusCode, 200, phone.body);
      assert.deepEqual(phone.json(), { field: 'contactPhone', value: '0531-86012345' });
      const legal = await t.request('POST', `/api/registry/organisations/${id}/reveal`, {
        as: worker,
        body: { field: 'legalRepIdNumber', reason: '核对营业执照信息' },
      });
      assert.deepEqual(legal.json(), { field: 'legalRepIdNumber', value: LEGAL_ID });
      assert.doesNotMatch(await tableText(t, 'audit_log'), plain);
    });

    test('a leader may read but not reveal', async () => {
      const leader = await t.sessionFor('leader');
      const res = await t.request('POST', `/api/registry/organisations/${id}/reveal`, {
        as: leader,
        body: { field: 'contactPhone', reason: '想看看号码' },
      });
      assert.equal(res.statusCode, 403);
      assert.equal(res.json().code, 'REGISTRY_REVEAL_FORBIDDEN');
    });

    test('the administrator’s access report lists both looks with the subject and the mask', async () => {
      const res = await t.request('GET', `/api/registry/access-report?subject=${id}`, { as: admin });
      assert.equal(res.statusCode, 200);
      const items = res.json().items;
      assert.equal(items.length, 2);
      assert.ok(items.every((i: { action: string }) => i.action === 'organisation.reveal'));
      const byField = Object.fromEntries(items.map((i: { field: string }) => [i.field, i]));
      assert.equal(byField.contactPhone.reason, '通知消防安全检查');
      assert.equal(byField.contactPhone.subjectName, '孙丽娟');
      assert.equal(byField.contactPhone.subjectMasked, '0531-****2345');
      assert.equal(byField.legalRepIdNumber.subjectName, '孙志强');
      assert.equal(byField.legalRepIdNumber.subjectMasked, `370102********${LEGAL_ID.slice(-4)}`);
      assert.equal(byField.legalRepIdNumber.subjectType, 'organisation');
    });
  });

  describe('changes, history, 双报到, delete', () => {
    test('an edit with the version seen; a stale version is refused; the history holds masks only', async () => {
      const res = await t.request('PUT', `/api/registry/organisations/${id}`, {
        as: worker,
        body: { ...org({ contactPhone: '13905310011', employees: 15 }), version: 1 },
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().version, 2);
      assert.equal(res.json().contactPhoneMasked, '139****0011');
      assert.equal(res.json().legalRepIdMasked, `370102********${LEGAL_ID.slice(-4)}`);
      const stale = await t.request('PUT', `/api/registry/organisations/${id}`, {
        as: worker,
        body: { ...org(), version: 1 },
      });
      assert.equal(stale.statusCode, 409);
      assert.equal(stale.json().code, 'REGISTRY_VERSION_CONFLICT');
      const same = await t.request('PUT', `/api/registry/organisations/${id}`, {
        as: worker,
        body: { ...org({ contactPhone: '139 0531 0011', employees: 15 }), version: 2 },
      });
      assert.equal(same.json().version, 2, 'nothing changed');
      const history = (
        await t.request('GET', `/api/registry/organisations/${id}/history`, { as: worker })
      ).json().items;
      assert.equal(history.length, 2);
      assert.equal(history[0].action, 'organisation.update');
      assert.deepEqual(history[0].changes, [
        { field: 'contactPhone', old: '0531-****2345', new: '139****0011', masked: true },
        { field: 'employees', old: 12, new: 15 },
      ]);
      assert.equal(history[1].action, 'organisation.create');
      assert.deepEqual(
        history[1].changes.find((c: { field: string }) => c.field === 'legalRepIdNumber'),
        { field: 'legalRepIdNumber', old: null, new: `370102********${LEGAL_ID.slice(-4)}`, masked: true },
      );
      assert.doesNotMatch(JSON.stringify(history), plain);
      assert.doesNotMatch(await tableText(t, 'audit_log'), /13905310011/);
    });

    test('moving to another grid’s building needs the right there; taking another’s credit code is refused', async () => {
      const away = await t.request('PUT', `/api/registry/organisations/${id}`, {
        as: worker,
        body: {
          ...org({ contactPhone: '13905310011', employees: 15, buildingCode: place.otherBuilding }),
          version: 2,
        },
      });
      assert.equal(away.json().code, 'REGISTRY_BUILDING_UNKNOWN');
      const taken = uscc('MA3C4N5K2');
      const dup = await t.request('PUT', `/api/registry/organisations/${id}`, {
        as: worker,
        body: { ...org({ contactPhone: '13905310011', employees: 15, uscc: taken }), version: 2 },
      });
      assert.equal(dup.statusCode, 409);
      assert.equal(dup.json().code, 'REGISTRY_ORG_EXISTS');
    });

    test('dualRegistered follows an active 双报到 row', async () => {
      await t.handle.db.execute(
        sql`INSERT INTO dual_registration (organisation_id, community_code, district_code, path, registered_on)
            SELECT o.id, ${place.community}, o.district_code, o.path, '2026-10-01' FROM organisation o WHERE o.id = ${id}`,
      );
      const get = async () =>
        (await t.request('GET', `/api/registry/organisations/${id}`, { as: worker })).json();
      assert.equal((await get()).dualRegistered, true);
      await t.handle.db.execute(
        sql`UPDATE dual_registration SET ended_on = '2026-11-01' WHERE organisation_id = ${id}`,
      );
      assert.equal((await get()).dualRegistered, false);
    });

    test('delete: with the version and a reason; gone for the worker, shown to the community; the code is free again', async () => {
      const noReason = await t.request('POST', `/api/registry/organisations/${id}/delete`, {
        as: worker,
        body: { version: 2 },
      });
      assert.equal(noReason.json().code, 'VALIDATION_FAILED');
      const stale = await t.request('POST', `/api/registry/organisations/${id}/delete`, {
        as: worker,
        body: { version: 1, reason: '已注销' },
      });
      assert.equal(stale.json().code, 'REGISTRY_VERSION_CONFLICT');
      const del = await t.request('POST', `/api/registry/organisations/${id}/delete`, {
        as: worker,
        body: { version: 2, reason: '已注销' },
      });
      assert.equal(del.statusCode, 204, del.body);
      assert.equal(
        (await t.request('GET', `/api/registry/organisations/${id}`, { as: worker })).statusCode,
        404,
      );
      assert.equal(
        (await t.request('GET', `/api/registry/organisations?q=${USCC}`, { as: worker })).json().total,
        0,
      );
      const seen = await t.request('GET', `/api/registry/organisations/${id}`, { as: community });
      assert.equal(seen.statusCode, 200);
      assert.ok(seen.json().deletedAt);
      assert.deepEqual(seen.json().can, { edit: false, reveal: false, delete: false });
      const edit = await t.request('PUT', `/api/registry/organisations/${id}`, {
        as: community,
        body: { ...org(), version: 3 },
      });
      assert.equal(edit.json().code, 'REGISTRY_DELETED');
      const again = await t.request('POST', `/api/registry/organisations/${id}/delete`, {
        as: community,
        body: { version: 3, reason: '已注销' },
      });
      assert.equal(again.json().code, 'REGISTRY_DELETED');
      const reveal = await t.request('POST', `/api/registry/organisations/${id}/reveal`, {
        as: community,
        body: { field: 'contactPhone', reason: '联系单位负责人' },
      });
      assert.equal(reveal.statusCode, 404);
      const history = (
        await t.request('GET', `/api/registry/organisations/${id}/history`, { as: community })
      ).json().items;
      assert.equal(history[0].action, 'organisation.delete');
      assert.equal(history[0].reason, '已注销');
      const reborn = await t.request('POST', '/api/registry/organisations', { as: worker, body: org() });
      assert.equal(reborn.statusCode, 201, reborn.body);
      assert.notEqual(reborn.json().id, id);
    });
  });
});

describe('organisation edits without the numbers', () => {
  const LEGAL_ID2 = idCard('370102', '19750505', '157');
  const numbers = (orgId: string) =>
    one<{ legal_rep_id_enc: string | null; contact_phone_enc: string | null }>(
      t.handle.db,
      sql`SELECT legal_rep_id_enc, contact_phone_enc FROM organisation WHERE id = ${orgId}`,
    );
  const history = async (orgId: string) =>
    (await t.request('GET', `/api/registry/organisations/${orgId}/history`, { as: worker })).json().items as {
      action: string;
      changes: unknown[];
    }[];
  let orgId: string;
  let body: Record<string, unknown>;

  test('leaving both numbers out keeps them as stored: masks, ciphertexts, no change recorded, no reveal', async () => {
    const created = await t.request('POST', '/api/registry/organisations', {
      as: worker,
      body: org({ name: '甸柳便民药房', uscc: uscc('MA3C4N5K3'), address: '甸柳新村三区底商5号' }),
    });
    assert.equal(created.statusCode, 201, created.body);
    orgId = created.json().id;
    const stored = await numbers(orgId);
    const {
      legalRepIdNumber: _id,
      contactPhone: _phone,
      ...rest
    } = org({
      name: '甸柳便民药房',
      uscc: uscc('MA3C4N5K3'),
      address: '甸柳新村三区底商5号',
    });
    body = rest;
    const res = await t.request('PUT', `/api/registry/organisations/${orgId}`, {
      as: worker,
      body: { ...body, employees: 8, version: 1 },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().version, 2);
    assert.equal(res.json().legalRepIdMasked, `370102********${LEGAL_ID.slice(-4)}`);
    assert.equal(res.json().contactPhoneMasked, '0531-****2345');
    assert.deepEqual(await numbers(orgId), stored, 'the stored ciphertexts are not rewritten');
    assert.deepEqual((await history(orgId))[0]!.changes, [{ field: 'employees', old: 12, new: 8 }]);
    const same = await t.request('PUT', `/api/registry/organisations/${orgId}`, {
      as: worker,
      body: { ...body, employees: 8, version: 2 },
    });
    assert.equal(same.json().version, 2, 'nothing changed');
    const reveals = await t.request('GET', `/api/registry/access-report?subject=${orgId}`, { as: admin });
    assert.deepEqual(reveals.json().items, []);
    assert.equal(
      (await one<{ n: number }>(
        t.handle.db,
        sql`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = ${orgId} AND action = 'organisation.reveal'`,
      ))!.n,
      0,
    );
  });

  test('null or an empty string removes a number, the other one left out stays', async () => {
    const phone = await t.request('PUT', `/api/registry/organisations/${orgId}`, {
      as: worker,
      body: { ...body, employees: 8, contactPhone: null, version: 2 },
    });
    assert.equal(phone.statusCode, 200, phone.body);
    assert.equal(phone.json().contactPhoneMasked, null);
    assert.equal(phone.json().legalRepIdMasked, `370102********${LEGAL_ID.slice(-4)}`);
    assert.deepEqual((await history(orgId))[0]!.changes, [
      { field: 'contactPhone', old: '0531-****2345', new: null, masked: true },
    ]);
    const id = await t.request('PUT', `/api/registry/organisations/${orgId}`, {
      as: worker,
      body: { ...body, employees: 8, legalRepIdNumber: '', version: 3 },
    });
    assert.equal(id.statusCode, 200, id.body);
    assert.equal(id.json().legalRepIdMasked, null);
    assert.equal(id.json().contactPhoneMasked, null);
    assert.deepEqual(await numbers(orgId), { legal_rep_id_enc: null, contact_phone_enc: null });
  });

  test('a value replaces the number and goes through the rules; the other one left out stays', async () => {
    const bad = await t.request('PUT', `/api/registry/organisations/${orgId}`, {
      as: worker,
      body: { ...body, employees: 8, contactPhone: '12345', version: 4 },
    });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().details.fields, [{ field: 'contactPhone', code: 'PHONE_INVALID' }]);
    const res = await t.request('PUT', `/api/registry/organisations/${orgId}`, {
      as: worker,
      body: { ...body, employees: 8, legalRepIdNumber: LEGAL_ID2, contactPhone: '13905310012', version: 4 },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().legalRepIdMasked, `370102********${LEGAL_ID2.slice(-4)}`);
    assert.equal(res.json().contactPhoneMasked, '139****0012');
    const kept = await t.request('PUT', `/api/registry/organisations/${orgId}`, {
      as: worker,
      body: { ...body, employees: 9, legalRepIdNumber: LEGAL_ID, version: 5 },
    });
    assert.equal(kept.json().legalRepIdMasked, `370102********${LEGAL_ID.slice(-4)}`);
    assert.equal(kept.json().contactPhoneMasked, '139****0012');
    assert.deepEqual((await history(orgId))[0]!.changes, [
      {
        field: 'legalRepIdNumber',
        old: `370102********${LEGAL_ID2.slice(-4)}`,
        new: `370102********${LEGAL_ID.slice(-4)}`,
        masked: true,
      },
      { field: 'employees', old: 8, new: 9 },
    ]);
    assert.doesNotMatch(await tableText(t, 'audit_log'), new RegExp(`${LEGAL_ID2}|13905310012`));
  });

  test('out of scope, numbers left out: 404, as with them; a leader edits nowhere', async () => {
    const other = await one<{ id: string }>(
      t.handle.db,
      sql`SELECT o.id FROM organisation o JOIN grid g ON g.id = o.grid_id WHERE g.code = ${place.otherGrid} LIMIT 1`,
    );
    for (const target of [other!.id, MISSING]) {
      const res = await t.request('PUT', `/api/registry/organisations/${target}`, {
        as: worker,
        body: { ...body, version: 1 },
      });
      assert.equal(res.statusCode, 404, res.body);
      assert.equal(res.json().code, 'REGISTRY_NOT_FOUND');
    }
    const leader = await t.request('PUT', `/api/registry/organisations/${orgId}`, {
      as: await t.sessionFor('leader'),
      body: { ...body, version: 6 },
    });
    assert.equal(leader.statusCode, 403);
  });
});
