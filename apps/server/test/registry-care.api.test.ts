import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { one, rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from './harness.ts';
import { countRows, gridsOf, idCard } from './registry-helpers.ts';

let t: TestApp;
let place: Awaited<ReturnType<typeof gridsOf>>;

/** A request as a demo login (sessions are fetched per call: tests move the clock by days). */
const as = async (username: string, method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown) =>
  t.request(method, url, { as: await t.sessionFor(username), ...(body === undefined ? {} : { body }) });

const CARE = ['elderly_alone', 'empty_nest', 'disabled', 'subsistence', 'extreme_poverty', 'left_behind'];
const SPECIAL = ['key_youth', 'community_correction', 'released_prisoner', 'severe_mental'];
const NOBODY = '00000000-0000-4000-8000-000000000000';

const ids = { a: '', b: '', c: '', d: '' };

async function register(username: string, body: Record<string, unknown>) {
  const res = await as(username, 'POST', '/api/registry/people', { residencyType: 'registered', ...body });
  assert.equal(res.statusCode, 201, res.body);
  return res.json().id as string;
}

const tagCodes = (view: { tags: { code: string }[] }) => view.tags.map((x) => x.code);
const auditCount = async (action: string) =>
  (await one<{ n: number }>(
    t.handle.db,
    sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action}`,
  ))!.n;

before(async () => {
  t = await createTestApp();
  place = await gridsOf(t, 'gridworker');
  // A and B live in the grid worker's grid, C in another grid of the same community, D is deleted later.
  ids.a = await register('gridworker', {
    name: '王秀英',
    idNumber: idCard('370102', '19400312', '122'),
    room: { buildingCode: place.building, unitNo: 1, roomNo: '302' },
  });
  ids.b = await register('gridworker', {
    name: '李建国',
    idNumber: idCard('370102', '19650601', '131'),
    gridCode: place.grid,
  });
  ids.c = await register('community', {
    name: '张桂兰',
    idNumber: idCard('370102', '19380101', '142'),
    gridCode: place.otherGrid,
  });
  ids.d = await register('gridworker', {
    name: '赵四',
    idNumber: idCard('370102', '19500101', '151'),
    gridCode: place.grid,
  });
});
after(() => t.close());

describe('care groups', () => {
  test('the list holds the groups the caller may see: the grid worker no special populations, the community all', async () => {
    const byWorker = await as('gridworker', 'GET', '/api/registry/care-tags');
    assert.equal(byWorker.statusCode, 200, byWorker.body);
    assert.deepEqual(
      byWorker.json().items.map((x: { code: string }) => x.code),
      CARE,
    );
    assert.deepEqual(byWorker.json().items[0], {
      code: 'elderly_alone',
      name: '独居老人',
      nameEn: 'Elderly living alone',
      visitEveryDays: 7,
    });
    const byCommunity = (await as('community', 'GET', '/api/registry/care-tags')).json();
    assert.deepEqual(
      byCommunity.items.map((x: { code: string }) => x.code).sort(),
      [...CARE, ...SPECIAL].sort(),
    );
    assert.equal((await as('dept', 'GET', '/api/registry/care-tags')).statusCode, 403);
    assert.equal((await t.request('GET', '/api/registry/care-tags')).statusCode, 401);
  });

  test('a grid worker tags a person: today by default, once (again changes nothing), in the history', async () => {
    const res = await as('gridworker', 'POST', `/api/registry/people/${ids.a}/tags`, {
      code: 'elderly_alone',
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().tags, [
      { code: 'elderly_alone', name: '独居老人', taggedOn: '2026-11-20', note: null },
    ]);
    assert.equal(res.json().version, 1, 'tags are not the record’s version');
    const audits = await auditCount('person.tag');
    const again = await as('gridworker', 'POST', `/api/registry/people/${ids.a}/tags`, {
      code: 'elderly_alone',
      taggedOn: '2026-11-01',
      note: '再次',
    });
    assert.equal(again.statusCode, 200, again.body);
    assert.deepEqual(again.json().tags, res.json().tags);
    assert.equal(await auditCount('person.tag'), audits);
    assert.equal(await countRows(t, 'person_tag'), 1);

    const b = await as('gridworker', 'POST', `/api/registry/people/${ids.b}/tags`, {
      code: 'disabled',
      taggedOn: '2026-11-02',
      note: '肢体二级',
    });
    assert.deepEqual(b.json().tags, [
      { code: 'disabled', name: '残疾人', taggedOn: '2026-11-02', note: '肢体二级' },
    ]);

    const history = (await as('gridworker', 'GET', `/api/registry/people/${ids.a}/history`)).json().items;
    assert.equal(history[0].action, 'person.tag');
    assert.deepEqual(history[0].changes, [{ field: 'tags', old: [], new: ['elderly_alone'] }]);
    assert.ok(history[0].actorName);
  });

  test('bad input is refused with its code and writes nothing', async () => {
    const tags = await countRows(t, 'person_tag');
    const audits = await countRows(t, 'audit_log');
    const post = (body: unknown) => as('gridworker', 'POST', `/api/registry/people/${ids.a}/tags`, body);
    const unknown = await post({ code: 'no_such_group' });
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().code, 'REGISTRY_TAG_UNKNOWN');
    const future = await post({ code: 'empty_nest', taggedOn: '2026-11-21' });
    assert.equal(future.statusCode, 400);
    assert.equal(future.json().code, 'REGISTRY_INVALID');
    assert.deepEqual(future.json().details.fields, [{ field: 'taggedOn', code: 'DATE_INVALID' }]);
    assert.equal(
      (await post({ code: 'empty_nest', taggedOn: '2026-02-30' })).json().code,
      'REGISTRY_INVALID',
    );
    const shape = await post({ code: 'empty_nest', extra: true });
    assert.equal(shape.statusCode, 400);
    assert.equal(shape.json().code, 'VALIDATION_FAILED');
    assert.equal((await post({})).json().code, 'VALIDATION_FAILED');
    const badId = await as('gridworker', 'POST', '/api/registry/people/not-a-uuid/tags', {
      code: 'empty_nest',
    });
    assert.equal(badId.json().code, 'VALIDATION_FAILED');
    const csrf = await t.request('POST', `/api/registry/people/${ids.a}/tags`, {
      as: await t.sessionFor('gridworker'),
      body: { code: 'empty_nest' },
      csrf: false,
    });
    assert.equal(csrf.statusCode, 403);
    assert.equal(await countRows(t, 'person_tag'), tags);
    assert.equal(await countRows(t, 'audit_log'), audits);
  });

  test('special populations: community staff tag them; to the grid worker they do not exist', async () => {
    const tagged = await as('community', 'POST', `/api/registry/people/${ids.b}/tags`, {
      code: 'released_prisoner',
    });
    assert.equal(tagged.statusCode, 200, tagged.body);
    assert.deepEqual(tagCodes(tagged.json()), ['disabled', 'released_prisoner']);

    const view = (await as('gridworker', 'GET', `/api/registry/people/${ids.b}`)).json();
    assert.deepEqual(tagCodes(view), ['disabled']);
    const before = await countRows(t, 'person_tag');
    for (const code of ['released_prisoner', 'community_correction']) {
      const assign = await as('gridworker', 'POST', `/api/registry/people/${ids.b}/tags`, { code });
      assert.equal(assign.statusCode, 400);
      assert.equal(assign.json().code, 'REGISTRY_TAG_UNKNOWN');
      assert.match(assign.json().message, new RegExp(code));
    }
    const remove = await as('gridworker', 'DELETE', `/api/registry/people/${ids.b}/tags/released_prisoner`);
    assert.equal(remove.statusCode, 400);
    assert.equal(remove.json().code, 'REGISTRY_TAG_UNKNOWN');
    assert.equal(await countRows(t, 'person_tag'), before);
    const list = await as('gridworker', 'GET', '/api/registry/people?tag=released_prisoner');
    assert.equal(list.json().code, 'REGISTRY_TAG_UNKNOWN');
    assert.deepEqual(tagCodes((await as('community', 'GET', `/api/registry/people/${ids.b}`)).json()), [
      'disabled',
      'released_prisoner',
    ]);
  });

  test('the history does not tell the grid worker of groups they may not see', async () => {
    const history = await as('gridworker', 'GET', `/api/registry/people/${ids.b}/history`);
    assert.equal(history.statusCode, 200);
    assert.doesNotMatch(history.body, /released_prisoner/);
    const byCommunity = await as('community', 'GET', `/api/registry/people/${ids.b}/history`);
    assert.match(byCommunity.body, /released_prisoner/);
  });

  test('out of scope is 404: another grid’s person, a reader who may not edit, a department, an unknown id', async () => {
    const c = await as('community', 'POST', `/api/registry/people/${ids.c}/tags`, {
      code: 'elderly_alone',
      taggedOn: '2026-11-01',
    });
    assert.equal(c.statusCode, 200, c.body);
    const before = await countRows(t, 'person_tag');
    for (const [user, id] of [
      ['gridworker', ids.c],
      ['leader', ids.a],
      ['dept', ids.a],
      ['gridworker', NOBODY],
    ] as const) {
      const res = await as(user, 'POST', `/api/registry/people/${id}/tags`, { code: 'empty_nest' });
      assert.equal(res.statusCode, 404, `${user} ${res.body}`);
      assert.equal(res.json().code, 'REGISTRY_NOT_FOUND');
      assert.equal(
        (await as(user, 'DELETE', `/api/registry/people/${id}/tags/elderly_alone`)).statusCode,
        404,
      );
    }
    assert.equal(await countRows(t, 'person_tag'), before);
  });

  test('untagging takes the group away, once, and shows in the history', async () => {
    await as('gridworker', 'POST', `/api/registry/people/${ids.d}/tags`, { code: 'empty_nest' });
    const res = await as('gridworker', 'DELETE', `/api/registry/people/${ids.d}/tags/empty_nest`);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().tags, []);
    const audits = await auditCount('person.untag');
    const again = await as('gridworker', 'DELETE', `/api/registry/people/${ids.d}/tags/empty_nest`);
    assert.equal(again.statusCode, 200);
    assert.equal(await auditCount('person.untag'), audits);
    const history = (await as('gridworker', 'GET', `/api/registry/people/${ids.d}/history`)).json().items;
    assert.deepEqual(
      history.map((h: { action: string }) => h.action),
      ['person.untag', 'person.tag', 'person.create'],
    );
    assert.deepEqual(history[0].changes, [{ field: 'tags', old: ['empty_nest'], new: [] }]);
  });

  test('a deleted person takes no tags and no visits', async () => {
    const current = (await as('gridworker', 'GET', `/api/registry/people/${ids.d}`)).json();
    const del = await as('gridworker', 'POST', `/api/registry/people/${ids.d}/delete`, {
      version: current.version,
      reason: '已搬离',
    });
    assert.equal(del.statusCode, 204, del.body);
    const tags = await countRows(t, 'person_tag');
    const visits = await countRows(t, 'visit');
    const tag = await as('gridworker', 'POST', `/api/registry/people/${ids.d}/tags`, { code: 'empty_nest' });
    assert.equal(tag.statusCode, 409);
    assert.equal(tag.json().code, 'REGISTRY_DELETED');
    const visit = await as('gridworker', 'POST', `/api/registry/people/${ids.d}/visits`, {
      visitedOn: '2026-11-20',
      findings: '上门未见人',
    });
    assert.equal(visit.json().code, 'REGISTRY_DELETED');
    assert.equal(await countRows(t, 'person_tag'), tags);
    assert.equal(await countRows(t, 'visit'), visits);
  });
});

describe('visits', () => {
  test('a grid worker records a visit: 201 with the visitor, place copied from the person, audited', async () => {
    const audits = await auditCount('visit.create');
    const res = await as('gridworker', 'POST', `/api/registry/people/${ids.a}/visits`, {
      visitedOn: '2026-11-20',
      tagCodes: ['elderly_alone'],
      findings: '身体状况良好，家中整洁',
      followUp: '  ',
    });
    assert.equal(res.statusCode, 201, res.body);
    const v = res.json();
    const worker = await one<{ id: string; display_name: string }>(
      t.handle.db,
      sql`SELECT id, display_name FROM app_user WHERE username = 'gridworker'`,
    );
    assert.equal(v.visitorName, worker!.display_name);
    assert.deepEqual(v.tagCodes, ['elderly_alone']);
    assert.equal(v.visitedOn, '2026-11-20');
    assert.equal(v.followUp, null);
    assert.equal(v.needsFollowUp, false);
    const row = await one<{ visitor_id: string; path: string; district_code: string }>(
      t.handle.db,
      sql`SELECT visitor_id, path::text AS path, district_code FROM visit WHERE id = ${v.id}`,
    );
    const person = await one<{ path: string }>(
      t.handle.db,
      sql`SELECT path::text AS path FROM person WHERE id = ${ids.a}`,
    );
    assert.deepEqual(row, { visitor_id: worker!.id, path: person!.path, district_code: '370102' });
    assert.equal(await auditCount('visit.create'), audits + 1);
  });

  test('bad visits are refused with their codes and write nothing', async () => {
    const visits = await countRows(t, 'visit');
    const audits = await countRows(t, 'audit_log');
    const post = (body: Record<string, unknown>) =>
      as('gridworker', 'POST', `/api/registry/people/${ids.a}/visits`, {
        visitedOn: '2026-11-20',
        findings: '情况正常',
        ...body,
      });
    for (const visitedOn of ['2026-11-21', '1999-12-31', '2026-02-30']) {
      const res = await post({ visitedOn });
      assert.equal(res.statusCode, 400, visitedOn);
      assert.equal(res.json().code, 'REGISTRY_INVALID');
      assert.deepEqual(res.json().details.fields, [{ field: 'visitedOn', code: 'DATE_INVALID' }]);
    }
    const notCarried = await post({ tagCodes: ['elderly_alone', 'disabled'] });
    assert.equal(notCarried.statusCode, 400);
    assert.equal(notCarried.json().code, 'REGISTRY_TAG_NOT_CARRIED');
    assert.equal((await post({ tagCodes: ['no_such_group'] })).json().code, 'REGISTRY_TAG_UNKNOWN');
    assert.equal((await post({ findings: 'x' })).json().code, 'VALIDATION_FAILED');
    assert.equal((await post({ visitedOn: '20261120' })).json().code, 'VALIDATION_FAILED');
    assert.equal((await post({ visitor: 'someone' })).json().code, 'VALIDATION_FAILED');
    // A group the person carries but the worker may not see is, to them, no group at all.
    const hidden = await as('gridworker', 'POST', `/api/registry/people/${ids.b}/visits`, {
      visitedOn: '2026-11-20',
      tagCodes: ['released_prisoner'],
      findings: '情况正常',
    });
    assert.equal(hidden.json().code, 'REGISTRY_TAG_UNKNOWN');
    for (const [user, id] of [
      ['gridworker', ids.c],
      ['leader', ids.a],
      ['gridworker', NOBODY],
    ] as const) {
      const res = await as(user, 'POST', `/api/registry/people/${id}/visits`, {
        visitedOn: '2026-11-20',
        findings: '情况正常',
      });
      assert.equal(res.statusCode, 404, `${user} ${res.body}`);
    }
    assert.equal(await countRows(t, 'visit'), visits);
    assert.equal(await countRows(t, 'audit_log'), audits);
  });

  test('the list is newest first; the groups the caller may not see are left out of each visit', async () => {
    const first = await as('community', 'POST', `/api/registry/people/${ids.b}/visits`, {
      visitedOn: '2026-11-18',
      tagCodes: ['released_prisoner', 'disabled', 'disabled'],
      findings: '按时报到，工作稳定',
      needsFollowUp: true,
      followUp: '协助申请公益岗位',
    });
    assert.equal(first.statusCode, 201, first.body);
    assert.deepEqual(first.json().tagCodes, ['disabled', 'released_prisoner']);
    const second = await as('gridworker', 'POST', `/api/registry/people/${ids.b}/visits`, {
      visitedOn: '2026-11-19',
      findings: '日常走访，无异常',
    });
    assert.equal(second.statusCode, 201, second.body);

    const byWorker = await as('gridworker', 'GET', `/api/registry/people/${ids.b}/visits`);
    assert.equal(byWorker.statusCode, 200, byWorker.body);
    const items = byWorker.json().items;
    assert.deepEqual(
      items.map((v: { visitedOn: string; tagCodes: string[] }) => [v.visitedOn, v.tagCodes]),
      [
        ['2026-11-19', []],
        ['2026-11-18', ['disabled']],
      ],
    );
    assert.equal(items[1].followUp, '协助申请公益岗位');
    assert.equal(items[1].needsFollowUp, true);
    assert.doesNotMatch(byWorker.body, /released_prisoner/);
    const byCommunity = (await as('community', 'GET', `/api/registry/people/${ids.b}/visits`)).json();
    assert.deepEqual(byCommunity.items[1].tagCodes, ['disabled', 'released_prisoner']);

    assert.equal((await as('gridworker', 'GET', `/api/registry/people/${ids.c}/visits`)).statusCode, 404);
    assert.equal((await as('dept', 'GET', `/api/registry/people/${ids.b}/visits`)).statusCode, 404);
    assert.equal((await as('gridworker', 'GET', `/api/registry/people/${NOBODY}/visits`)).statusCode, 404);
    assert.equal((await as('gridworker', 'GET', '/api/registry/people/x/visits')).statusCode, 400);
    assert.equal((await as('leader', 'GET', `/api/registry/people/${ids.b}/visits`)).statusCode, 200);
  });
});

describe('visit schedule', () => {
  type Row = {
    personId: string;
    tag: { code: string };
    state: string;
    overdueDays: number;
    dueOn: string;
    lastVisit: string | null;
    workers: { id: string; name: string }[];
  };
  type Count = { id: string | null; name: string; overdue: number; due: number; total: number };
  const schedule = async (username: string, query = '') => {
    const res = await as(username, 'GET', `/api/registry/visits/schedule${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { items: Row[]; byWorker: Count[] };
  };
  const brief = (items: Row[]) =>
    items.map(
      (r) => `${r.personId === ids.a ? 'A' : r.personId === ids.b ? 'B' : 'C'}:${r.tag.code}:${r.state}`,
    );
  const workersOf = async (gridCode: string) =>
    (
      await rows<{ id: string }>(
        t.handle.db,
        sql`SELECT DISTINCT u.id FROM role_assignment ra JOIN app_user u ON u.id = ra.user_id
              JOIN grid g ON g.path = ra.scope_path
             WHERE ra.role = 'gridWorker' AND g.code = ${gridCode}`,
      )
    )
      .map((r) => r.id)
      .sort();

  test('two days before the visit is due it is "due"; the day after, overdue by one', async () => {
    t.clock.set(new Date('2026-11-25T02:00:00Z'));
    const due = await schedule('gridworker');
    const a = due.items.find((r) => r.personId === ids.a)!;
    assert.deepEqual(
      { state: a.state, dueOn: a.dueOn, lastVisit: a.lastVisit, overdueDays: a.overdueDays },
      { state: 'due', dueOn: '2026-11-27', lastVisit: '2026-11-20', overdueDays: 0 },
    );

    t.clock.set(new Date('2026-11-28T02:00:00Z'));
    const byWorker = await schedule('gridworker');
    assert.deepEqual(brief(byWorker.items), ['A:elderly_alone:overdue', 'B:disabled:ok']);
    const overdue = byWorker.items[0]!;
    assert.equal(overdue.overdueDays, 1);
    assert.equal(overdue.dueOn, '2026-11-27');
    // B's last visit naming "disabled" was the community's on the 18th; the general visit of the 19th counts for no group.
    assert.equal(byWorker.items[1]!.lastVisit, '2026-11-18');
    assert.equal(byWorker.items[1]!.dueOn, '2026-12-18');
    assert.doesNotMatch(JSON.stringify(byWorker), /released_prisoner/);
  });

  test('community staff see the special populations and the other grids, overdue first', async () => {
    const all = await schedule('community');
    assert.deepEqual(brief(all.items), [
      'C:elderly_alone:overdue',
      'A:elderly_alone:overdue',
      'B:disabled:ok',
      'B:released_prisoner:ok',
    ]);
    assert.equal(all.items[0]!.overdueDays, 20);
    assert.equal(all.items[0]!.lastVisit, null, 'never visited: due a week after the tag was given');
    assert.equal(all.items[3]!.dueOn, '2027-02-16');
    assert.deepEqual(brief((await schedule('community', '?state=overdue')).items), [
      'C:elderly_alone:overdue',
      'A:elderly_alone:overdue',
    ]);
    assert.deepEqual(brief((await schedule('community', `?grid=${place.otherGrid}`)).items), [
      'C:elderly_alone:overdue',
    ]);
    assert.equal((await schedule('community', `?division=${place.community}`)).items.length, 4);
    const elsewhere = await one<{ code: string }>(
      t.handle.db,
      sql`SELECT code FROM division WHERE level = 'community' AND code <> ${place.community} ORDER BY code LIMIT 1`,
    );
    assert.equal((await schedule('community', `?division=${elsewhere!.code}`)).items.length, 0);
  });

  test('each row names its grid’s workers; byWorker counts rows per worker, unstaffed grids under 未分配', async () => {
    const staffed = await workersOf(place.grid);
    assert.ok(staffed.length >= 2, 'the demo grid has several grid workers');
    const mine = await schedule('gridworker');
    assert.deepEqual(mine.items[0]!.workers.map((w) => w.id).sort(), staffed);
    assert.deepEqual(mine.byWorker.map((c) => c.id).sort(), staffed);
    for (const c of mine.byWorker) assert.deepEqual([c.overdue, c.due, c.total], [1, 0, 2], c.name);

    const me = (await one<{ id: string }>(
      t.handle.db,
      sql`SELECT id FROM app_user WHERE username = 'gridworker'`,
    ))!;
    const worker = await schedule('community', `?worker=${me.id}`);
    assert.deepEqual(brief(worker.items), [
      'A:elderly_alone:overdue',
      'B:disabled:ok',
      'B:released_prisoner:ok',
    ]);

    await t.handle.db.execute(
      sql`DELETE FROM role_assignment ra USING grid g
           WHERE ra.role = 'gridWorker' AND ra.scope_path = g.path AND g.code = ${place.otherGrid}`,
    );
    const community = await schedule('community');
    const unassigned = community.byWorker.find((c) => c.id === null);
    assert.deepEqual(unassigned, { id: null, name: '未分配', overdue: 1, due: 0, total: 1 });
    assert.equal(community.byWorker.at(-1)?.id, null, 'the unassigned come last');
    assert.deepEqual(community.items[0]!.workers, []);
    for (const id of staffed) {
      const c = community.byWorker.find((x) => x.id === id)!;
      assert.deepEqual([c.overdue, c.due, c.total], [1, 0, 3]);
    }
  });

  test('a new visit puts the person back on schedule', async () => {
    const res = await as('gridworker', 'POST', `/api/registry/people/${ids.a}/visits`, {
      visitedOn: '2026-11-28',
      tagCodes: ['elderly_alone'],
      findings: '送去冬季取暖补贴申请表',
    });
    assert.equal(res.statusCode, 201, res.body);
    const after = await schedule('gridworker');
    const a = after.items.find((r) => r.personId === ids.a)!;
    assert.deepEqual([a.state, a.lastVisit, a.dueOn, a.overdueDays], ['ok', '2026-11-28', '2026-12-05', 0]);
    assert.deepEqual((await schedule('gridworker', '?state=overdue')).items, []);
  });

  test('bad queries and callers without the registry', async () => {
    for (const q of ['?state=late', '?worker=x', '?grid=123', '?division=37', '?other=1']) {
      const res = await as('gridworker', 'GET', `/api/registry/visits/schedule${q}`);
      assert.equal(res.statusCode, 400, q);
      assert.equal(res.json().code, 'VALIDATION_FAILED');
    }
    assert.equal((await as('dept', 'GET', '/api/registry/visits/schedule')).statusCode, 403);
    // Outside the worker's grid nothing is listed, filter or not.
    assert.deepEqual((await schedule('gridworker', `?grid=${place.otherGrid}`)).items, []);
  });
});
