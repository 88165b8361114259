import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { one } from '@wangge/db';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { importDir } from '../src/modules/registry/import/import-jobs.ts';
import { failInterruptedImports } from '../src/modules/registry/index.ts';
import { createTestApp, type Session, type TestApp } from './harness.ts';
import { importFileAs, readReport as readJobReport, uploadImport, workbookOf } from './import-helpers.ts';
import { countRows, gridsOf, idCard, tableText } from './registry-helpers.ts';

let t: TestApp;
let community: Session;
let worker: Session;
let admin: Session;
let place: Awaited<ReturnType<typeof gridsOf>>;
let otherCommunityBuilding: string;
/** The mixed file as uploaded twice (exceljs stamps a creation time: built once, it is the same bytes). */
let mixedFile: Buffer;

before(async () => {
  t = await createTestApp();
  community = await t.sessionFor('community');
  worker = await t.sessionFor('gridworker');
  admin = await t.sessionFor('admin');
  place = await gridsOf(t, 'gridworker');
  otherCommunityBuilding = (await one<{ code: string }>(
    t.handle.db,
    sql`SELECT b.code FROM building b JOIN grid g ON g.id = b.grid_id WHERE g.community_code <> ${place.community} ORDER BY b.code LIMIT 1`,
  ))!.code;
});
after(() => t.close());

const HEADERS = [
  '姓名*',
  '证件号码*',
  '居住类型*',
  '联系电话',
  '政治面貌',
  '流入原因',
  '楼栋',
  '单元',
  '房间号',
  '户号',
  '与户主关系',
];
const A = idCard('370102', '19500101', '011');
const B = idCard('370102', '19520202', '022');
const C = idCard('370103', '19900303', '033');
const goodRows = () => [
  ['张建国', A, '户籍人口', '13905311111', '中共党员', '', place.building, '1', '101', 'H1', '户主'],
  ['李桂兰', B, '户籍人口', '', '群众', '', place.building, '1', '101', 'H1', '配偶'],
  ['赵志强', C, '流动人口', '0531-86011111', '', '务工', place.building, '2', '202', '', ''],
];
const badRows = () => [
  ['钱错号', `${A.slice(0, 16)}99`, '户籍人口', '', '', '', place.building, '1', '102', '', ''],
  [
    '孙别处',
    idCard('370102', '19600606', '066'),
    '户籍人口',
    '',
    '',
    '',
    otherCommunityBuilding,
    '1',
    '101',
    '',
    '',
  ],
  ['张重复', A, '户籍人口', '', '', '', place.building, '1', '101', '', ''],
  ['周无址', idCard('370102', '19610707', '077'), '流动人口', '', '', '', '', '', '', '', ''],
];

const workbook = (rows: string[][], headers = HEADERS) => workbookOf(headers, rows, '实有人口');
const startImport = (as: Session, file: Buffer, mode: string, name = 'people.xlsx') =>
  uploadImport(t, as, file, { entity: 'people', mode, name });
const importFile = (as: Session, file: Buffer, mode: string, name?: string) =>
  importFileAs(t, as, file, { entity: 'people', mode, ...(name ? { name } : {}) });
const readReport = (as: Session, id: string) => readJobReport(t, as, id);

