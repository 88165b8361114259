import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { rows } from '@wangge/db';
import {
  addCounts,
  type CaseSnapshot,
  countCase,
  indicatorsOf,
  measure,
  type Rating,
  ZERO_COUNTS,
} from '@wangge/domain';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { loadWorkCalendar } from '../src/modules/sla/index.ts';
import { caseHelpers } from './case-helpers.ts';
import { createTestApp, type TestApp } from './harness.ts';

/**
 * The leader dashboard's figures over a handful of cases driven through the loop, in November 2026:
 *   A  patrol, grid 1: dispatched to the grid, fed back two working hours later, checked, closed.
 *   B  12345, grid 1: 城管执法 leads, 市场监管 assists (and reports its part); dissatisfied once (reopened), then basically
 *      satisfied, followed up, closed.
 *   C  patrol, grid 1: dispatched to the grid, fails its check (rework), still being handled.
 *   D  12345, another community: dispatched to 城管执法, which returns it; waiting to be re-dispatched.
 *   G  12345, grid 1: rated dissatisfied twice, under review.
 *   E  patrol, grid 1: rejected (not counted).
 * Then the clock moves ten days on: C and D are past their deadlines (overdue).
 */
let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());
const { as, act } = caseHelpers(() => t);

const IN_GRID_1 = { lng: 117.0413, lat: 36.6725 };
const COMMUNITY_1 = '370102009002';
const NOVEMBER = 'from=2026-11-01&to=2026-12-01';
let keyNo = 0;
const ids: Record<string, string> = {};
let otherCommunity = '';

