import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNamer, DEMO_SUBDISTRICT, mulberry32, one, rows } from '@wangge/db';
import { idNumberCheckChar, usccCheckChar } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { Actor, Deps } from '../http/types.ts';
import { loadScope } from '../modules/auth/index.ts';
import { type ImportEntity, importSheet } from '../modules/registry/import/import-sheet.ts';
import { registryPolicy } from '../modules/registry/registry.policy.ts';

const DAY = 24 * 3600_000;
const SEED = 0x5eed_2026;

export interface DemoRegistryResult {
  people: number;
  tagged: number;
  organisations: number;
  seconds: number;
}

/**
 * The demo grid worker's grid, registered door by door: every planned household of its buildings with
 * its members (made-up names and GB 11643-valid numbers), through the real importer (so everything is
 * encrypted and audited as an import would be); then care groups with visits (some overdue), a few
 * organisations and 双报到 party members. Runs once, on a fresh demo database.
 */
export async function seedDemoRegistry(deps: Deps): Promise<DemoRegistryResult | null> {
  const started = performance.now();
  if (await one(deps.db, sql`SELECT 1 FROM person LIMIT 1`)) return null;
  const worker = await one<{
    id: string;
    display_name: string;
    grid_id: string;
    grid_code: string;
    path: string;
    community: string;
  }>(
    deps.db,
    sql`SELECT u.id, u.display_name, g.id AS grid_id, g.code AS grid_code, g.path::text AS path, g.community_code AS community
          FROM app_user u JOIN role_assignment ra ON ra.user_id = u.id JOIN grid g ON g.path = ra.scope_path
         WHERE u.username = 'gridworker' AND g.community_code LIKE ${`${DEMO_SUBDISTRICT.code}%`} LIMIT 1`,
  );
  const staff = await one<{ id: string; display_name: string }>(
    deps.db,
    sql`SELECT id, display_name FROM app_user WHERE username = 'community'`,
  );
  if (!worker || !staff) return null;
  const actor: Actor = {
    userId: staff.id,
    name: staff.display_name,
    requestId: null,
    scope: await loadScope(deps.db, staff.id),
  };
  const units = await rows<{ code: string; unit_no: number; households: number; floors: number }>(
    deps.db,
    sql`SELECT b.code, u.unit_no, u.households, b.floors FROM building b JOIN building_unit u ON u.building_id = b.id
         WHERE b.grid_id = ${worker.grid_id} ORDER BY b.code, u.unit_no`,
  );

  const random = mulberry32(SEED);
  const name = createNamer(random);
  const now = deps.clock.now();
  const year = now.getUTCFullYear();
  let serial = 0;
  const idNumber = (age: number, male: boolean) => {
    const birth = new Date(Date.UTC(year - age, Math.floor(random() * 12), 1 + Math.floor(random() * 28)));
    serial += 1;
    // Odd sequence digits for men, even for women (GB 11643).
    const seq = `${String(serial % 100).padStart(2, '0')}${(male ? 1 : 0) + 2 * Math.floor(random() * 5)}`;
    const first17 = `370102${birth.toISOString().slice(0, 10).replace(/-/g, '')}${seq}`;
    return first17 + idNumberCheckChar(first17);
  };
  const lines = ['姓名,证件号码,居住类型,联系电话,政治面貌,流入原因,楼栋,单元,房间号,户号,与户主关系'];
  for (const u of units) {
    const perFloor = Math.max(1, Math.ceil(u.households / u.floors));
    for (let h = 0; h < u.households; h++) {
      const room = `${1 + Math.floor(h / perFloor)}${String(1 + (h % perFloor)).padStart(2, '0')}`;
      const migrant = random() < 0.12;
      const household = `${u.code.slice(-6)}${u.unit_no}${room}`;
      const headAge = 28 + Math.floor(random() * 60);
      const members: Array<[age: number, relation: string]> = [[headAge, '户主']];
      if (random() < 0.75) members.push([headAge - 2 + Math.floor(random() * 5), '配偶']);
      if (headAge < 65 && random() < 0.6)
        members.push([Math.max(1, headAge - 26 - Math.floor(random() * 6)), random() < 0.5 ? '子' : '女']);
      for (const [age, relation] of members) {
        const male =
          relation === '子' ||
          (relation === '户主' ? random() < 0.6 : relation === '配偶' ? false : random() < 0.5);
        const phone =
          age >= 16 && random() < 0.8
            ? `1${3 + Math.floor(random() * 7)}${String(Math.floor(random() * 1e9)).padStart(9, '0')}`
            : '';
        const party = age >= 18 && random() < 0.09 ? '中共党员' : '群众';
        lines.push(
          [
            name(),
            idNumber(age, male),
            migrant ? '流动人口' : '户籍人口',
            phone,
            party,
            migrant ? '务工' : '',
            u.code,
            String(u.unit_no),
            room,
            migrant ? '' : household,
            migrant ? '' : relation,
          ].join(','),
        );
      }
    }
  }
  const outcome = await importDemoFile(deps, actor, 'people', lines);

  // Care groups: the elderly living alone visited weekly (a few overdue), and some others.
  const elderly = await rows<{ id: string }>(
    deps.db,
    sql`SELECT id FROM person WHERE grid_id = ${worker.grid_id} AND birth_date < ${`${year - 72}-01-01`}::date ORDER BY id`,
  );
  const tags: Array<{ person: string; tag: string; daysAgo: number; lastVisit: number | null }> = [];
  elderly.forEach((p, i) => {
    if (i % 6 === 0)
      tags.push({
        person: p.id,
        tag: 'elderly_alone',
        daysAgo: 120,
        lastVisit: i % 4 === 0 ? 9 + (i % 5) : 1 + (i % 5),
      });
    else if (i % 9 === 1)
      tags.push({ person: p.id, tag: 'empty_nest', daysAgo: 90, lastVisit: 5 + (i % 14) });
    else if (i % 13 === 2)
      tags.push({ person: p.id, tag: 'disabled', daysAgo: 200, lastVisit: 20 + (i % 20) });
  });
  const others = await rows<{ id: string }>(
    deps.db,
    sql`SELECT id FROM person WHERE grid_id = ${worker.grid_id} AND birth_date BETWEEN ${`${year - 60}-01-01`}::date AND ${`${year - 30}-01-01`}::date ORDER BY id LIMIT 40`,
  );
  if (others[0]) tags.push({ person: others[0].id, tag: 'subsistence', daysAgo: 300, lastVisit: 35 });
  if (others[1]) tags.push({ person: others[1].id, tag: 'released_prisoner', daysAgo: 400, lastVisit: 60 });
  const findings = [
    '身体状况良好，生活能自理',
    '血压偏高，已提醒按时服药',
    '家中燃气灶老化，已联系物业检查',
    '情绪稳定，子女每周探望',
  ];
  // Organisations of the grid, with credit codes that pass GB 32100's check.
  const orgs: Array<[kind: string, name: string, code: string | null, party: boolean]> = [
    ['property', '济南甸柳物业管理有限公司', '91370102MA3C1A0B1', true],
    ['owners_committee', '甸柳新村一区业主委员会', null, false],
    ['company', '济南市历下区甸柳便民超市有限公司', '91370102MA3D2E4F5', false],
    ['individual', '历下区老王修鞋铺', '92370102MA3G6H7J8', false],
    ['social', '甸柳社区为老服务中心', '52370102MJ0012345', true],
  ];
  await deps.db.transaction(async (tx) => {
    for (const [i, t] of tags.entries()) {
      const taggedOn = new Date(now.getTime() - t.daysAgo * DAY).toISOString().slice(0, 10);
      await tx.execute(
        sql`INSERT INTO person_tag (person_id, tag_code, tagged_on, created_by) VALUES (${t.person}, ${t.tag}, ${taggedOn}, ${staff.id})`,
      );
      if (t.lastVisit === null) continue;
      const visitedOn = new Date(now.getTime() - t.lastVisit * DAY).toISOString().slice(0, 10);
      await tx.execute(
        sql`INSERT INTO visit (person_id, tag_codes, visited_on, visitor_id, visitor_name, findings, needs_follow_up, district_code, path)
            VALUES (${t.person}, ARRAY[${t.tag}]::text[], ${visitedOn}, ${worker.id}, ${worker.display_name},
                    ${findings[i % findings.length]!}, ${i % 7 === 0}, '370102', ${worker.path}::ltree)`,
      );
    }
    // 双报到: a few of the grid's party members registered at their community.
    const community = await one<{ path: string }>(
      tx,
      sql`SELECT path::text AS path FROM division WHERE code = ${worker.community}`,
    );
    await tx.execute(
      sql`INSERT INTO dual_registration (person_id, community_code, district_code, path, registered_on, services, created_by)
          SELECT id, ${worker.community}, '370102', ${community!.path}::ltree, ${new Date(now.getTime() - 45 * DAY).toISOString().slice(0, 10)}::date,
                 '周末志愿服务、政策宣讲', ${staff.id}
            FROM person WHERE grid_id = ${worker.grid_id} AND party_member ORDER BY id LIMIT 6`,
    );
  });
  // Organisations and the rooms' details through the importers too, so their histories start there.
  const orgLines = [
    '单位名称,单位类型,统一社会信用代码,法定代表人,法定代表人身份证号码,联系人,联系电话,地址,从业人数,有无党组织,党员人数,网格编码',
  ];
  for (const [kind, orgName, code17, party] of orgs) {
    const phone = `0531-8${String(6000000 + Math.floor(random() * 999999)).slice(0, 7)}`;
    orgLines.push(
      [
        orgName,
        kind,
        code17 ? code17 + usccCheckChar(code17) : '',
        name(),
        idNumber(48, true),
        name(),
        phone,
        '甸柳新村',
        5 + Math.floor(random() * 40),
        party ? '有' : '无',
        party ? 3 + Math.floor(random() * 8) : 0,
        worker.grid_code,
      ].join(','),
    );
  }
  const roomLines = ['楼栋,单元,房间号,房屋用途,建筑面积,出租情况,房主姓名'];
  const gridRooms = await rows<{ code: string; unit_no: number; room_no: string; migrants: boolean }>(
    deps.db,
    sql`SELECT b.code, r.unit_no, r.room_no,
               EXISTS (SELECT 1 FROM person p WHERE p.room_id = r.id AND p.residency_type = 'migrant') AS migrants
          FROM room r JOIN building b ON b.id = r.building_id WHERE r.grid_id = ${worker.grid_id}
         ORDER BY b.code, r.unit_no, r.room_no`,
  );
  for (const r of gridRooms) {
    const rented = r.migrants || random() < 0.08;
    roomLines.push(
      [
        r.code,
        r.unit_no,
        r.room_no,
        '住宅',
        (55 + random() * 85).toFixed(2),
        rented ? '出租' : '自住',
        rented ? name() : '',
      ].join(','),
    );
  }
  const organisations = await importDemoFile(deps, actor, 'organisations', orgLines);
  await importDemoFile(deps, actor, 'rooms', roomLines);

  return {
    people: outcome.inserted,
    tagged: tags.length,
    organisations: organisations.inserted,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}

/** A demo CSV through the real importer, as an office would upload it. */
async function importDemoFile(deps: Deps, actor: Actor, entity: ImportEntity, lines: string[]) {
  const file = join(deps.config.dataDir, `demo-${entity}-${process.pid}.csv`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  try {
    return await importSheet(deps, actor, entity, {
      path: file,
      format: 'csv',
      mode: 'valid_only',
      scopePaths: registryPolicy.bulkPaths(actor.scope),
    });
  } finally {
    rmSync(file, { force: true });
  }
}

export const describeDemoRegistry = (r: DemoRegistryResult | null) =>
  r
    ? `Demo registry: ${r.people} people, ${r.tagged} in care groups, ${r.organisations} organisations, seeded in ${r.seconds} s`
    : 'Demo registry: already there';
