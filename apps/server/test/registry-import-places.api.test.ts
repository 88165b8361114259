import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { one } from '@wangge/db';
import { usccCheckChar } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from './harness.ts';
import { importFileAs, readReport, sheetRows, workbookOf } from './import-helpers.ts';
import { countRows, gridsOf, idCard, tableText } from './registry-helpers.ts';

let t: TestApp;
let community: Session;
let worker: Session;
let place: Awaited<ReturnType<typeof gridsOf>>;
let buildingName: string;
let otherCommunity: { building: string; grid: string };

before(async () => {
  t = await createTestApp();
  community = await t.sessionFor('community');
  worker = await t.sessionFor('gridworker');
  place = await gridsOf(t, 'gridworker');
  buildingName = (await one<{ name: string }>(
    t.handle.db,
    sql`SELECT name FROM building WHERE code = ${place.otherBuilding}`,
  ))!.name;
  otherCommunity = (await one<{ building: string; grid: string }>(
    t.handle.db,
    sql`SELECT b.code AS building, g.code AS grid FROM building b JOIN grid g ON g.id = b.grid_id
         WHERE g.community_code <> ${place.community} ORDER BY b.code LIMIT 1`,
  ))!;
});
after(() => t.close());

const rooms = (file: Buffer, mode: string) => importFileAs(t, community, file, { entity: 'rooms', mode });
const orgs = (file: Buffer, mode: string) =>
  importFileAs(t, community, file, { entity: 'organisations', mode });
const roomOf = async (building: string, unit: number, room: string) =>
  one<Record<string, unknown>>(
    t.handle.db,
    sql`SELECT r.use, r.area_m2::text AS area, r.rental_status, r.owner_name, r.owner_phone_mask, r.note, r.version
          FROM room r JOIN building b ON b.id = r.building_id
         WHERE b.code = ${building} AND r.unit_no = ${unit} AND r.room_no = ${room}`,
  );

describe('templates', () => {
  test('rooms and organisations have their own template; grid workers may not download them', async () => {
    for (const [entity, first, ascii] of [
      ['rooms', '楼栋', 'rooms-template'],
      ['organisations', '单位名称', 'organisations-template'],
    ] as const) {
      const res = await t.request('GET', `/api/registry/imports/template?entity=${entity}`, {
        as: community,
      });
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-disposition']), new RegExp(ascii));
      assert.equal((await sheetRows(res.rawPayload))[0]![0], first);
      const forbidden = await t.request('GET', `/api/registry/imports/template?entity=${entity}`, {
        as: worker,
      });
      assert.equal(forbidden.statusCode, 403);
    }
    const unknown = await t.request('GET', '/api/registry/imports/template?entity=cars', { as: community });
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().code, 'VALIDATION_FAILED');
  });
});