async function report(user: string, body: Record<string, unknown>): Promise<string> {
  const res = await t.request('POST', '/api/cases', {
    as: await as(user),
    body: { idempotencyKey: `stats-key-${++keyNo}-${Date.now()}`, ...body },
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json().id;
}
const departmentId = async (code: string) => {
  const [d] = await rows<{ id: string }>(t.handle.db, sql`SELECT id FROM department WHERE code = ${code}`);
  return d!.id;
};
const get = async (user: string, url: string, headers?: Record<string, string>) =>
  t.request('GET', url, { as: await as(user), ...(headers ? { headers } : {}) });
const json = async (user: string, url: string) => {
  const res = await get(user, url);
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
};
const HOUR = 3_600_000;

describe('driving the cases', () => {
  it('runs six cases through the loop', async () => {
    const hotline = (title: string, location: { lng: number; lat: number }, ref: string) =>
      report('hotline', {
        channel: 'hotline',
        externalRef: ref,
        title,
        description: `${title}，市民来电反映`,
        location,
        reporterName: '李先生',
        reporterPhone: '13912345678',
      });
    const patrol = (title: string) =>
      report('gridworker', {
        channel: 'patrol',
        title,
        description: `${title}，巡查发现`,
        location: IN_GRID_1,
      });
    const toGrid = async (id: string) => {
      await act('dispatcher', id, { type: 'accept', level: 'grid' });
      await act('dispatcher', id, { type: 'dispatch', lead: { kind: 'territory', code: '370102009002001' } });
      await act('gridworker', id, { type: 'claim' });
    };

    // Friday 2026-11-20 10:00 China time.
    ids.A = await patrol('楼道堆放杂物');
    await toGrid(ids.A);
    t.clock.advance(2 * HOUR);
    await act('gridworker', ids.A, { type: 'feedback', result: '已清理' });
    await act('gridworker', ids.A, { type: 'check', pass: true });
    await act('dispatcher', ids.A, { type: 'close' });

    ids.B = await hotline('市场东门占道经营', IN_GRID_1, 'GD-STATS-B');
    await act('dispatcher', ids.B, { type: 'accept', level: 'department' });
    await act('dispatcher', ids.B, {
      type: 'dispatch',
      lead: { kind: 'department', departmentId: await departmentId('cgzf') },
      assists: [{ kind: 'department', departmentId: await departmentId('scjg') }],
    });
    await act('dept', ids.B, { type: 'claim' });
    await act('dh-scjg-1', ids.B, { type: 'claim' });
    await act('dh-scjg-1', ids.B, { type: 'feedback', result: '已约谈摊主' });
    await act('dept', ids.B, { type: 'feedback', result: '已取缔' });
    await act('gridworker', ids.B, { type: 'check', pass: true });
    await act('hotline', ids.B, { type: 'evaluate', rating: 'dissatisfied' });
    await act('dept', ids.B, { type: 'feedback', result: '再次清理' });
    await act('gridworker', ids.B, { type: 'check', pass: true });
    await act('hotline', ids.B, { type: 'evaluate', rating: 'basically_satisfied' });
    await act('hotline', ids.B, { type: 'followup', reached: true, note: '回访基本满意' });
    await act('hotline', ids.B, { type: 'close' });

    ids.C = await patrol('路灯不亮');
    await toGrid(ids.C);
    await act('gridworker', ids.C, { type: 'feedback', result: '已报修' });
    await act('gridworker', ids.C, { type: 'check', pass: false, note: '仍不亮' });

    const [point] = await rows<{ lng: number; lat: number; community: string }>(
      t.handle.db,
      sql`SELECT ST_X(ST_PointOnSurface(boundary)) AS lng, ST_Y(ST_PointOnSurface(boundary)) AS lat,
                 community_code AS community
          FROM grid WHERE community_code <> ${COMMUNITY_1} ORDER BY code LIMIT 1`,
    );
    otherCommunity = point!.community;
    ids.D = await hotline('井盖缺失', { lng: point!.lng, lat: point!.lat }, 'GD-STATS-D');
    await act('dispatcher', ids.D, { type: 'accept', level: 'department' });
    await act('dispatcher', ids.D, {
      type: 'dispatch',
      lead: { kind: 'department', departmentId: await departmentId('cgzf') },
    });
    await act('dept', ids.D, { type: 'claim' });
    await act('dept', ids.D, { type: 'return', reason: '不属于城管职责' });

    ids.G = await hotline('噪声扰民', IN_GRID_1, 'GD-STATS-G');
    await toGrid(ids.G);
    await act('gridworker', ids.G, { type: 'feedback', result: '已劝导' });
    await act('gridworker', ids.G, { type: 'check', pass: true });
    await act('hotline', ids.G, { type: 'evaluate', rating: 'dissatisfied' });
    await act('gridworker', ids.G, { type: 'feedback', result: '再次劝导' });
    await act('gridworker', ids.G, { type: 'check', pass: true });
    assert.equal(
      (await act('hotline', ids.G, { type: 'evaluate', rating: 'dissatisfied' })).status,
      'under_review',
    );

    ids.E = await patrol('重复上报');
    await act('dispatcher', ids.E, { type: 'reject', reason: '问题不存在' });

    // Ten days on (Monday 2026-11-30 12:00, still November): C and D are past their deadlines.
    t.clock.set(new Date('2026-11-30T04:00:00Z'));
  });
});

describe('GET /api/stats/summary', () => {
  it('counts the subdistrict’s cases as the indicators define them', async () => {
    const s = await json('dispatcher', `/api/stats/summary?${NOVEMBER}`);
    assert.equal(s.from, '2026-10-31T16:00:00.000Z');
    assert.equal(s.to, '2026-11-30T16:00:00.000Z');
    assert.equal(s.asOf, '2026-11-30T04:00:00.000Z');
    assert.equal(s.division, null);
    assert.deepEqual(
      {
        received: s.received,
        closed: s.closed,
        closedOnTime: s.closedOnTime,
        closedLate: s.closedLate,
        overdue: s.overdue,
        dueToClose: s.dueToClose,
        closeRate: s.closeRate,
        onTimeRate: s.onTimeRate,
        rated: s.rated,
        satisfied: s.satisfied,
        basicallySatisfied: s.basicallySatisfied,
        dissatisfied: s.dissatisfied,
        satisfactionRate: s.satisfactionRate,
        returned: s.returned,
        reworked: s.reworked,
        handled: s.handled,
      },
      {
        received: 5,
        closed: 2,
        closedOnTime: 2,
        closedLate: 0,
        overdue: 2,
        dueToClose: 4,
        closeRate: 0.5,
        onTimeRate: 0.5,
        rated: 2,
        satisfied: 0,
        basicallySatisfied: 1,
        dissatisfied: 1,
        satisfactionRate: 0.5,
        returned: 1,
        reworked: 1,
        handled: 2,
      },
    );
    // A: 10:00 → 12:00 on a Friday, two working hours; B: fed back the minute it came in.
    assert.equal(s.averageHandlingHours, 1);
  });

  it('agrees with the domain’s definitions applied case by case', async () => {
    const now = t.clock.now();
    const { calendar, periods } = await loadWorkCalendar(t.handle.db);
    const cases = await rows<{
      status: string;
      stage: string;
      stage_deadline: string | null;
      closed_on_time: boolean | null;
      evaluation: Rating | null;
      rework_count: number;
      return_count: number;
      reported_at: string;
      handled_at: string | null;
    }>(
      t.handle.db,
      sql`SELECT status, stage, stage_deadline, closed_on_time, evaluation, rework_count, return_count,
                 reported_at, handled_at FROM case_record
          WHERE reported_at >= '2026-10-31T16:00:00Z' AND reported_at < '2026-11-30T16:00:00Z'`,
    );
    const counts = cases
      .map((c): CaseSnapshot => {
        const handledAt = c.handled_at ? new Date(c.handled_at) : null;
        return {
          status: c.status,
          stage: c.stage,
          stageDeadline: c.stage_deadline ? new Date(c.stage_deadline) : null,
          closedOnTime: c.closed_on_time,
          evaluation: c.evaluation,
          reworkCount: c.rework_count,
          held: true,
          returned: c.return_count > 0,
          handlingSeconds: handledAt
            ? measure(new Date(c.reported_at), handledAt, 'working_hours', calendar, periods) / 1000
            : null,
        };
      })
      .map((c) => countCase(c, now))
      .reduce(addCounts, ZERO_COUNTS);
    const s = await json('dispatcher', `/api/stats/summary?${NOVEMBER}`);
    const { from: _f, to: _t, asOf: _a, division: _d, ...figures } = s;
    assert.deepEqual(figures, indicatorsOf(counts));
  });

  it('shows community staff only their community', async () => {
    const s = await json('community', `/api/stats/summary?${NOVEMBER}`);
    assert.equal(s.received, 4, 'A, B, C and G; not D');
    assert.equal(s.returned, 0);
    assert.equal(s.overdue, 1, 'C');
    const other = await get('community', `/api/stats/summary?${NOVEMBER}&division=${otherCommunity}`);
    assert.equal(other.statusCode, 404);
    assert.equal(other.json().code, 'STATS_DIVISION_NOT_FOUND');
  });

  it('narrows to a division in scope', async () => {
    const s = await json('dispatcher', `/api/stats/summary?${NOVEMBER}&division=${otherCommunity}`);
    assert.equal(s.received, 1);
    assert.equal(s.division.code, otherCommunity);
    const grid = await json('gridleader', `/api/stats/summary?${NOVEMBER}&division=370102009002001`);
    assert.equal(grid.received, 4);
    assert.equal(grid.division.code, '370102009002001');
  });

  it('shows a department the cases dispatched to it, and its own returns', async () => {
    const cgzf = await json('dept', `/api/stats/summary?${NOVEMBER}`);
    assert.deepEqual(
      [cgzf.received, cgzf.closed, cgzf.returned, cgzf.rated],
      [1, 1, 1, 1],
      'B held, D returned',
    );
    const scjg = await json('dh-scjg-1', `/api/stats/summary?${NOVEMBER}`);
    assert.deepEqual([scjg.received, scjg.closed, scjg.returned], [1, 1, 0], 'B as assistant');
    const sthj = await json('dh-sthj-1', `/api/stats/summary?${NOVEMBER}`);
    assert.equal(sthj.received, 0);
    assert.equal(sthj.closeRate, null);
  });

  it('is empty outside the period', async () => {
    const s = await json('dispatcher', '/api/stats/summary?from=2026-10-01&to=2026-11-01');
    assert.equal(s.received, 0);
    assert.equal(s.averageHandlingHours, null);
  });

  it('refuses bad input with coded errors', async () => {
    const cases: Array<[string, number, string]> = [
      ['from=2026-12-01&to=2026-11-01', 400, 'STATS_PERIOD_INVALID'],
      ['from=2026-11-01&to=2026-11-01', 400, 'STATS_PERIOD_INVALID'],
      ['from=2026-02-30&to=2026-03-01', 400, 'STATS_PERIOD_INVALID'],
      ['from=2025-01-01&to=2026-12-01', 400, 'STATS_PERIOD_TOO_LONG'],
      ['from=2026-11-01', 400, 'VALIDATION_FAILED'],
      ['from=yesterday&to=2026-12-01', 400, 'VALIDATION_FAILED'],
      [`${NOVEMBER}&division=37010200900`, 400, 'VALIDATION_FAILED'],
      [`${NOVEMBER}&division=370102009099`, 404, 'STATS_DIVISION_NOT_FOUND'],
      [`${NOVEMBER}&extra=1`, 400, 'VALIDATION_FAILED'],
    ];
    for (const [query, status, code] of cases) {
      const res = await get('dispatcher', `/api/stats/summary?${query}`);
      assert.equal(res.statusCode, status, `${query}: ${res.body}`);
      assert.equal(res.json().code, code, query);
    }
    const tooLong = await get('dispatcher', '/api/stats/summary?from=2025-01-01&to=2026-12-01', {
      'accept-language': 'en',
    });
    assert.equal(tooLong.json().message, 'The period may not be longer than 400 days');
  });

  it('is for staff who judge or are judged: others are refused', async () => {
    assert.equal((await t.request('GET', `/api/stats/summary?${NOVEMBER}`)).statusCode, 401);
    const resident = await get('resident', `/api/stats/summary?${NOVEMBER}`);
    assert.equal(resident.json().code, 'AUTH_STAFF_ONLY');
    for (const user of ['gridworker', 'hotline', 'mediator']) {
      const res = await get(user, `/api/stats/summary?${NOVEMBER}`);
      assert.equal(res.statusCode, 403, user);
      assert.equal(res.json().code, 'FORBIDDEN', user);
    }
  });
});

describe('GET /api/stats/breakdown', () => {
  type Row = { code: string | null; name: string | null; received: number; returned: number; closed: number };
  const rowOf = (rows: Row[], code: string | null) => rows.find((r) => r.code === code);

  it('lists every community of the subdistrict, with the cases of each', async () => {
    const b = await json('dispatcher', `/api/stats/breakdown?${NOVEMBER}&by=community`);
    assert.equal(b.by, 'community');
    assert.equal(b.rows.length, 8);
    assert.equal(rowOf(b.rows, COMMUNITY_1)?.received, 4);
    assert.equal(rowOf(b.rows, otherCommunity)?.received, 1);
    assert.equal(
      b.rows.reduce((n: number, r: Row) => n + r.received, 0),
      5,
    );
  });

  it('ranks grids: all 52 of the subdistrict, or a community’s own', async () => {
    const all = await json('leader', `/api/stats/breakdown?${NOVEMBER}&by=grid`);
    assert.equal(all.rows.length, 52);
    assert.equal(rowOf(all.rows, '370102009002001')?.received, 4);
    const mine = await json('community', `/api/stats/breakdown?${NOVEMBER}&by=grid`);
    assert.equal(mine.rows.length, 7);
    assert.ok(mine.rows.every((r: Row) => r.code?.startsWith(COMMUNITY_1)));
    const sub = await json('community', `/api/stats/breakdown?${NOVEMBER}&by=subdistrict`);
    assert.deepEqual(
      sub.rows.map((r: Row) => [r.code, r.received]),
      [['370102009', 4]],
      'the subdistrict framing the community, with the community’s cases only',
    );
  });

  it('judges departments by what they held, and counts their own returns', async () => {
    const b = await json('dispatcher', `/api/stats/breakdown?${NOVEMBER}&by=department`);
    assert.equal(b.rows.length, 12, 'every department serving the subdistrict');
    const cgzf = b.rows.find((r: Row) => r.name === '城管执法');
    assert.deepEqual([cgzf.received, cgzf.closed, cgzf.returned], [1, 1, 1]);
    const scjg = b.rows.find((r: Row) => r.name === '市场监管');
    assert.deepEqual([scjg.received, scjg.closed, scjg.returned], [1, 1, 0]);
    const own = await json('dept', `/api/stats/breakdown?${NOVEMBER}&by=department`);
    assert.deepEqual(
      own.rows.map((r: Row) => r.name),
      ['城管执法'],
    );
    const grids = await json('dept', `/api/stats/breakdown?${NOVEMBER}&by=grid`);
    assert.equal(
      grids.rows.reduce((n: number, r: Row) => n + r.received, 0),
      1,
      'a department’s grids hold only its cases',
    );
  });

  it('groups by category, only those with cases', async () => {
    const b = await json('dispatcher', `/api/stats/breakdown?${NOVEMBER}&by=category`);
    assert.ok(b.rows.length >= 1);
    assert.equal(
      b.rows.reduce((n: number, r: Row) => n + r.received, 0),
      5,
    );
  });

  it('refuses an unknown dimension', async () => {
    const res = await get('dispatcher', `/api/stats/breakdown?${NOVEMBER}&by=worker`);
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().code, 'VALIDATION_FAILED');
  });
});

describe('GET /api/stats/trend', () => {
  it('has every day of November in China time, adding up to the summary', async () => {
    const tr = await json('dispatcher', `/api/stats/trend?${NOVEMBER}&interval=day`);
    assert.equal(tr.interval, 'day');
    assert.equal(tr.buckets.length, 30);
    assert.equal(tr.buckets[0].start, '2026-11-01');
    const day = tr.buckets.find((b: { start: string }) => b.start === '2026-11-20');
    assert.deepEqual(day, { start: '2026-11-20', received: 5, closed: 2, overdue: 2 });
    const cgzf = await json('dept', `/api/stats/trend?${NOVEMBER}&interval=day`);
    assert.equal(
      cgzf.buckets.reduce((n: number, b: { received: number }) => n + b.received, 0),
      1,
      'a department’s trend: its own cases',
    );
    const weeks = await json('dispatcher', `/api/stats/trend?${NOVEMBER}&interval=week`);
    assert.equal(weeks.buckets[0].start, '2026-10-26');
    assert.equal(weeks.buckets.find((b: { start: string }) => b.start === '2026-11-16').received, 5);
  });

  it('picks an interval from the period when none is given', async () => {
    const tr = await json('dispatcher', '/api/stats/trend?from=2026-01-01&to=2027-01-01');
    assert.equal(tr.interval, 'month');
    assert.equal(tr.buckets.length, 12);
    assert.equal(tr.buckets[10].received, 5);
  });

  it('refuses a bad interval', async () => {
    const res = await get('dispatcher', `/api/stats/trend?${NOVEMBER}&interval=year`);
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().code, 'VALIDATION_FAILED');
  });
});

