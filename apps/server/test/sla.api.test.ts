import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { calendarWarning } from '../src/modules/sla/index.ts';
import { createTestApp, type Session, type TestApp } from './harness.ts';

let t: TestApp;
let admin: Session;
let dispatcher: Session;
before(async () => {
  t = await createTestApp();
  admin = await t.sessionFor('admin');
  dispatcher = await t.sessionFor('dispatcher');
});
after(() => t.close());

const auditCount = async () =>
  (
    await rows<{ n: number }>(
      t.handle.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE entity_type IN ('holiday_calendar', 'sla_setting')`,
    )
  )[0]!.n;
const preview = async (start: string, limit: { amount: number; unit: string }, extra: object = {}) => {
  const res = await t.request('POST', '/api/sla/deadline-preview', {
    as: dispatcher,
    body: { start, limit, ...extra },
  });
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as { deadline: string | null; limitMs: number; uncoveredYears: number[] };
};
const year2027 = [
  { day: '2027-01-01', kind: 'holiday', name: '元旦' },
  { day: '2027-02-06', kind: 'workday', name: '春节' },
];

describe('GET /api/sla/calendar', () => {
  it('lists 2026’s holidays and make-up workdays from the seed', async () => {
    const res = await t.request('GET', '/api/sla/calendar?year=2026', { as: dispatcher });
    assert.equal(res.statusCode, 200, res.body);
    const { year, days } = res.json() as {
      year: number;
      days: Array<{ day: string; kind: string; name: string }>;
    };
    assert.equal(year, 2026);
    assert.deepEqual(
      days.find((d) => d.day === '2026-10-01'),
      { day: '2026-10-01', kind: 'holiday', name: '国庆节' },
    );
    assert.deepEqual(
      days.filter((d) => d.kind === 'workday').map((d) => d.day),
      ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    );
    assert.equal(days.filter((d) => d.kind === 'holiday').length, 33);
  });

  it('validates the year', async () => {
    for (const q of ['', '?year=abc', '?year=1999', '?year=2026&x=1']) {
      const res = await t.request('GET', `/api/sla/calendar${q}`, { as: dispatcher });
      assert.equal(res.json().code, 'VALIDATION_FAILED', q);
    }
  });
});

describe('the missing-year warning', () => {
  it('names 2027 in November 2026, in the API and for the server log', async () => {
    const res = await t.request('GET', '/api/sla/calendar/status', { as: dispatcher });
    assert.equal(res.statusCode, 200, res.body);
    const status = res.json();
    assert.deepEqual(status.coveredYears, [2025, 2026]);
    assert.deepEqual(status.missingYears, [2027]);
    assert.match(status.warning['zh-CN'], /2027 年/);
    assert.match(status.warning.en, /2027/);
    assert.deepEqual(await calendarWarning(t.handle.db, t.clock.now()), status.warning);
    assert.equal(await calendarWarning(t.handle.db, new Date('2026-06-01T00:00:00Z')), null);
  });

  it('clears once an administrator enters 2027, which deadlines use at once', async () => {
    const start = '2026-12-31T02:00:00Z'; // Thursday 10:00 in China
    const plain = await preview(start, { amount: 1, unit: 'working_days' });
    assert.equal(
      plain.deadline,
      '2027-01-01T02:00:00.000Z',
      'New Year’s Day is a plain Friday until entered',
    );
    assert.deepEqual(plain.uncoveredYears, [2027]);

    const before = await auditCount();
    const put = await t.request('PUT', '/api/sla/calendar/2027', { as: admin, body: { days: year2027 } });
    assert.equal(put.statusCode, 200, put.body);
    assert.deepEqual(put.json(), { year: 2027, days: year2027 });
    assert.equal(await auditCount(), before + 1);

    const status = (await t.request('GET', '/api/sla/calendar/status', { as: dispatcher })).json();
    assert.deepEqual(status, { coveredYears: [2025, 2026, 2027], missingYears: [], warning: null });
    const entered = await preview(start, { amount: 1, unit: 'working_days' });
    assert.equal(entered.deadline, '2027-01-04T02:00:00.000Z', 'skips the holiday and the weekend');
    assert.deepEqual(entered.uncoveredYears, []);

    const [audit] = await rows<{ action: string; entity_id: string; after: unknown }>(
      t.handle.db,
      sql`SELECT action, entity_id, after FROM audit_log WHERE entity_type = 'holiday_calendar' ORDER BY id DESC LIMIT 1`,
    );
    assert.deepEqual(audit, { action: 'sla.calendar.replace', entity_id: '2027', after: year2027 });
  });

  it('replaces the whole year: days left out are gone', async () => {
    const days = [{ day: '2027-01-01', kind: 'holiday', name: '元旦' }];
    assert.equal(
      (await t.request('PUT', '/api/sla/calendar/2027', { as: admin, body: { days } })).statusCode,
      200,
    );
    const res = await t.request('GET', '/api/sla/calendar?year=2027', { as: dispatcher });
    assert.deepEqual(res.json().days, days);
    const back = await t.request('PUT', '/api/sla/calendar/2027', { as: admin, body: { days: year2027 } });
    assert.equal(back.statusCode, 200);
  });
});

describe('PUT /api/sla/calendar/:year with bad input', () => {
  it('answers with codes and writes nothing', async () => {
    const before = await auditCount();
    const day = (d: object) => ({ day: '2027-05-01', kind: 'holiday', name: '劳动节', ...d });
    const cases: Array<[string, unknown, number, string, string?]> = [
      ['2027', { days: [day({ day: '2026-12-31' })] }, 400, 'SLA_CALENDAR_INVALID', 'DAY_OUTSIDE_YEAR'],
      ['2027', { days: [day({}), day({ kind: 'workday' })] }, 400, 'SLA_CALENDAR_INVALID', 'DAY_DUPLICATE'],
      ['2027', { days: [day({ day: '2027-02-30' })] }, 400, 'SLA_CALENDAR_INVALID', 'DAY_MALFORMED'],
      ['2027', { days: [day({ kind: 'party' })] }, 400, 'VALIDATION_FAILED'],
      ['2027', { days: [day({ day: '2027/05/01' })] }, 400, 'VALIDATION_FAILED'],
      ['2027', { days: [day({ name: '' })] }, 400, 'VALIDATION_FAILED'],
      ['2027', { days: [day({ colour: 'red' })] }, 400, 'VALIDATION_FAILED'],
      ['2027', { days: [day({})], replace: true }, 400, 'VALIDATION_FAILED'],
      ['2027', {}, 400, 'VALIDATION_FAILED'],
      ['27', { days: [] }, 400, 'VALIDATION_FAILED'],
      ['next', { days: [] }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [year, body, status, code, issue] of cases) {
      const res = await t.request('PUT', `/api/sla/calendar/${year}`, { as: admin, body });
      const label = `${JSON.stringify(body)}: ${res.body}`;
      assert.equal(res.statusCode, status, label);
      assert.equal(res.json().code, code, label);
      if (issue) assert.equal(res.json().details.issues[0].error, issue, label);
    }
    const mixed = await t.request('PUT', '/api/sla/calendar/2027', {
      as: admin,
      body: { days: [day({ day: '2027-10-01' }), day({ day: '2028-01-01' })] },
      headers: { 'accept-language': 'en' },
    });
    assert.equal(mixed.json().message, '1 calendar entries have errors; nothing was saved');
    assert.deepEqual(mixed.json().details.issues, [
      { index: 1, day: '2028-01-01', error: 'DAY_OUTSIDE_YEAR', message: 'The day is outside this year' },
    ]);
    const res = await t.request('GET', '/api/sla/calendar?year=2027', { as: dispatcher });
    assert.deepEqual(res.json().days, year2027, 'the good entry of a bad list is not written either');
    assert.equal(await auditCount(), before);
  });
});

describe('GET/PUT /api/sla/settings', () => {
  const defaults = {
    workingPeriods: [
      ['08:30', '12:00'],
      ['13:30', '17:30'],
    ],
    yellowShare: 0.8,
  };

  it('reads the seeded defaults', async () => {
    const res = await t.request('GET', '/api/sla/settings', { as: dispatcher });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), defaults);
  });

  it('refuses bad periods and shares, writing nothing', async () => {
    const before = await auditCount();
    const cases: Array<[unknown, string, string?]> = [
      [{ ...defaults, workingPeriods: [['13:00', '12:00']] }, 'SLA_PERIODS_INVALID', 'PERIOD_EMPTY'],
      [
        {
          ...defaults,
          workingPeriods: [
            ['08:30', '12:00'],
            ['11:00', '17:30'],
          ],
        },
        'SLA_PERIODS_INVALID',
        'PERIODS_OVERLAP',
      ],
      [{ ...defaults, workingPeriods: [['08:30', '25:00']] }, 'SLA_PERIODS_INVALID', 'PERIOD_TIME_INVALID'],
      [{ ...defaults, workingPeriods: [] }, 'VALIDATION_FAILED'],
      [{ ...defaults, workingPeriods: [['8:30', '12:00']] }, 'VALIDATION_FAILED'],
      [{ ...defaults, yellowShare: 1 }, 'VALIDATION_FAILED'],
      [{ ...defaults, yellowShare: 0 }, 'VALIDATION_FAILED'],
      [{ ...defaults, redShare: 1 }, 'VALIDATION_FAILED'],
      [{ yellowShare: 0.7 }, 'VALIDATION_FAILED'],
    ];
    for (const [body, code, error] of cases) {
      const res = await t.request('PUT', '/api/sla/settings', { as: admin, body });
      const label = `${JSON.stringify(body)}: ${res.body}`;
      assert.equal(res.statusCode, 400, label);
      assert.equal(res.json().code, code, label);
      if (error) assert.equal(res.json().details.error, error, label);
    }
    assert.deepEqual((await t.request('GET', '/api/sla/settings', { as: dispatcher })).json(), defaults);
    assert.equal(await auditCount(), before);
  });

  it('lets an administrator change the periods, which working-hour deadlines follow', async () => {
    const start = '2026-09-29T03:30:00Z'; // Tuesday 11:30 in China
    const hour = { amount: 1, unit: 'working_hours' };
    assert.equal((await preview(start, hour)).deadline, '2026-09-29T06:00:00.000Z', '14:00 after lunch');
    const changed = {
      workingPeriods: [
        ['09:00', '12:00'],
        ['14:00', '18:00'],
      ],
      yellowShare: 0.75,
    };
    const res = await t.request('PUT', '/api/sla/settings', { as: admin, body: changed });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual((await t.request('GET', '/api/sla/settings', { as: dispatcher })).json(), changed);
    assert.equal(
      (await preview(start, hour)).deadline,
      '2026-09-29T06:30:00.000Z',
      '14:30 after a longer lunch',
    );
    const [audit] = await rows<{ before: unknown; after: unknown }>(
      t.handle.db,
      sql`SELECT before, after FROM audit_log WHERE action = 'sla.settings.update' ORDER BY id DESC LIMIT 1`,
    );
    assert.deepEqual(audit, { before: defaults, after: changed });
    assert.equal(
      (await t.request('PUT', '/api/sla/settings', { as: admin, body: defaults })).statusCode,
      200,
    );
  });
});

describe('POST /api/sla/deadline-preview', () => {
  it('runs 3 working days from 30 September 2026 10:00 past National Day to the make-up Saturday', async () => {
    const res = await preview('2026-09-30T10:00:00+08:00', { amount: 3, unit: 'working_days' });
    assert.deepEqual(res, {
      deadline: '2026-10-10T02:00:00.000Z',
      limitMs: 3 * 86_400_000,
      uncoveredYears: [],
    });
  });

  it('skips the holiday in working hours, not in calendar days or urgent hours', async () => {
    const start = '2026-09-30T16:30:00+08:00';
    assert.equal(
      (await preview(start, { amount: 2, unit: 'working_hours' })).deadline,
      '2026-10-08T01:30:00.000Z',
    );
    assert.equal(
      (await preview(start, { amount: 3, unit: 'calendar_days' })).deadline,
      '2026-10-03T08:30:00.000Z',
    );
    assert.equal(
      (await preview(start, { amount: 1, unit: 'urgent_hours' })).deadline,
      '2026-09-30T09:30:00.000Z',
    );
  });

  it('stops the clock while suspended; no deadline while a suspension is open', async () => {
    const start = '2026-11-13T10:00:00+08:00'; // Friday
    const limit = { amount: 2, unit: 'calendar_days' };
    const weekend = { from: '2026-11-14T00:00:00+08:00', to: '2026-11-16T00:00:00+08:00' };
    assert.equal(
      (await preview(start, limit, { suspensions: [weekend] })).deadline,
      '2026-11-17T02:00:00.000Z',
    );
    const open = { from: '2026-11-14T00:00:00+08:00', to: null };
    assert.equal((await preview(start, limit, { suspensions: [open] })).deadline, null);
  });

  it('validates its input', async () => {
    const bad = [
      { start: 'tomorrow', limit: { amount: 1, unit: 'working_days' } },
      { start: '2026-09-30T10:00:00+08:00', limit: { amount: 0, unit: 'working_days' } },
      { start: '2026-09-30T10:00:00+08:00', limit: { amount: 1, unit: 'fortnights' } },
      { start: '2026-09-30T10:00:00+08:00', limit: { amount: 1, unit: 'working_days' }, extra: 1 },
    ];
    for (const body of bad) {
      const res = await t.request('POST', '/api/sla/deadline-preview', { as: dispatcher, body });
      assert.equal(res.json().code, 'VALIDATION_FAILED', JSON.stringify(body));
    }
  });
});

describe('who may do what', () => {
  const reads: Array<['GET' | 'POST', string, unknown?]> = [
    ['GET', '/api/sla/calendar?year=2026'],
    ['GET', '/api/sla/calendar/status'],
    ['GET', '/api/sla/settings'],
    [
      'POST',
      '/api/sla/deadline-preview',
      { start: '2026-11-20T10:00:00+08:00', limit: { amount: 1, unit: 'working_days' } },
    ],
  ];
  const writes: Array<['PUT', string, unknown]> = [
    ['PUT', '/api/sla/calendar/2027', { days: year2027 }],
    [
      'PUT',
      '/api/sla/settings',
      {
        workingPeriods: [
          ['08:30', '12:00'],
          ['13:30', '17:30'],
        ],
        yellowShare: 0.8,
      },
    ],
  ];

  it('lets every staff role read, and only administrators write', async () => {
    for (const user of ['admin', 'leader', 'dispatcher', 'community', 'gridworker', 'dept']) {
      const as = await t.sessionFor(user);
      for (const [method, url, body] of reads) {
        const res = await t.request(method, url, { as, body });
        assert.equal(res.statusCode, 200, `${user} ${method} ${url}: ${res.body}`);
      }
      for (const [method, url, body] of writes) {
        const res = await t.request(method, url, { as, body });
        assert.equal(res.statusCode, user === 'admin' ? 200 : 403, `${user} ${method} ${url}: ${res.body}`);
        if (user !== 'admin') assert.equal(res.json().code, 'FORBIDDEN');
      }
    }
  });

  it('keeps residents and anonymous callers out', async () => {
    const resident = await t.sessionFor('resident');
    for (const [method, url, body] of [...reads, ...writes]) {
      const res = await t.request(method, url, { as: resident, body });
      assert.equal(res.statusCode, 403, `${method} ${url}`);
      assert.equal(res.json().code, 'AUTH_STAFF_ONLY');
      const anonymous = await t.request(method, url, { body });
      assert.equal(anonymous.statusCode, 401, `${method} ${url}`);
    }
  });

  it('checks the CSRF token on writes', async () => {
    const res = await t.request('PUT', '/api/sla/calendar/2027', {
      as: admin,
      body: { days: year2027 },
      csrf: false,
    });
    assert.equal(res.json().code, 'AUTH_CSRF_INVALID');
  });
});