describe('people import', () => {
  test('the template has every column, required ones marked, and drop-downs', async () => {
    const res = await t.request('GET', '/api/registry/imports/template?entity=people', { as: community });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-disposition']), /people-template\.xlsx/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const headers = (wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1).map(String);
    assert.ok(headers.some((h) => h.startsWith('姓名')));
    assert.ok(headers.some((h) => h.startsWith('证件号码')));
    assert.ok(headers.includes('楼栋'));
    assert.equal(
      (await t.request('GET', '/api/registry/imports/template?entity=people', { as: worker })).statusCode,
      403,
    );
  });

  test('all or nothing: a file with bad rows writes nothing and reports every problem by row and column', async () => {
    const before = await countRows(t, 'person');
    mixedFile = await workbook([...goodRows(), ...badRows()]);
    const job = await importFile(community, mixedFile, 'all_or_nothing');
    assert.equal(job.status, 'rejected');
    assert.equal(job.rowsRead, 7);
    assert.equal(job.failed, 4);
    assert.equal(job.inserted, 0);
    assert.equal(job.hasErrorReport, true);
    assert.equal(await countRows(t, 'person'), before);
    assert.equal(await countRows(t, 'room'), 0, 'rooms made for the rolled-back rows are gone too');
    const report = await readReport(community, job.id);
    assert.deepEqual(report[0], ['行号', '列', '值', '原因']);
    const byRow = new Map(report.slice(1).map((r) => [r[0], r]));
    assert.equal(byRow.get('5')![1], '证件号码');
    assert.match(byRow.get('5')![3]!, /校验位|格式/);
    assert.doesNotMatch(byRow.get('5')![2]!, new RegExp(A.slice(0, 10)), 'numbers are masked in the report');
    assert.equal(byRow.get('6')![1], '楼栋');
    assert.match(byRow.get('7')![3]!, /第 2 行/);
    assert.match(byRow.get('8')![3]!, /流入原因|楼栋/);
  });

  test('valid rows only: the good rows land (households, heads, rooms), the bad ones are reported', async () => {
    t.clock.advance(60_000);
    const job = await importFile(community, mixedFile, 'valid_only');
    assert.equal(job.status, 'done', job.message);
    assert.deepEqual([job.inserted, job.updated, job.unchanged, job.failed], [3, 0, 0, 4]);
    const zhang = (await t.request('GET', `/api/registry/people?q=${A}`, { as: worker })).json().items[0];
    assert.equal(zhang.name, '张建国');
    assert.equal(zhang.partyMember, true);
    assert.match(zhang.address, /1单元101室/);
    const detail = (await t.request('GET', `/api/registry/people/${zhang.id}`, { as: worker })).json();
    assert.ok(detail.householdId);
    const head = await one<{ head: string; members: number }>(
      t.handle.db,
      sql`SELECT head_person_id AS head, (SELECT count(*)::int FROM person WHERE household_id = h.id) AS members
            FROM household h WHERE id = ${detail.householdId}`,
    );
    assert.deepEqual(head, { head: zhang.id, members: 2 });
    const history = (
      await t.request('GET', `/api/registry/people/${zhang.id}/history`, { as: worker })
    ).json().items;
    assert.equal(history[0].action, 'person.import');
    const text = `${await tableText(t, 'person')}${await tableText(t, 'audit_log')}`;
    for (const n of [A, B, C, '13905311111', '86011111']) assert.doesNotMatch(text, new RegExp(n));
  });

  test('the same file again changes nothing and says it was imported before', async () => {
    const auditsBefore = await countRows(t, 'audit_log');
    const versions = await one<{ sum: number }>(
      t.handle.db,
      sql`SELECT sum(version)::int AS sum FROM person`,
    );
    t.clock.advance(60_000);
    const job = await importFile(community, mixedFile, 'valid_only');
    assert.deepEqual([job.inserted, job.updated, job.unchanged, job.failed], [0, 0, 3, 4]);
    assert.ok(job.sameFileImportedAt);
    assert.deepEqual(
      await one<{ sum: number }>(t.handle.db, sql`SELECT sum(version)::int AS sum FROM person`),
      versions,
    );
    // Only the import job's own audit row is new.
    assert.equal(await countRows(t, 'audit_log'), auditsBefore + 1);
  });

  test('a changed row updates only that person, and only the columns the file has', async () => {
    const zhang = (await t.request('GET', `/api/registry/people?q=${A}`, { as: worker })).json().items[0];
    await t.request('PUT', `/api/registry/people/${zhang.id}`, {
      as: worker,
      body: {
        ...(await personBody(zhang.id)),
        occupation: '退休工人',
      },
    });
    const rows = goodRows();
    rows[0]![3] = '13905312222';
    const job = await importFile(community, await workbook(rows), 'all_or_nothing');
    assert.deepEqual(
      [job.status, job.inserted, job.updated, job.unchanged, job.failed],
      ['done', 0, 1, 2, 0],
    );
    const detail = (await t.request('GET', `/api/registry/people/${zhang.id}`, { as: worker })).json();
    assert.equal(detail.phoneMasked, '139****2222');
    assert.equal(detail.occupation, '退休工人', 'a column the file lacks is left alone');
  });

  test('a person registered outside the importer’s territory is refused, not moved', async () => {
    // Move one person (by SQL) into another community, then import them from community 1.
    const elsewhere = await one<{ id: string; path: string }>(
      t.handle.db,
      sql`SELECT id, path::text AS path FROM grid WHERE community_code <> ${place.community} LIMIT 1`,
    );
    await t.handle.db.execute(
      sql`UPDATE person SET grid_id = ${elsewhere!.id}, path = ${elsewhere!.path}::ltree, room_id = NULL, household_id = NULL
           WHERE name = '赵志强'`,
    );
    const job = await importFile(community, await workbook([goodRows()[2]!]), 'valid_only');
    assert.deepEqual([job.updated, job.failed], [0, 1]);
    const report = await readReport(community, job.id);
    assert.match(report[1]![3]!, /辖区以外/);
  });

  test('CSV in UTF-8 with the English headers imports the same way', async () => {
    const D = idCard('370102', '19700808', '088');
    const csv = `\uFEFFName,ID number,Residency type,Grid code\n"吴 海燕",${D},registered,${place.grid}\n`;
    const job = await importFile(community, Buffer.from(csv), 'valid_only', 'people.csv');
    assert.deepEqual([job.status, job.inserted, job.failed], ['done', 1, 0]);
  });

  test('bad uploads: no file, wrong type, a corrupt workbook, missing columns; grid workers may not import', async () => {
    const wrongType = await startImport(community, Buffer.from('x'), 'valid_only', 'people.txt');
    assert.equal(wrongType.json().code, 'REGISTRY_IMPORT_FILE_TYPE');
    const badMode = await startImport(community, Buffer.from('x'), 'sometimes', 'people.xlsx');
    assert.equal(badMode.statusCode, 400);
    const json = await t.request('POST', '/api/registry/imports?entity=people&mode=valid_only', {
      as: community,
      body: {},
    });
    assert.equal(json.statusCode, 400);
    const corrupt = await importFile(community, Buffer.from('PK\u0003\u0004 not really a zip'), 'valid_only');
    assert.equal(corrupt.status, 'rejected');
    assert.match(corrupt.message, /无法读取/);
    const noColumns = await importFile(community, await workbook([['x']], ['姓名']), 'valid_only');
    assert.equal(noColumns.status, 'rejected');
    assert.match(noColumns.message, /证件号码/);
    const forbidden = await startImport(worker, await workbook(goodRows()), 'valid_only');
    assert.equal(forbidden.statusCode, 403);
    assert.equal(forbidden.json().code, 'REGISTRY_IMPORT_FORBIDDEN');
    const jobs = (await t.request('GET', '/api/registry/imports', { as: community })).json().items;
    assert.ok(jobs.length >= 7);
    assert.equal(
      (await t.request('GET', `/api/registry/imports/${jobs[0].id}`, { as: worker })).statusCode,
      404,
    );
  });
});

