import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { one, rows } from '@wangge/db';
import { usccCheckChar } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { AppError } from '../src/http/errors.ts';
import { loadScope } from '../src/modules/auth/index.ts';
import { exportList, MAX_EXPORT } from '../src/modules/registry/export/export-list.ts';
import { createTestApp, type Session, type TestApp } from './harness.ts';
import { gridsOf, idCard } from './registry-helpers.ts';

let t: TestApp;
let community: Session;
let worker: Session;
let admin: Session;
let place: Awaited<ReturnType<typeof gridsOf>>;
/** Community staff of another community, with a grid and a building of theirs. */
let elsewhere: { session: Session; grid: string; building: string };

const uscc = (serial: string) => {
  const first17 = `91370102${serial}`;
  return first17 + usccCheckChar(first17);
};
const LEGAL_ID = idCard('370102', '19700101', '135');
const LEGAL_ID_2 = idCard('370102', '19710202', '246');
const ORG_PHONE = '053186012345';
const OWNER_PHONE = '13905310009';
const RESIDENT_ID = idCard('370102', '19800505', '357');
const RESIDENT_PHONE = '13905317777';

/** A number in the clear, in any of the forms it was entered in. */
const plain = new RegExp(
  [
    LEGAL_ID,
    LEGAL_ID_2,
    ORG_PHONE,
    '86012345',
    OWNER_PHONE,
    '1390531-?0009',
    RESIDENT_ID,
    RESIDENT_PHONE,
  ].join('|'),
);

const get = (url: string, as?: Session, headers: Record<string, string> = {}) =>
  t.request('GET', url, { ...(as ? { as } : {}), headers });

async function post(url: string, as: Session, body: unknown) {
  const res = await t.request('POST', url, { as, body });
  assert.ok(res.statusCode < 300, `${url} ${res.body}`);
  return res.json();
}

/** The first sheet of a downloaded workbook: its name, headers and rows (cells as text). */
async function sheetOf(res: LightMyRequestResponse) {
  assert.equal(res.statusCode, 200, res.body);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const all: string[][] = [];
  ws.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    all.push(Array.from({ length: ws.columnCount }, (_, i) => String(values[i] ?? '')));
  });
  const [headers, ...body] = all;
  return { name: ws.name, headers: headers!, rows: body, text: JSON.stringify(all) };
}

/** Rows as look-ups of a cell by its column's header. */
const byHeader = (sheet: { headers: string[]; rows: string[][] }) =>
  sheet.rows.map((r) => (header: string) => {
    const i = sheet.headers.indexOf(header);
    assert.ok(i >= 0, `no column ${header}`);
    return r[i]!;
  });

/** The export audit rows written since `since` (an audit id), oldest first. */
const exportAudits = (since: number) =>
  rows<{ id: number; entity_type: string; district_code: string; after: Record<string, unknown> }>(
    t.handle.db,
    sql`SELECT id, entity_type, district_code, after FROM audit_log
         WHERE action = 'registry.export' AND id > ${since} ORDER BY id`,
  );
const lastAuditId = async () =>
  (await one<{ id: number }>(t.handle.db, sql`SELECT coalesce(max(id), 0)::int AS id FROM audit_log`))!.id;

/** Every caller without the import/export right is refused, before anything is counted or audited. */
async function refusedWithoutBulkRights(url: string) {
  const since = await lastAuditId();
  for (const username of ['gridworker', 'gridleader', 'leader', 'dept']) {
    const res = await get(url, await t.sessionFor(username));
    assert.equal(res.statusCode, 403, `${username} ${res.body}`);
    assert.equal(res.json().code, 'REGISTRY_EXPORT_FORBIDDEN');
  }
  assert.equal((await get(url)).statusCode, 401);
  assert.deepEqual(await exportAudits(since), []);
}

async function badQueries(urls: string[]) {
  for (const url of urls) {
    const res = await get(url, community);
    assert.equal(res.statusCode, 400, url);
    assert.equal(res.json().code, 'VALIDATION_FAILED', url);
  }
}

