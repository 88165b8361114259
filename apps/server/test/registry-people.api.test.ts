import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from './harness.ts';
import { countRows, gridsOf, idCard, tableText } from './registry-helpers.ts';

let t: TestApp;
let worker: Session;
let community: Session;
let admin: Session;
let place: Awaited<ReturnType<typeof gridsOf>>;

const ID = idCard('370102', '19580312', '123');
const PHONE = '13905310001';

before(async () => {
  t = await createTestApp();
  worker = await t.sessionFor('gridworker');
  community = await t.sessionFor('community');
  admin = await t.sessionFor('admin');
  place = await gridsOf(t, 'gridworker');
});
after(() => t.close());

const person = (over: Record<string, unknown> = {}) => ({
  name: '王秀英',
  idNumber: ID,
  phone: `${PHONE.slice(0, 3)} ${PHONE.slice(3, 7)} ${PHONE.slice(7)}`,
  residencyType: 'registered',
  ethnicity: '01',
  politicalStatus: '13',
  hukouConsistent: true,
  room: { buildingCode: place.building, unitNo: 1, roomNo: '302' },
  ...over,
});

describe('people: register, read, search', () => {
  let id: string;

  test('a grid worker registers a person at a door; numbers come back masked, birth date and sex from the ID', async () => {
    const res = await t.request('POST', '/api/registry/people', { as: worker, body: person() });
    assert.equal(res.statusCode, 201, res.body);
    const p = res.json();
    id = p.id;
    assert.equal(p.idNumberMasked, `370102********${ID.slice(-4)}`);
    assert.equal(p.phoneMasked, '139****0001');
    assert.equal(p.birthDate, '1958-03-12');
    assert.equal(p.sex, '1');
    assert.equal(p.grid.code, place.grid);
    assert.equal(p.address.roomNo, '302');
    assert.equal(p.version, 1);
    assert.deepEqual(p.can, { edit: true, reveal: true, delete: true, restore: false, visit: true });
    assert.doesNotMatch(res.body, new RegExp(`${ID}|${PHONE}`));
  });

  test('no table holds the ID number or the phone in the clear: person, audit log, room', async () => {
    for (const table of ['person', 'audit_log', 'room']) {
      const text = await tableText(t, table);
      assert.doesNotMatch(text, new RegExp(ID), table);
      assert.doesNotMatch(text, new RegExp(PHONE), table);
    }
    const text = await tableText(t, 'person');
    assert.match(text, /"id_number_enc":"v1\.[a-z0-9-]+\./);
  });

  test('the same ID number again is refused with where it is registered', async () => {
    const res = await t.request('POST', '/api/registry/people', {
      as: worker,
      body: person({ name: '王二' }),
    });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'REGISTRY_PERSON_EXISTS');
    assert.equal(res.json().details.personId, id);
  });

  test('bad fields are named, each with its code, and nothing is written', async () => {
    const before = await countRows(t, 'person');
    const res = await t.request('POST', '/api/registry/people', {
      as: worker,
      body: person({
        idNumber: `${ID.slice(0, 17)}${ID[17] === '1' ? '2' : '1'}`,
        phone: '12345',
        ethnicity: '99',
        sex: '2',
      }),
    });
    assert.equal(res.statusCode, 400);
    const body = res.json();
    assert.equal(body.code, 'REGISTRY_INVALID');
    assert.deepEqual(
      body.details.fields.map((f: { field: string; code: string }) => `${f.field}:${f.code}`).sort(),
      ['ethnicity:CODE_UNKNOWN', 'idNumber:ID_NUMBER_CHECKSUM', 'phone:PHONE_INVALID'],
    );
    const shape = await t.request('POST', '/api/registry/people', {
      as: worker,
      body: { ...person(), extra: 1 },
    });
    assert.equal(shape.statusCode, 400);
    assert.equal(shape.json().code, 'VALIDATION_FAILED');
    assert.equal(await countRows(t, 'person'), before);
  });

  test('a place outside the worker’s grid is refused as unknown; an unknown unit too', async () => {
    const other = await t.request('POST', '/api/registry/people', {
      as: worker,
      body: person({
        idNumber: idCard('370102', '19900101', '111'),
        room: { buildingCode: place.otherBuilding, unitNo: 1, roomNo: '101' },
      }),
    });
    assert.equal(other.statusCode, 400);
    assert.equal(other.json().code, 'REGISTRY_BUILDING_UNKNOWN');
    const unit = await t.request('POST', '/api/registry/people', {
      as: worker,
      body: person({
        idNumber: idCard('370102', '19900101', '111'),
        room: { buildingCode: place.building, unitNo: 42, roomNo: '101' },
      }),
    });
    assert.equal(unit.json().code, 'REGISTRY_UNIT_UNKNOWN');
    const grid = await t.request('POST', '/api/registry/people', {
      as: worker,
      body: person({ idNumber: idCard('370102', '19900101', '111'), room: null, gridCode: place.otherGrid }),
    });
    assert.equal(grid.json().code, 'REGISTRY_GRID_UNKNOWN');
  });

  test('search: an exact ID number or phone through the blind index, names by part', async () => {
    const search = async (q: string, as = worker) =>
      (await t.request('GET', `/api/registry/people?q=${encodeURIComponent(q)}`, { as })).json();
    assert.deepEqual(
      (await search(ID)).items.map((p: { id: string }) => p.id),
      [id],
    );
    assert.deepEqual(
      (await search(ID.toLowerCase())).items.map((p: { id: string }) => p.id),
      [id],
    );
    assert.deepEqual(
      (await search('139-0531-0001')).items.map((p: { id: string }) => p.id),
      [id],
    );
    assert.deepEqual(
      (await search('秀英')).items.map((p: { id: string }) => p.id),
      [id],
    );
    assert.equal((await search(ID.slice(0, 10))).total, 0, 'no partial matches on numbers');
    const item = (await search(ID)).items[0];
    assert.equal(item.address.includes('1单元302室'), true);
    assert.equal(item.idNumberMasked.includes('*'), true);
  });

  test('out of scope: another grid’s worker and a department see nothing; unknown ids are 404', async () => {
    const other = await t.handle.db.execute(sql`SELECT 1`);
    assert.ok(other);
    const dept = await t.sessionFor('dept');
    assert.equal((await t.request('GET', '/api/registry/people', { as: dept })).statusCode, 403);
    assert.equal((await t.request('GET', `/api/registry/people/${id}`, { as: dept })).statusCode, 404);
    const leader = await t.sessionFor('gridleader');
    const seen = await t.request('GET', `/api/registry/people/${id}`, { as: leader });
    assert.ok([200, 404].includes(seen.statusCode));
    assert.equal(
      (await t.request('GET', '/api/registry/people/00000000-0000-4000-8000-000000000000', { as: worker }))
        .statusCode,
      404,
    );
  });

  describe('reveal and the access report', () => {
    test('a reason is required', async () => {
      const res = await t.request('POST', `/api/registry/people/${id}/reveal`, {
        as: worker,
        body: { field: 'phone', reason: '' },
      });
      assert.equal(res.statusCode, 400);
    });

    test('the grid worker sees the number with a reason; the audit keeps who, why and only the mask', async () => {
      const res = await t.request('POST', `/api/registry/people/${id}/reveal`, {
        as: worker,
        body: { field: 'phone', reason: '敲门服务无人应答，电话联系' },
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json(), { field: 'phone', value: PHONE });
      const idRes = await t.request('POST', `/api/registry/people/${id}/reveal`, {
        as: worker,
        body: { field: 'idNumber', reason: '核对低保申请材料' },
      });
      assert.equal(idRes.json().value, ID);
      assert.doesNotMatch(await tableText(t, 'audit_log'), new RegExp(`${ID}|${PHONE}`));
    });

    test('a leader may read but not reveal', async () => {
      const leader = await t.sessionFor('leader');
      assert.equal(
        (await t.request('GET', `/api/registry/people/${id}`, { as: leader })).json().can.reveal,
        false,
      );
      const res = await t.request('POST', `/api/registry/people/${id}/reveal`, {
        as: leader,
        body: { field: 'phone', reason: '想看看号码' },
      });
      assert.equal(res.statusCode, 403);
      assert.equal(res.json().code, 'REGISTRY_REVEAL_FORBIDDEN');
    });

    test('the administrator’s access report answers who looked at whose number, when and why', async () => {
      const res = await t.request('GET', '/api/registry/access-report', { as: admin });
      assert.equal(res.statusCode, 200);
      const items = res.json().items;
      assert.equal(items.length, 2);
      assert.equal(items[1].reason, '敲门服务无人应答，电话联系');
      assert.equal(items[1].field, 'phone');
      assert.equal(items[1].subjectName, '王秀英');
      assert.equal(items[1].subjectMasked, '139****0001');
      assert.equal(items[0].subjectMasked, `370102********${ID.slice(-4)}`);
      assert.ok(items[0].actorName);
      const bySubject = await t.request(
        'GET',
        `/api/registry/access-report?subject=${id}&from=2026-11-20&to=2026-11-20`,
        { as: admin },
      );
      assert.equal(bySubject.json().total, 2);
      assert.equal(
        (await t.request('GET', '/api/registry/access-report?from=2026-11-21', { as: admin })).json().total,
        0,
      );
      assert.equal((await t.request('GET', '/api/registry/access-report', { as: worker })).statusCode, 403);
    });
  });

  describe('changes and history', () => {
    test('an edit with the version seen; a stale version is refused; the history holds masks only', async () => {
      const current = (await t.request('GET', `/api/registry/people/${id}`, { as: worker })).json();
      const res = await t.request('PUT', `/api/registry/people/${id}`, {
        as: worker,
        body: person({ phone: '13905310002', occupation: '退休', version: current.version }),
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().version, current.version + 1);
      const stale = await t.request('PUT', `/api/registry/people/${id}`, {
        as: worker,
        body: person({ version: current.version }),
      });
      assert.equal(stale.statusCode, 409);
      assert.equal(stale.json().code, 'REGISTRY_VERSION_CONFLICT');
      const history = (await t.request('GET', `/api/registry/people/${id}/history`, { as: worker })).json()
        .items;
      assert.equal(history[0].action, 'person.update');
      assert.deepEqual(history[0].changes, [
        { field: 'occupation', old: null, new: '退休' },
        { field: 'phone', old: '139****0001', new: '139****0002', masked: true },
      ]);
      assert.equal(history.at(-1).action, 'person.create');
      assert.doesNotMatch(JSON.stringify(history), /1390531000[12]/);
    });

    test('saving the same values again changes nothing: no new version, no history entry', async () => {
      const current = (await t.request('GET', `/api/registry/people/${id}`, { as: worker })).json();
      const res = await t.request('PUT', `/api/registry/people/${id}`, {
        as: worker,
        body: person({ phone: '13905310002', occupation: '退休', version: current.version }),
      });
      assert.equal(res.json().version, current.version);
      const history = (await t.request('GET', `/api/registry/people/${id}/history`, { as: worker })).json()
        .items;
      assert.equal(history.length, 2);
    });
  });

  describe('edits without the numbers', () => {
    test('leaving out the ID number and phone keeps them (no reveal needed to edit); phone null removes it', async () => {
      const current = (await t.request('GET', `/api/registry/people/${id}`, { as: worker })).json();
      const {
        idNumber: _id,
        phone: _phone,
        ...rest
      } = person({ occupation: '退休', version: current.version });
      const res = await t.request('PUT', `/api/registry/people/${id}`, {
        as: worker,
        body: { ...rest, workplace: '甸柳社区老年大学' },
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().idNumberMasked, current.idNumberMasked);
      assert.equal(res.json().phoneMasked, current.phoneMasked);
      const history = (await t.request('GET', `/api/registry/people/${id}/history`, { as: worker })).json()
        .items;
      assert.deepEqual(history[0].changes, [{ field: 'workplace', old: null, new: '甸柳社区老年大学' }]);
      const cleared = await t.request('PUT', `/api/registry/people/${id}`, {
        as: worker,
        body: { ...rest, workplace: '甸柳社区老年大学', phone: null, version: current.version + 1 },
      });
      assert.equal(cleared.json().phoneMasked, null);
      const back = await t.request('PUT', `/api/registry/people/${id}`, {
        as: worker,
        body: { ...rest, workplace: '甸柳社区老年大学', phone: '13905310002', version: current.version + 2 },
      });
      assert.equal(back.json().phoneMasked, '139****0002');
    });
  });

  describe('care groups are visible by role', () => {
    test('a special-population tag is hidden from the grid worker and shown to community staff', async () => {
      await t.handle.db.execute(
        sql`INSERT INTO person_tag (person_id, tag_code, tagged_on) VALUES (${id}, 'elderly_alone', '2026-11-01'), (${id}, 'released_prisoner', '2026-11-01')`,
      );
      const byWorker = (await t.request('GET', `/api/registry/people/${id}`, { as: worker })).json();
      assert.deepEqual(
        byWorker.tags.map((x: { code: string }) => x.code),
        ['elderly_alone'],
      );
      const byCommunity = (await t.request('GET', `/api/registry/people/${id}`, { as: community })).json();
      assert.deepEqual(
        byCommunity.tags.map((x: { code: string }) => x.code),
        ['elderly_alone', 'released_prisoner'],
      );
      const list = (await t.request('GET', `/api/registry/people?q=${ID}`, { as: worker })).json();
      assert.deepEqual(list.items[0].tags, ['elderly_alone']);
      const filtered = await t.request('GET', '/api/registry/people?tag=released_prisoner', { as: worker });
      assert.equal(filtered.statusCode, 400);
      assert.equal(filtered.json().code, 'REGISTRY_TAG_UNKNOWN');
      assert.equal(
        (await t.request('GET', '/api/registry/people?tag=released_prisoner', { as: community })).json()
          .total,
        1,
      );
    });
  });

  describe('delete, restore, purge', () => {
    test('a deleted person leaves lists and reads; the community sees it among the deleted and restores it', async () => {
      const current = (await t.request('GET', `/api/registry/people/${id}`, { as: worker })).json();
      const del = await t.request('POST', `/api/registry/people/${id}/delete`, {
        as: worker,
        body: { version: current.version, reason: '已搬离' },
      });
      assert.equal(del.statusCode, 204, del.body);
      assert.equal((await t.request('GET', `/api/registry/people/${id}`, { as: worker })).statusCode, 404);
      assert.equal((await t.request('GET', `/api/registry/people?q=${ID}`, { as: worker })).json().total, 0);
      assert.equal(
        (await t.request('GET', '/api/registry/people?deleted=true', { as: worker })).statusCode,
        403,
      );
      const deleted = (await t.request('GET', '/api/registry/people?deleted=true', { as: community })).json();
      assert.deepEqual(
        deleted.items.map((p: { id: string }) => p.id),
        [id],
      );
      const restored = await t.request('POST', `/api/registry/people/${id}/restore`, {
        as: community,
        body: { version: current.version + 1 },
      });
      assert.equal(restored.statusCode, 200, restored.body);
      assert.equal(restored.json().deletedAt, null);
    });

    test('the purge removes only what was deleted before the retention period, and audits it', async () => {
      const { purgeDeleted } = await import('../src/modules/registry/index.ts');
      const current = (await t.request('GET', `/api/registry/people/${id}`, { as: worker })).json();
      await t.request('POST', `/api/registry/people/${id}/delete`, {
        as: worker,
        body: { version: current.version, reason: '已去世' },
      });
      const actor = { userId: null, name: 'system', requestId: null, scope: { userId: '', grants: [] } };
      assert.deepEqual(await purgeDeleted(t.deps, actor, 30), { purged: 0, organisations: 0 });
      t.clock.set(new Date(t.clock.now().getTime() + 31 * 24 * 3600_000));
      assert.deepEqual(await purgeDeleted(t.deps, actor, 30), { purged: 1, organisations: 0 });
      assert.equal(await countRows(t, 'person'), 0);
      const history = await tableText(t, 'audit_log');
      assert.match(history, /person\.purge/);
      assert.doesNotMatch(history, new RegExp(ID));
    });
  });
});