describe('GET /api/stats/export.xlsx', () => {
  const workbook = async (res: { rawPayload: Buffer }) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return wb;
  };

  it('is a workbook of the summary, each breakdown and the trend, in Chinese', async () => {
    const res = await get('dispatcher', `/api/stats/export.xlsx?${NOVEMBER}`);
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /spreadsheetml/);
    const disposition = String(res.headers['content-disposition']);
    assert.match(
      disposition,
      /^attachment; filename="wangge-statistics_2026-11-01_2026-11-30\.xlsx"; filename\*=UTF-8''/,
    );
    assert.ok(disposition.includes(encodeURIComponent('统计分析_2026-11-01_2026-11-30.xlsx')), disposition);
    const wb = await workbook(res);
    assert.deepEqual(
      wb.worksheets.map((s) => s.name),
      ['汇总', '按街道', '按社区', '按网格', '按部门', '按类别', '趋势'],
    );
    const summary = wb.getWorksheet('汇总')!;
    const values = new Map<string, unknown>();
    summary.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    assert.equal(values.get('受理量'), 5);
    assert.equal(values.get('结案率'), 0.5);
    assert.equal(values.get('统计时段'), '2026-11-01 ~ 2026-11-30');
    const grids = wb.getWorksheet('按网格')!;
    assert.equal(grids.rowCount, 53, 'a header and 52 grids');
    assert.equal(grids.getRow(1).getCell(3).value, '受理量');
    const trend = wb.getWorksheet('趋势')!;
    assert.equal(trend.rowCount, 31);
  });

  it('speaks English when asked, for a division, and is audited', async () => {
    const res = await get(
      'dispatcher',
      `/api/stats/export.xlsx?${NOVEMBER}&division=${COMMUNITY_1}&interval=week`,
      {
        'accept-language': 'en',
      },
    );
    assert.equal(res.statusCode, 200, res.body);
    const wb = await workbook(res);
    assert.deepEqual(
      wb.worksheets.map((s) => s.name),
      ['Summary', 'By subdistrict', 'By community', 'By grid', 'By department', 'By category', 'Trend'],
    );
    assert.equal(wb.getWorksheet('By grid')!.rowCount, 8, 'the 7 grids of the community');
    assert.equal(wb.getWorksheet('Trend')!.getRow(1).getCell(1).value, 'Week (from Monday)');
    const audit = await rows<{ after: { division: string; interval: string } }>(
      t.handle.db,
      sql`SELECT after FROM audit_log WHERE action = 'stats.export' ORDER BY at DESC, id DESC LIMIT 1`,
    );
    assert.equal(audit[0]?.after.division, COMMUNITY_1);
    assert.equal(audit[0]?.after.interval, 'week');
  });

  it('refuses what the other endpoints refuse', async () => {
    const res = await get('dispatcher', '/api/stats/export.xlsx?from=2025-01-01&to=2026-12-01');
    assert.equal(res.json().code, 'STATS_PERIOD_TOO_LONG');
    assert.equal((await get('gridworker', `/api/stats/export.xlsx?${NOVEMBER}`)).statusCode, 403);
  });
});