before(async () => {
  t = await createTestApp();
  community = await t.sessionFor('community');
  worker = await t.sessionFor('gridworker');
  admin = await t.sessionFor('admin');
  place = await gridsOf(t, 'gridworker');
  const other = await one<{ username: string; grid: string; building: string }>(
    t.handle.db,
    sql`SELECT u.username, g.code AS grid, b.code AS building
          FROM role_assignment ra JOIN app_user u ON u.id = ra.user_id
          JOIN grid g ON g.path <@ ra.scope_path JOIN building b ON b.grid_id = g.id
         WHERE ra.role = 'communityStaff' AND g.community_code <> ${place.community}
         ORDER BY g.code, b.code, u.username LIMIT 1`,
  );
  elsewhere = { session: await t.sessionFor(other!.username), grid: other!.grid, building: other!.building };
});
after(() => t.close());

describe('organisations export', () => {
  before(async () => {
    const org = (over: Record<string, unknown>) => ({
      kind: 'company',
      legalRepName: '孙志强',
      legalRepIdNumber: LEGAL_ID,
      contactName: '孙丽娟',
      contactPhone: '(0531) 8601 2345',
      address: '甸柳新村三区底商12号',
      employees: 12,
      hasPartyOrg: true,
      partyMembers: 3,
      ...over,
    });
    await post('/api/registry/organisations', worker, {
      ...org({ name: '甸柳便民超市有限公司', uscc: uscc('MA3C4N5K1') }),
      buildingCode: place.building,
    });
    await post('/api/registry/organisations', community, {
      ...org({
        name: '甸柳社区卫生服务站',
        kind: 'public',
        legalRepIdNumber: LEGAL_ID_2,
        hasPartyOrg: false,
      }),
      uscc: null,
      employees: null,
      partyMembers: null,
      gridCode: place.otherGrid,
    });
    await post('/api/registry/organisations', admin, {
      ...org({ name: '别处社区物业公司', kind: 'property', uscc: uscc('MA3C4N5K2') }),
      gridCode: elsewhere.grid,
    });
  });

  test('the community’s organisations, labels for codes, numbers as masks under headers of their own', async () => {
    const sheet = await sheetOf(await get('/api/registry/organisations/export.xlsx', community));
    assert.equal(sheet.name, '单位组织');
    assert.deepEqual(sheet.headers, [
      '单位名称',
      '单位类型',
      '统一社会信用代码',
      '法定代表人',
      '法定代表人证件号码（脱敏）',
      '联系人',
      '联系电话（脱敏）',
      '地址',
      '从业人数',
      '有无党组织',
      '党员人数',
      '网格编码',
      '网格',
      '楼栋',
    ]);
    const items = byHeader(sheet);
    assert.deepEqual(items.map((o) => o('单位名称')).sort(), ['甸柳便民超市有限公司', '甸柳社区卫生服务站']);
    const shop = items.find((o) => o('单位名称') === '甸柳便民超市有限公司')!;
    assert.equal(shop('单位类型'), '企业');
    assert.equal(shop('统一社会信用代码'), uscc('MA3C4N5K1'));
    assert.equal(shop('法定代表人证件号码（脱敏）'), `370102********${LEGAL_ID.slice(-4)}`);
    assert.equal(shop('联系电话（脱敏）'), '0531-****2345');
    assert.equal(shop('从业人数'), '12');
    assert.equal(shop('有无党组织'), '是');
    assert.equal(shop('网格编码'), place.grid);
    assert.equal(shop('楼栋'), place.building);
    const centre = items.find((o) => o('单位名称') === '甸柳社区卫生服务站')!;
    assert.equal(centre('单位类型'), '机关事业单位');
    assert.equal(centre('有无党组织'), '否');
    assert.equal(centre('统一社会信用代码'), '');
    assert.equal(centre('楼栋'), '');
    assert.doesNotMatch(sheet.text, plain);
    assert.doesNotMatch(sheet.text, /别处社区物业公司/);
  });

  test('the list’s filters apply; in English the headers and labels are English', async () => {
    const inGrid = await sheetOf(
      await get(`/api/registry/organisations/export.xlsx?grid=${place.otherGrid}`, community),
    );
    assert.deepEqual(
      inGrid.rows.map((r) => r[0]),
      ['甸柳社区卫生服务站'],
    );
    const partyOrg = await sheetOf(
      await get('/api/registry/organisations/export.xlsx?hasPartyOrg=true', community),
    );
    assert.deepEqual(
      partyOrg.rows.map((r) => r[0]),
      ['甸柳便民超市有限公司'],
    );
    const search = await sheetOf(
      await get(
        `/api/registry/organisations/export.xlsx?q=${encodeURIComponent('卫生')}&kind=public`,
        community,
      ),
    );
    assert.equal(search.rows.length, 1);
    const en = await sheetOf(
      await get(`/api/registry/organisations/export.xlsx?grid=${place.grid}`, community, {
        'accept-language': 'en',
      }),
    );
    assert.equal(en.name, 'Organisations');
    assert.equal(en.headers[4], 'Legal representative ID number (masked)');
    assert.equal(byHeader(en)[0]!('Kind'), 'Company');
    assert.equal(byHeader(en)[0]!('Party organisation'), 'Yes');
  });

  test('another community’s staff get theirs only; the district’s administrator all', async () => {
    const theirs = await sheetOf(await get('/api/registry/organisations/export.xlsx', elsewhere.session));
    assert.deepEqual(
      theirs.rows.map((r) => r[0]),
      ['别处社区物业公司'],
    );
    assert.doesNotMatch(theirs.text, /便民超市|卫生服务站/);
    const all = await sheetOf(await get('/api/registry/organisations/export.xlsx', admin));
    assert.equal(all.rows.length, 3);
    assert.doesNotMatch(all.text, plain);
  });

  test('audited before streaming: entity, rows and filters', async () => {
    const since = await lastAuditId();
    await sheetOf(
      await get(
        `/api/registry/organisations/export.xlsx?grid=${place.grid}&q=${encodeURIComponent('超市')}`,
        community,
      ),
    );
    const [audit, ...more] = await exportAudits(since);
    assert.equal(more.length, 0);
    assert.equal(audit!.entity_type, 'organisation');
    assert.equal(audit!.district_code, '370102');
    assert.equal(audit!.after.rows, 1);
    assert.deepEqual(audit!.after.filters, { grid: place.grid, q: '超市' });
    const report = (await get('/api/registry/access-report', admin)).json();
    const entry = report.items.find((i: { action: string }) => i.action === 'registry.export');
    assert.equal(entry.subjectType, 'organisation');
    assert.equal(entry.rows, 1);
  });

  test('refused without the right, and for a bad query', async () => {
    await refusedWithoutBulkRights('/api/registry/organisations/export.xlsx');
    await badQueries([
      '/api/registry/organisations/export.xlsx?grid=123',
      '/api/registry/organisations/export.xlsx?page=1',
      '/api/registry/organisations/export.xlsx?hasPartyOrg=maybe',
      '/api/registry/organisations/export.xlsx?color=red',
    ]);
  });

  test('the route is not taken for an organisation id', async () => {
    const res = await get('/api/registry/organisations/export.xlsx', community);
    assert.equal(
      res.headers['content-type'],
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    assert.match(String(res.headers['content-disposition']), /organisations\.xlsx/);
  });
});

describe('rooms export', () => {
  before(async () => {
    const room = (over: Record<string, unknown>) =>
      post('/api/registry/rooms', worker, {
        buildingCode: place.building,
        unitNo: 1,
        use: 'residential',
        ...over,
      });
    const r302 = await room({
      roomNo: '302',
      areaM2: 86.5,
      rentalStatus: 'rented',
      ownerName: '李桂兰',
      ownerPhone: '139-0531-0009',
      note: '二楼半有储藏室',
    });
    const resident = await post('/api/registry/people', worker, {
      name: '周凤英',
      idNumber: RESIDENT_ID,
      phone: RESIDENT_PHONE,
      residencyType: 'registered',
      room: { buildingCode: place.building, unitNo: 1, roomNo: '302' },
    });
    await post('/api/registry/people', worker, {
      name: '周小军',
      idNumber: idCard('370102', '20100101', '013'),
      residencyType: 'registered',
      room: { buildingCode: place.building, unitNo: 1, roomNo: '302' },
    });
    await post('/api/registry/households', worker, { roomId: r302.id, householdNo: 'H302' });
    await room({ roomNo: '1502', use: 'commercial', rentalStatus: 'owner', ownerPersonId: resident.id });
    await room({ roomNo: '101' });
    await post('/api/registry/rooms', community, {
      buildingCode: place.otherBuilding,
      unitNo: 1,
      roomNo: '201',
    });
    await post('/api/registry/rooms', admin, { buildingCode: elsewhere.building, unitNo: 1, roomNo: '501' });
  });

  test('the rooms of a building in order, with labels, owner, counts, and the phone masked', async () => {
    const sheet = await sheetOf(
      await get(`/api/registry/rooms/export.xlsx?buildingCode=${place.building}`, community),
    );
    assert.equal(sheet.name, '实有房屋');
    assert.deepEqual(sheet.headers, [
      '楼栋',
      '楼栋名称',
      '单元',
      '房间号',
      '楼层',
      '房屋用途',
      '建筑面积',
      '出租情况',
      '房主姓名',
      '房主电话（脱敏）',
      '户数',
      '居住人数',
      '网格编码',
      '备注',
    ]);
    const items = byHeader(sheet);
    assert.deepEqual(
      items.map((r) => r('房间号')),
      ['101', '302', '1502'],
    );
    const r302 = items[1]!;
    assert.equal(r302('楼栋'), place.building);
    assert.ok(r302('楼栋名称'));
    assert.equal(r302('单元'), '1');
    assert.equal(r302('楼层'), '3');
    assert.equal(r302('房屋用途'), '住宅');
    assert.equal(r302('建筑面积'), '86.5');
    assert.equal(r302('出租情况'), '出租');
    assert.equal(r302('房主姓名'), '李桂兰');
    assert.equal(r302('房主电话（脱敏）'), '139****0009');
    assert.equal(r302('户数'), '1');
    assert.equal(r302('居住人数'), '2');
    assert.equal(r302('网格编码'), place.grid);
    assert.equal(r302('备注'), '二楼半有储藏室');
    const r1502 = items[2]!;
    assert.equal(r1502('房屋用途'), '商业');
    assert.equal(r1502('出租情况'), '自住');
    assert.equal(r1502('房主姓名'), '周凤英', 'the owner from the registry');
    assert.equal(r1502('房主电话（脱敏）'), '');
    assert.equal(r1502('户数'), '0');
    assert.doesNotMatch(sheet.text, plain);
  });

  test('by grid; the community’s rooms without a filter; another community’s staff see none of them', async () => {
    const otherGrid = await sheetOf(
      await get(`/api/registry/rooms/export.xlsx?gridCode=${place.otherGrid}`, community),
    );
    assert.deepEqual(
      otherGrid.rows.map((r) => `${r[0]}/${r[3]}`),
      [`${place.otherBuilding}/201`],
    );
    const all = await sheetOf(await get('/api/registry/rooms/export.xlsx', community));
    assert.equal(all.rows.length, 4);
    assert.doesNotMatch(all.text, new RegExp(elsewhere.building));
    const theirs = await sheetOf(await get('/api/registry/rooms/export.xlsx', elsewhere.session));
    assert.deepEqual(
      theirs.rows.map((r) => `${r[0]}/${r[3]}`),
      [`${elsewhere.building}/501`],
    );
    const ours = await sheetOf(
      await get(`/api/registry/rooms/export.xlsx?buildingCode=${place.building}`, elsewhere.session),
    );
    assert.equal(ours.rows.length, 0);
  });

  test('a deleted room is left out', async () => {
    await t.handle.db.execute(
      sql`UPDATE room SET deleted_at = now() WHERE room_no = '201' AND building_id = (SELECT id FROM building WHERE code = ${place.otherBuilding})`,
    );
    const sheet = await sheetOf(
      await get(`/api/registry/rooms/export.xlsx?gridCode=${place.otherGrid}`, community),
    );
    assert.equal(sheet.rows.length, 0);
  });

  test('audited with entity, rows and filters; refused without the right or with a bad query', async () => {
    const since = await lastAuditId();
    await sheetOf(await get(`/api/registry/rooms/export.xlsx?buildingCode=${place.building}`, community));
    const audits = await exportAudits(since);
    assert.equal(audits.length, 1);
    assert.equal(audits[0]!.entity_type, 'room');
    assert.equal(audits[0]!.after.rows, 3);
    assert.deepEqual(audits[0]!.after.filters, { buildingCode: place.building });
    await refusedWithoutBulkRights('/api/registry/rooms/export.xlsx');
    await badQueries([
      '/api/registry/rooms/export.xlsx?buildingCode=12345',
      `/api/registry/rooms/export.xlsx?gridCode=${place.grid}x`,
      `/api/registry/rooms/export.xlsx?grid=${place.grid}`,
    ]);
  });
});

describe('visit schedule export', () => {
  const ids = { a: '', b: '', c: '' };
  before(async () => {
    const person = async (as: Session, name: string, id: string, gridCode: string) =>
      (await post('/api/registry/people', as, { name, idNumber: id, residencyType: 'registered', gridCode }))
        .id;
    ids.a = await person(worker, '王秀英', idCard('370102', '19400312', '122'), place.grid);
    ids.b = await person(community, '李建国', idCard('370102', '19650601', '131'), place.otherGrid);
    ids.c = await person(admin, '张别处', idCard('370102', '19380101', '142'), elsewhere.grid);
    await post(`/api/registry/people/${ids.a}/tags`, worker, {
      code: 'elderly_alone',
      taggedOn: '2026-11-01',
    });
    await post(`/api/registry/people/${ids.a}/visits`, worker, {
      visitedOn: '2026-11-10',
      tagCodes: ['elderly_alone'],
      findings: '身体状况良好',
    });
    await post(`/api/registry/people/${ids.b}/tags`, community, { code: 'disabled', taggedOn: '2026-11-15' });
    await post(`/api/registry/people/${ids.b}/tags`, community, {
      code: 'released_prisoner',
      taggedOn: '2026-11-01',
    });
    await post(`/api/registry/people/${ids.c}/tags`, admin, {
      code: 'elderly_alone',
      taggedOn: '2026-11-01',
    });
  });

  test('one row per person and care group, in the page’s order, with the grid’s workers', async () => {
    const sheet = await sheetOf(await get('/api/registry/visits/schedule/export.xlsx', community));
    assert.equal(sheet.name, '走访计划');
    assert.deepEqual(sheet.headers, [
      '网格员',
      '姓名',
      '网格',
      '关爱类别',
      '上次走访',
      '应访日期',
      '逾期天数',
      '状态',
    ]);
    const items = byHeader(sheet);
    assert.deepEqual(
      items.map((r) => `${r('姓名')}:${r('关爱类别')}:${r('状态')}`),
      ['王秀英:独居老人:逾期', '李建国:残疾人:正常', '李建国:刑满释放人员:正常'],
    );
    const a = items[0]!;
    assert.equal(a('上次走访'), '2026-11-10');
    assert.equal(a('应访日期'), '2026-11-17');
    assert.equal(a('逾期天数'), '3');
    const gridWorker = await one<{ display_name: string }>(
      t.handle.db,
      sql`SELECT display_name FROM app_user WHERE username = 'gridworker'`,
    );
    assert.ok(a('网格员').split('、').includes(gridWorker!.display_name), a('网格员'));
    assert.equal(items[1]!('上次走访'), '');
    // The same rows as the page shows the same caller.
    const page = (await get('/api/registry/visits/schedule', community)).json();
    assert.deepEqual(
      items.map((r) => [r('姓名'), r('应访日期'), r('逾期天数')]),
      page.items.map((i: { personName: string; dueOn: string; overdueDays: number }) => [
        i.personName,
        i.dueOn,
        String(i.overdueDays),
      ]),
    );
    assert.doesNotMatch(sheet.text, /张别处/);
  });

  test('filters by state and grid; another community’s staff see only theirs', async () => {
    const overdue = await sheetOf(
      await get('/api/registry/visits/schedule/export.xlsx?state=overdue', community),
    );
    assert.deepEqual(
      overdue.rows.map((r) => r[1]),
      ['王秀英'],
    );
    const inGrid = await sheetOf(
      await get(`/api/registry/visits/schedule/export.xlsx?grid=${place.otherGrid}`, community),
    );
    assert.deepEqual(
      inGrid.rows.map((r) => r[1]),
      ['李建国', '李建国'],
    );
    const theirs = await sheetOf(await get('/api/registry/visits/schedule/export.xlsx', elsewhere.session));
    assert.deepEqual(
      theirs.rows.map((r) => r[1]),
      ['张别处'],
    );
  });

  test('a care group the caller’s role may not see is not in their file', async () => {
    const original = (await one<{ visible_to: string[] }>(
      t.handle.db,
      sql`SELECT visible_to FROM care_tag WHERE code = 'released_prisoner'`,
    ))!.visible_to;
    const setVisibleTo = (roles: string[]) =>
      t.handle.db.execute(
        sql`UPDATE care_tag SET visible_to = ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(roles)}::jsonb))
             WHERE code = 'released_prisoner'`,
      );
    // Only administrators: the community staff and the dispatcher, who may export, may no longer see it.
    await setVisibleTo(['admin']);
    try {
      const byCommunity = await sheetOf(await get('/api/registry/visits/schedule/export.xlsx', community));
      assert.doesNotMatch(byCommunity.text, /刑满释放/);
      assert.equal(byCommunity.rows.length, 2);
      const byDispatcher = await sheetOf(
        await get('/api/registry/visits/schedule/export.xlsx', await t.sessionFor('dispatcher')),
      );
      assert.doesNotMatch(byDispatcher.text, /刑满释放/);
      const byAdmin = await sheetOf(
        await get('/api/registry/visits/schedule/export.xlsx', admin, { 'accept-language': 'en' }),
      );
      assert.equal(byAdmin.name, 'Visit schedule');
      assert.ok(byAdmin.rows.some((r) => r[3] === 'Released prisoner'));
      assert.ok(byAdmin.rows.some((r) => r[7] === 'Overdue'));
    } finally {
      await setVisibleTo(original);
    }
  });

  test('audited with entity, rows and filters; refused without the right or with a bad query', async () => {
    const since = await lastAuditId();
    await sheetOf(await get('/api/registry/visits/schedule/export.xlsx?state=overdue', community));
    const audits = await exportAudits(since);
    assert.equal(audits.length, 1);
    assert.equal(audits[0]!.entity_type, 'visit_schedule');
    assert.equal(audits[0]!.after.rows, 1);
    assert.deepEqual(audits[0]!.after.filters, { state: 'overdue' });
    await refusedWithoutBulkRights('/api/registry/visits/schedule/export.xlsx');
    await badQueries([
      '/api/registry/visits/schedule/export.xlsx?state=late',
      '/api/registry/visits/schedule/export.xlsx?worker=nobody',
      '/api/registry/visits/schedule/export.xlsx?page=2',
    ]);
  });
});

describe('the shared export', () => {
  test('more than the maximum is refused, with nothing audited or read', async () => {
    const user = await one<{ id: string; display_name: string }>(
      t.handle.db,
      sql`SELECT id, display_name FROM app_user WHERE username = 'community'`,
    );
    const actor = {
      userId: user!.id,
      name: user!.display_name,
      requestId: null,
      scope: await loadScope(t.handle.db, user!.id),
    };
    const since = await lastAuditId();
    let paged = false;
    await assert.rejects(
      exportList(t.deps, actor, 'zh-CN', () => ({
        entity: 'room',
        sheet: { zh: '实有房屋', en: 'Housing' },
        columns: [],
        filters: {},
        count: async () => MAX_EXPORT + 1,
        page: async () => {
          paged = true;
          return [];
        },
      })),
      (error: unknown) =>
        error instanceof AppError &&
        error.code === 'REGISTRY_EXPORT_TOO_LARGE' &&
        error.params?.total === MAX_EXPORT + 1,
    );
    assert.equal(paged, false);
    assert.deepEqual(await exportAudits(since), []);
  });
});