describe('people export', () => {
  test('offices export their territory with masked numbers; it is audited and in the access report', async () => {
    const res = await t.request('GET', `/api/registry/people/export.xlsx?grid=${place.grid}`, {
      as: community,
    });
    assert.equal(res.statusCode, 200, res.body);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    assert.equal(ws.rowCount, 1 + 3);
    const text = JSON.stringify(ws.getSheetValues());
    assert.doesNotMatch(text, new RegExp(`${A}|${B}|13905312222`));
    assert.match(text, /370102\*{8}/);
    const report = (await t.request('GET', '/api/registry/access-report', { as: admin })).json();
    const exp = report.items.find((i: { action: string }) => i.action === 'registry.export');
    assert.equal(exp.rows, 3);
    assert.equal(
      (await t.request('GET', '/api/registry/people/export.xlsx', { as: worker })).statusCode,
      403,
    );
  });
});

async function personBody(id: string) {
  const p = (await t.request('GET', `/api/registry/people/${id}`, { as: worker })).json();
  const reveal = await t.request('POST', `/api/registry/people/${id}/reveal`, {
    as: worker,
    body: { field: 'idNumber', reason: '测试取回号码' },
  });
  return {
    name: p.name,
    idNumber: reveal.json().value,
    residencyType: p.residencyType,
    politicalStatus: p.politicalStatus,
    room: { buildingCode: p.address.buildingCode, unitNo: p.address.unitNo, roomNo: p.address.roomNo },
    householdId: p.householdId,
    relationToHead: p.relationToHead,
    version: p.version,
  };
}

describe('imports cut off by a stop', () => {
  test('a starting server marks queued and running imports failed and deletes their uploads', async () => {
    const source = (await one<{ id: string }>(
      t.handle.db,
      sql`SELECT j.id FROM import_job j JOIN app_user u ON u.id = j.created_by
           WHERE u.username = 'community' AND j.status = 'done' ORDER BY j.created_at LIMIT 1`,
    ))!;
    const dir = importDir(t.deps);
    mkdirSync(dir, { recursive: true });
    const cutOff = { queued: randomUUID(), running: randomUUID() };
    for (const [status, id] of Object.entries(cutOff)) {
      await t.handle.db.execute(
        sql`INSERT INTO import_job (id, entity, mode, status, format, file_name, file_sha256, file_bytes, scope_path,
                                    district_code, created_by, created_by_name, created_at)
            SELECT ${id}, entity, mode, ${status}, 'csv', file_name, file_sha256, file_bytes, scope_path,
                   district_code, created_by, created_by_name, created_at
              FROM import_job WHERE id = ${source.id}`,
      );
      writeFileSync(join(dir, `${id}.csv`), '姓名\n');
    }

    assert.equal(await failInterruptedImports(t.deps), 2);
    for (const id of Object.values(cutOff)) {
      const job = (await t.request('GET', `/api/registry/imports/${id}`, { as: community })).json();
      assert.equal(job.status, 'failed');
      assert.match(job.message, /服务重启/);
      assert.ok(job.finishedAt);
      assert.equal(existsSync(join(dir, `${id}.csv`)), false, 'the upload is deleted');
    }
    const finished = (await t.request('GET', `/api/registry/imports/${source.id}`, { as: community })).json();
    assert.equal(finished.status, 'done', 'finished jobs are left as they are');
    assert.equal(await failInterruptedImports(t.deps), 0, 'a second start finds nothing');
  });
});
