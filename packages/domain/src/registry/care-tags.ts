import type { Role } from '../auth/roles.ts';

/**
 * Care groups (关爱对象) that grid workers visit on a schedule, and who may see that a person is in
 * one. A tag says something sensitive about a person (health, welfare, a criminal past), so each
 * names the roles that need it: those who visit and those who organise the help. The list is seeded
 * into `care_tag`; the database copy is what the server applies.
 */
export interface CareTagSpec {
  code: string;
  'zh-CN': string;
  en: string;
  /** A visit is due this many days after the last one (敲门服务: weekly for the elderly living alone). */
  visitEveryDays: number;
  visibleTo: readonly Role[];
}

/** Those who visit and organise ordinary welfare help. */
const CARE: readonly Role[] = [
  'admin',
  'leader',
  'subdistrictDispatcher',
  'communityStaff',
  'gridLeader',
  'gridWorker',
];
/** Special populations of 综治 work: the community and subdistrict staff in charge, and administrators. */
const SPECIAL: readonly Role[] = ['admin', 'subdistrictDispatcher', 'communityStaff'];

export const CARE_TAGS: readonly CareTagSpec[] = [
  {
    code: 'elderly_alone',
    'zh-CN': '独居老人',
    en: 'Elderly living alone',
    visitEveryDays: 7,
    visibleTo: CARE,
  },
  { code: 'empty_nest', 'zh-CN': '空巢老人', en: 'Empty-nest elderly', visitEveryDays: 14, visibleTo: CARE },
  { code: 'disabled', 'zh-CN': '残疾人', en: 'Person with disability', visitEveryDays: 30, visibleTo: CARE },
  {
    code: 'subsistence',
    'zh-CN': '低保对象',
    en: 'Subsistence allowance',
    visitEveryDays: 30,
    visibleTo: CARE,
  },
  {
    code: 'extreme_poverty',
    'zh-CN': '特困人员',
    en: 'Extreme poverty support',
    visitEveryDays: 14,
    visibleTo: CARE,
  },
  { code: 'left_behind', 'zh-CN': '留守人员', en: 'Left-behind person', visitEveryDays: 30, visibleTo: CARE },
  {
    code: 'key_youth',
    'zh-CN': '重点青少年',
    en: 'Youth needing attention',
    visitEveryDays: 30,
    visibleTo: SPECIAL,
  },
  {
    code: 'community_correction',
    'zh-CN': '社区矫正对象',
    en: 'Under community correction',
    visitEveryDays: 30,
    visibleTo: SPECIAL,
  },
  {
    code: 'released_prisoner',
    'zh-CN': '刑满释放人员',
    en: 'Released prisoner',
    visitEveryDays: 90,
    visibleTo: SPECIAL,
  },
  {
    code: 'severe_mental',
    'zh-CN': '严重精神障碍患者',
    en: 'Severe mental disorder',
    visitEveryDays: 30,
    visibleTo: SPECIAL,
  },
];

/** May someone holding `roles` over a person see that the person carries a tag with `visibleTo`? */
export const canSeeTag = (roles: readonly Role[], visibleTo: readonly string[]): boolean =>
  roles.some((r) => visibleTo.includes(r));

const DAY_MS = 24 * 3600_000;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

export type VisitState = 'ok' | 'due' | 'overdue';

/**
 * When the next visit of a tagged person is due: `visitEveryDays` after the last visit, or after the
 * tag was given if nobody has visited yet. Due on the day itself (and the two days before, so the
 * worker can plan), overdue from the day after. Dates are China calendar days (YYYY-MM-DD).
 */
export function visitSchedule(
  input: { lastVisit: string | null; taggedOn: string; visitEveryDays: number },
  today: string,
): { dueOn: string; state: VisitState; overdueDays: number } {
  const dueOn = addDays(input.lastVisit ?? input.taggedOn, input.visitEveryDays);
  const late = daysBetween(dueOn, today);
  const state: VisitState = late > 0 ? 'overdue' : late >= -2 ? 'due' : 'ok';
  return { dueOn, state, overdueDays: Math.max(0, late) };
}
