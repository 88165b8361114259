import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { calendarSeedDays, calendarSeedFile, renderCalendarSeed } from '../scripts/calendar-seed.ts';

describe('calendar seed migration (0004_calendar_seed.sql)', () => {
  it('is what the script generates, byte for byte', () => {
    // If chinese-days changed its 2025–2026 data, do not edit an applied migration: add a new one.
    assert.equal(readFileSync(calendarSeedFile, 'utf8'), renderCalendarSeed());
  });

  it('lists every official holiday and make-up workday of 2025 and 2026', () => {
    const days = calendarSeedDays();
    const workdays = days.filter((d) => d.kind === 'workday').map((d) => d.day);
    assert.deepEqual(workdays, [
      '2025-01-26',
      '2025-02-08',
      '2025-04-27',
      '2025-09-28',
      '2025-10-11',
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    const nationalDay = days.filter((d) => d.day >= '2026-10-01' && d.day <= '2026-10-07');
    assert.equal(nationalDay.length, 7);
    assert.ok(nationalDay.every((d) => d.kind === 'holiday' && d.name === '国庆节'));
    assert.deepEqual(
      new Set(days.map((d) => d.name)),
      new Set(['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']),
    );
    assert.ok(days.every((d) => d.day.startsWith('2025-') || d.day.startsWith('2026-')));
  });
});
