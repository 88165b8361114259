import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DEMO_DEPARTMENTS } from '../demo/departments.ts';
import {
  APPEAL_NATURES,
  buildCategoryRows,
  type CategoryRow,
  categorySeedSql,
  csvRecords,
  keywordsFor,
  LEVEL_LIMITS,
  parseCsv,
  readTaxonomySources,
  SEED_MIGRATION,
  sqlText,
  sqlTextArray,
  URGENT_LIMITS,
} from './taxonomy.ts';

const sources = readTaxonomySources();
const rows = buildCategoryRows(sources);
const byCode = new Map(rows.map((r) => [r.code, r]));
const get = (code: string): CategoryRow => {
  const r = byCode.get(code);
  assert.ok(r, `no row ${code}`);
  return r;
};

describe('parseCsv', () => {
  it('reads quoted fields with doubled quotes, CRLF and a BOM', () => {
    assert.deepEqual(parseCsv('\uFEFFcode,name\r\n15,"农村""三资"""\r\n16,"a,b"\n'), [
      ['code', 'name'],
      ['15', '农村"三资"'],
      ['16', 'a,b'],
    ]);
    assert.deepEqual(csvRecords('code,name\n01,x'), [{ code: '01', name: 'x' }]);
  });
});

describe('the taxonomy sources', () => {
  it('hold 250 GB/T matters in 10 classes, 153 components with same-code faults, 28 disputes', () => {
    assert.equal(sources.matters.length, 250);
    assert.equal(new Set(sources.matters.map((m) => m.classCode)).size, 10);
    assert.equal(sources.components.length, 153);
    const faults = new Map(
      sources.matters.filter((m) => m.kind === 'component_fault').map((m) => [m.code, m]),
    );
    assert.equal(faults.size, 153);
    for (const c of sources.components) assert.equal(faults.get(c.code)?.name, `${c.name}异常`);
    assert.equal(sources.matters.filter((m) => m.kind === 'event').length, 97);
    assert.equal(sources.disputes.length, 28);
  });

  it('list the appeal natures that APPEAL_NATURES carries (其他 is no value)', () => {
    const fromCsv = sources.appealNatures.filter((n) => n.name !== '其他');
    assert.deepEqual(
      APPEAL_NATURES.map((n) => [n.sourceCode, n.name]),
      fromCsv.map((n) => [n.code, n.name]),
    );
  });
});