describe('housing import', () => {
  const HEADERS = [
    '楼栋*',
    '单元*',
    '房间号*',
    '房屋用途',
    '建筑面积',
    '出租情况',
    '房主姓名',
    '房主电话',
    '备注',
  ];
  const good = () => [
    [place.building, '1', '101', '住宅', '89.5', '自住', '王大海', '13905315555', ''],
    [place.building, '1', '102', '', '', '出租', '', '', '租客两人'],
    [buildingName, '1', '301', '商业', '120', '空置', '', '', ''],
  ];
  const bad = () => [
    [place.building, '9', '101', '', '', '', '', '', ''],
    [place.building, '1', '103', '别墅', '约90', '', '', '12345', ''],
    [place.building, '1', '101', '', '', '', '', '', ''],
    [otherCommunity.building, '1', '101', '', '', '', '', '', ''],
    ['', '1', '101', '', '', '', '', '', ''],
  ];
  let mixed: Buffer;

  test('all or nothing: nothing is written and every problem is reported by row and column', async () => {
    mixed = await workbookOf(HEADERS, [...good(), ...bad()]);
    const job = await rooms(mixed, 'all_or_nothing');
    assert.deepEqual(
      [job.entity, job.status, job.rowsRead, job.failed, job.inserted],
      ['rooms', 'rejected', 8, 5, 0],
    );
    assert.equal(await countRows(t, 'room'), 0);
    const report = await readReport(t, community, job.id);
    const reasons = (row: string) => report.filter((r) => r[0] === row).map((r) => `${r[1]}:${r[3]}`);
    for (const r of report.slice(1)) assert.doesNotMatch(r[3]!, /^[A-Z_]+$/, 'every reason is written out');
    assert.match(reasons('5').join(), /单元:该楼栋没有这个单元/);
    assert.deepEqual(reasons('6').length, 3, reasons('6').join());
    assert.match(reasons('6').join(), /房屋用途:不是字典中的取值/);
    assert.match(reasons('6').join(), /建筑面积:数字不正确/);
    assert.match(reasons('6').join(), /房主电话:电话号码不正确/);
    assert.equal(
      report.find((r) => r[0] === '6' && r[1] === '房主电话')![2],
      '*2345',
      'phones masked in the report',
    );
    assert.match(reasons('7').join(), /第 2 行是同一房屋/);
    assert.match(reasons('8').join(), /楼栋:楼栋不存在或不在您的辖区/);
    assert.match(reasons('9').join(), /楼栋:必填/);
  });

  test('valid rows only: good rooms land with the owner’s phone encrypted, each with an audit row', async () => {
    t.clock.advance(60_000);
    const job = await rooms(mixed, 'valid_only');
    assert.deepEqual([job.status, job.inserted, job.updated, job.failed], ['done', 3, 0, 5]);
    assert.deepEqual(await roomOf(place.building, 1, '101'), {
      use: 'residential',
      area: '89.50',
      rental_status: 'owner',
      owner_name: '王大海',
      owner_phone_mask: '139****5555',
      note: null,
      version: 1,
    });
    assert.equal((await roomOf(place.building, 1, '102'))!.use, 'residential', 'a blank use is residential');
    assert.equal(
      (await roomOf(place.otherBuilding, 1, '301'))!.use,
      'commercial',
      'found by the building’s name',
    );
    assert.doesNotMatch(await tableText(t, 'room'), /13905315555/);
    assert.doesNotMatch(await tableText(t, 'audit_log'), /13905315555/);
    const audits = await one<{ n: number }>(
      t.handle.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'room.import'`,
    );
    assert.equal(audits!.n, 3);
    const view = (await t.request('GET', `/api/registry/buildings/${place.building}`, { as: worker })).json();
    assert.ok(JSON.stringify(view).includes('139****5555'));
  });

  test('the same file again changes nothing', async () => {
    const audits = await countRows(t, 'audit_log');
    t.clock.advance(60_000);
    const job = await rooms(mixed, 'valid_only');
    assert.deepEqual([job.inserted, job.updated, job.unchanged, job.failed], [0, 0, 3, 5]);
    assert.ok(job.sameFileImportedAt);
    assert.equal(await countRows(t, 'audit_log'), audits + 1, 'only the job’s own audit row');
    assert.equal((await roomOf(place.building, 1, '101'))!.version, 1);
  });

  test('a file with some columns updates only those; a room the people import made gets its details', async () => {
    // A person registered door by door makes a bare room (residential, nothing else known).
    await t.handle.db.execute(
      sql`INSERT INTO room (building_id, unit_no, room_no, grid_id, district_code, path)
          SELECT b.id, 2, '202', b.grid_id, b.district_code, b.path FROM building b WHERE b.code = ${place.building}`,
    );
    const file = await workbookOf(
      ['楼栋', '单元', '房间号', '出租情况'],
      [
        [place.building, '1', '101', '出租'],
        [place.building, '2', '202', '合租'],
      ],
    );
    const job = await rooms(file, 'all_or_nothing');
    assert.deepEqual([job.status, job.inserted, job.updated, job.failed], ['done', 0, 2, 0]);
    const r101 = (await roomOf(place.building, 1, '101'))!;
    assert.deepEqual(
      [r101.rental_status, r101.owner_name, r101.owner_phone_mask, r101.area, r101.version],
      ['rented', '王大海', '139****5555', '89.50', 2],
      'columns the file lacks are kept',
    );
    assert.equal((await roomOf(place.building, 2, '202'))!.rental_status, 'shared');
  });
  test('an exported housing list imports again changing nothing (the masked phone is not read back)', async () => {
    const res = await t.request('GET', `/api/registry/rooms/export.xlsx?buildingCode=${place.building}`, {
      as: community,
    });
    assert.equal(res.statusCode, 200);
    const job = await rooms(res.rawPayload, 'all_or_nothing');
    assert.deepEqual(
      [job.status, job.inserted, job.updated, job.unchanged, job.failed],
      ['done', 0, 0, 3, 0],
    );
    assert.equal((await roomOf(place.building, 1, '101'))!.owner_phone_mask, '139****5555');
  });
});

describe('organisations import', () => {
  const uscc = (serial: string) => {
    const first17 = `91370102${serial}`;
    return first17 + usccCheckChar(first17);
  };
  const COMPANY = uscc('MA3C4N5K2');
  const LEGAL = idCard('370102', '19700101', '135');
  const HEADERS = [
    '单位名称*',
    '单位类型*',
    '统一社会信用代码',
    '法定代表人',
    '法定代表人身份证号码',
    '联系电话',
    '从业人数',
    '有无党组织',
    '党员人数',
    '网格编码',
    '楼栋',
  ];
  const good = () => [
    ['甸柳便民超市', '企业', COMPANY, '刘强', LEGAL, '13905316666', '12', '有', '3', '', place.building],
    ['甸柳新村一区业主委员会', '业主委员会', '', '', '', '', '', '无', '', place.grid, ''],
  ];
  const bad = () => [
    [
      '错码公司',
      '企业',
      `${COMPANY.slice(0, 17)}${COMPANY[17] === '0' ? '1' : '0'}`,
      '',
      '',
      '',
      '',
      '',
      '',
      place.grid,
      '',
    ],
    ['无码公司', '企业', '', '', '', '', 'many', '', '', place.grid, ''],
    ['甸柳便民超市二店', '企业', COMPANY, '', '', '', '', '', '', place.grid, ''],
    ['无址社团', '社会组织', uscc('MA3C4N5K3'), '', '', '', '', '', '', '', ''],
    ['外区公司', '企业', uscc('MA3C4N5K4'), '', '', '', '', '', '', otherCommunity.grid, ''],
  ];
  let mixed: Buffer;

  test('all or nothing: nothing written, problems by row and column with numbers masked', async () => {
    mixed = await workbookOf(HEADERS, [...good(), ...bad()]);
    const job = await orgs(mixed, 'all_or_nothing');
    assert.deepEqual([job.entity, job.status, job.failed, job.inserted], ['organisations', 'rejected', 5, 0]);
    assert.equal(await countRows(t, 'organisation'), 0);
    const report = await readReport(t, community, job.id);
    const reasons = (row: string) =>
      report
        .filter((r) => r[0] === row)
        .map((r) => `${r[1]}:${r[3]}`)
        .join();
    for (const r of report.slice(1)) assert.doesNotMatch(r[3]!, /^[A-Z_]+$/, 'every reason is written out');
    assert.match(reasons('4'), /统一社会信用代码:.*校验位/);
    assert.match(reasons('5'), /统一社会信用代码:必填/);
    assert.match(reasons('5'), /从业人数:数字不正确/);
    assert.match(reasons('6'), /第 2 行是同一单位/);
    assert.match(reasons('7'), /楼栋:请填楼栋/);
    assert.match(reasons('8'), /网格编码:网格编码不存在或不在您的辖区/);
  });

  test('valid rows only: organisations land, numbers encrypted, history from the import', async () => {
    t.clock.advance(60_000);
    const job = await orgs(mixed, 'valid_only');
    assert.deepEqual([job.status, job.inserted, job.failed], ['done', 2, 5]);
    const list = (await t.request('GET', '/api/registry/organisations', { as: worker })).json().items;
    const shop = list.find((o: { uscc: string }) => o.uscc === COMPANY);
    assert.equal(shop.contactPhoneMasked, '139****6666');
    assert.equal(shop.legalRepIdMasked, `${LEGAL.slice(0, 6)}********${LEGAL.slice(-4)}`);
    assert.equal(shop.building.code, place.building);
    assert.deepEqual([shop.employees, shop.hasPartyOrg, shop.partyMembers], [12, true, 3]);
    const text = `${await tableText(t, 'organisation')}${await tableText(t, 'audit_log')}`;
    for (const n of [LEGAL, '13905316666']) assert.doesNotMatch(text, new RegExp(n));
    const history = (
      await t.request('GET', `/api/registry/organisations/${shop.id}/history`, { as: worker })
    ).json();
    assert.equal(history.items[0].action, 'organisation.import');
  });

  test('the same file again changes nothing', async () => {
    const audits = await countRows(t, 'audit_log');
    t.clock.advance(60_000);
    const job = await orgs(mixed, 'valid_only');
    assert.deepEqual([job.inserted, job.updated, job.unchanged], [0, 0, 2]);
    assert.equal(await countRows(t, 'audit_log'), audits + 1);
  });

  test('found by code, or by name in the grid; columns the file lacks and the building are kept', async () => {
    const file = await workbookOf(
      ['单位名称', '单位类型', '统一社会信用代码', '联系电话', '网格编码'],
      [
        ['甸柳便民超市', '企业', COMPANY, '13905317777', place.grid],
        ['甸柳新村一区业主委员会', '业主委员会', '', '0531-86012345', place.grid],
      ],
    );
    const job = await orgs(file, 'all_or_nothing');
    assert.deepEqual([job.status, job.inserted, job.updated], ['done', 0, 2]);
    const list = (await t.request('GET', '/api/registry/organisations', { as: worker })).json().items;
    const shop = list.find((o: { uscc: string }) => o.uscc === COMPANY);
    assert.equal(shop.contactPhoneMasked, '139****7777');
    assert.equal(shop.legalRepIdMasked.slice(-4), LEGAL.slice(-4), 'a number the file lacks is kept');
    assert.equal(shop.building.code, place.building, 'a row naming only the grid keeps the building');
    assert.equal(list.length, 2);
  });

  test('a credit code registered outside the territory is refused, not moved', async () => {
    const elsewhere = await one<{ id: string; path: string; district_code: string }>(
      t.handle.db,
      sql`SELECT id, path::text AS path, district_code FROM grid WHERE code = ${otherCommunity.grid}`,
    );
    const code = uscc('MA3C4N5K5');
    await t.handle.db.execute(
      sql`INSERT INTO organisation (kind, name, uscc, grid_id, district_code, path)
          VALUES ('company', '外区企业', ${code}, ${elsewhere!.id}, ${elsewhere!.district_code}, ${elsewhere!.path}::ltree)`,
    );
    const job = await orgs(
      await workbookOf(HEADERS.slice(0, 3).concat('网格编码'), [['外区企业', '企业', code, place.grid]]),
      'valid_only',
    );
    assert.deepEqual([job.updated, job.inserted, job.failed], [0, 0, 1]);
    assert.match((await readReport(t, community, job.id))[1]![3]!, /辖区以外/);
  });

  test('an exported organisation list imports again changing nothing', async () => {
    const res = await t.request('GET', '/api/registry/organisations/export.xlsx', { as: community });
    assert.equal(res.statusCode, 200);
    const job = await orgs(res.rawPayload, 'all_or_nothing');
    assert.deepEqual([job.status, job.inserted, job.updated, job.failed], ['done', 0, 0, 0], job.message);
    assert.equal(job.unchanged, 2);
  });
});
