import { type Db, schema } from '@wangge/db';
import {
  buildCalendar,
  DEFAULT_WORKING_PERIODS,
  DEFAULT_YELLOW_SHARE,
  parseWorkingPeriods,
  type WorkCalendar,
  type WorkingPeriods,
} from '@wangge/domain';

/** Everything deadlines are computed from: the holiday calendar and the deployment's settings. */
export interface SlaConfig {
  calendar: WorkCalendar;
  periods: WorkingPeriods;
  yellowShare: number;
}

export const SETTING_WORKING_PERIODS = 'working_periods';
export const SETTING_YELLOW_SHARE = 'yellow_share';

/**
 * Cached per database handle: every deadline needs the calendar, and it changes a few times a year.
 * Edits bump `version` after they commit, which invalidates every cached copy. A load remembers the
 * version it started under, so a read that raced an edit is thrown away at the next call. (Edits made
 * by another process against the same PostgreSQL are seen after a restart.)
 */
let version = 0;
const cache = new WeakMap<Db, { version: number; value: Promise<SlaConfig> }>();

export function invalidateWorkCalendar(): void {
  version++;
}

export function loadWorkCalendar(db: Db): Promise<SlaConfig> {
  const hit = cache.get(db);
  if (hit && hit.version === version) return hit.value;
  const value = readSlaConfig(db);
  cache.set(db, { version, value });
  value.catch(() => {
    if (cache.get(db)?.value === value) cache.delete(db);
  });
  return value;
}

async function readSlaConfig(db: Db): Promise<SlaConfig> {
  const days = await db
    .select({ day: schema.holidayCalendar.day, kind: schema.holidayCalendar.kind })
    .from(schema.holidayCalendar);
  const settings = await db.select().from(schema.slaSetting);
  const setting = (key: string) => settings.find((s) => s.key === key)?.value;
  return { calendar: buildCalendar(days), ...settingsFrom(setting) };
}

/** Stored settings, falling back to the defaults for a missing or unusable value. */
export function settingsFrom(setting: (key: string) => unknown): Omit<SlaConfig, 'calendar'> {
  const periods = parseWorkingPeriods(setting(SETTING_WORKING_PERIODS));
  const share = setting(SETTING_YELLOW_SHARE);
  return {
    periods: periods.ok ? periods.periods : DEFAULT_WORKING_PERIODS,
    yellowShare: typeof share === 'number' && share > 0 && share < 1 ? share : DEFAULT_YELLOW_SHARE,
  };
}