describe('buildCategoryRows', () => {
  it('builds every class and item once, each class before its items', () => {
    assert.equal(rows.length, 325);
    assert.equal(byCode.size, rows.length);
    const count = (kind: string) => rows.filter((r) => r.kind === kind).length;
    assert.equal(count('class'), 14);
    assert.equal(count('component_fault'), 153);
    assert.equal(count('event'), 97);
    assert.equal(count('dispute'), 28);
    assert.equal(count('hazard'), 12);
    assert.equal(count('livelihood'), 10);
    assert.equal(count('property'), 11);
    const seen = new Set<string>();
    for (const r of rows) {
      if (r.parentCode) {
        assert.ok(seen.has(r.parentCode), `${r.code} before its class ${r.parentCode}`);
        assert.equal(get(r.parentCode).kind, 'class');
      } else assert.equal(r.kind, 'class');
      seen.add(r.code);
    }
  });

  it('gives GB/T rows their class and the 5-digit code, our rows two letters and digits', () => {
    assert.deepEqual(
      rows.filter((r) => r.parentCode === null).map((r) => r.code),
      ['C01', 'C02', 'C03', 'C04', 'C05', 'C06', 'C07', 'C08', 'C09', 'C10', 'JF', 'AQ', 'MS', 'WY'],
    );
    assert.equal(get('C06').name, '市容环境类');
    assert.equal(get('06010').parentCode, 'C06');
    assert.equal(get('06010').kind, 'event');
    assert.equal(get('01037').kind, 'component_fault');
    assert.equal(get('JF15').name, '农村"三资"');
    assert.equal(get('JF99').name, '其他');
    for (const r of rows.filter((x) => x.kind !== 'class')) assert.match(r.code, /^(\d{5}|[A-Z]{2}\d{2,4})$/);
  });

  it('routes only to known department codes, the lead never among the assistants', () => {
    const known = new Set<string>(DEMO_DEPARTMENTS.map((d) => d.code));
    for (const r of rows) {
      if (r.leadDepartment) assert.ok(known.has(r.leadDepartment), `${r.code} lead ${r.leadDepartment}`);
      for (const a of r.assistDepartments) assert.ok(known.has(a), `${r.code} assist ${a}`);
      assert.ok(!r.assistDepartments.includes(r.leadDepartment ?? ''), r.code);
      assert.equal(new Set(r.assistDepartments).size, r.assistDepartments.length, r.code);
      if (r.defaultLevel === 'department') assert.ok(r.leadDepartment, `${r.code} needs a lead`);
    }
  });

  it('applies the level defaults: grid 1, community and subdistrict 3, department 5 working days', () => {
    assert.deepEqual(LEVEL_LIMITS.grid.handle, { amount: 1, unit: 'working_days' });
    assert.deepEqual(LEVEL_LIMITS.subdistrict.handle, { amount: 3, unit: 'working_days' });
    assert.deepEqual(LEVEL_LIMITS.department.handle, { amount: 5, unit: 'working_days' });
    const exposedRubbish = get('06010');
    assert.equal(exposedRubbish.defaultLevel, 'grid');
    assert.deepEqual(exposedRubbish.limits, LEVEL_LIMITS.grid);
    assert.equal(get('06036').defaultLevel, 'grid');
    assert.equal(get('09006').defaultLevel, 'community');
    assert.equal(get('09006').leadDepartment, 'cgzf');
    assert.deepEqual(get('08004').limits, LEVEL_LIMITS.department);
    assert.equal(get('08004').leadDepartment, 'zj');
    assert.ok(get('08004').assistDepartments.includes('cgzf'));
    assert.equal(get('07003').leadDepartment, 'cgzf');
    assert.equal(get('01002').leadDepartment, 'sw');
    assert.equal(get('JF04').defaultLevel, 'community');
    assert.equal(get('JF04').leadDepartment, 'sf');
    assert.deepEqual(get('JF04').limits, LEVEL_LIMITS.community);
    assert.equal(get('MS02').leadDepartment, 'mz');
    assert.equal(get('WY03').name, '车库漏水');
  });

  it('runs urgent hazards round the clock', () => {
    const fireLane = get('AQ01');
    assert.equal(fireLane.name, '消防通道堵塞');
    assert.equal(fireLane.leadDepartment, 'xf');
    assert.deepEqual(fireLane.assistDepartments, ['cgzf']);
    assert.deepEqual(fireLane.limits, URGENT_LIMITS);
    assert.deepEqual(URGENT_LIMITS.handle, { amount: 24, unit: 'urgent_hours' });
    assert.deepEqual(get('01001').limits, URGENT_LIMITS); // an open manhole
    assert.equal(get('AQ05').leadDepartment, 'ga'); // objects thrown from height
  });

  it('derives keywords from the name and adds the hand-picked ones', () => {
    assert.deepEqual(keywordsFor('暴露垃圾'), ['暴露垃圾', '垃圾']);
    assert.deepEqual(keywordsFor('输油（气）井盖异常'), ['输油井盖', '井盖']);
    assert.deepEqual(keywordsFor('焚烧垃圾、树叶', ['焚烧']), ['焚烧垃圾', '树叶', '垃圾', '焚烧']);
    assert.deepEqual(keywordsFor('交通标志牌及标线异常'), ['交通标志牌', '标线']);
    assert.ok(get('01037').keywords.includes('路灯'));
    assert.ok(get('09006').keywords.includes('摆摊'));
    assert.ok(get('AQ01').keywords.includes('消防通道'));
    for (const r of rows) assert.equal(new Set(r.keywords).size, r.keywords.length, r.code);
  });
});

describe('categorySeedSql', () => {
  it('escapes quotes and writes arrays', () => {
    assert.equal(sqlText("it's"), "'it''s'");
    assert.equal(sqlText(null), 'NULL');
    assert.equal(sqlTextArray([]), "'{}'::text[]");
    assert.equal(sqlTextArray(['a', "b'c"]), "ARRAY['a', 'b''c']::text[]");
    assert.throws(() => sqlText('a\nb'));
  });

  it('is exactly the committed migration 0003 (regenerate with packages/db/scripts/taxonomy-seed.ts)', () => {
    const committed = readFileSync(SEED_MIGRATION, 'utf8');
    assert.equal(
      committed,
      categorySeedSql(rows),
      'migrations/0003_taxonomy_seed.sql differs from its sources: run npx tsx packages/db/scripts/taxonomy-seed.ts',
    );
    assert.equal(committed.match(/^\('/gm)?.length, 325);
    assert.equal(committed.match(/ON CONFLICT \(code\) DO NOTHING;/g)?.length, 14);
  });
});
