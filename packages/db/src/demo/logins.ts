import type { Role } from '@wangge/domain';

/** The one password of every demo login; all other demo users have none and cannot log in. */
export const DEMO_PASSWORD = 'Demo2026!';

export interface DemoLogin {
  username: string;
  role: Role;
  password: string;
  /** What the account shows, for the start-up banner and the login page (zh-CN). */
  description: string;
}

/** Exactly one login per role a demo visitor wants to try. */
const LOGINS: Omit<DemoLogin, 'password'>[] = [
  { username: 'admin', role: 'admin', description: '系统管理员（历下区）' },
  { username: 'leader', role: 'leader', description: '街道领导（甸柳新村街道）' },
  { username: 'dispatcher', role: 'subdistrictDispatcher', description: '街道指挥中心调度员' },
  { username: 'hotline', role: 'hotlineOperator', description: '12345热线受理员（甸柳新村街道）' },
  { username: 'community', role: 'communityStaff', description: '社区工作人员（甸柳新村第一社区）' },
  {
    username: 'gridleader',
    role: 'gridLeader',
    description: '网格长（甸柳新村第一社区第1网格起的2–3个网格）',
  },
  { username: 'gridworker', role: 'gridWorker', description: '专职网格员（甸柳新村第一社区第1网格）' },
  { username: 'building', role: 'buildingLeader', description: '楼栋长（甸柳新村第一社区第1网格）' },
  { username: 'unit', role: 'unitLeader', description: '单元长（甸柳新村第一社区第1网格）' },
  { username: 'dept', role: 'departmentHandler', description: '职能部门办理人（城管执法）' },
  { username: 'mediator', role: 'mediator', description: '人民调解员（甸柳新村街道）' },
  { username: 'volunteer', role: 'volunteer', description: '志愿者（甸柳新村第一社区）' },
  { username: 'resident', role: 'resident', description: '居民（甸柳新村第一社区）' },
  { username: 'member', role: 'registeredMember', description: '双报到党员（甸柳新村第一社区）' },
  { username: 'partner', role: 'partner', description: '红色合伙人（甸柳新村第一社区）' },
];
export const DEMO_LOGINS: readonly DemoLogin[] = LOGINS.map((login) => ({
  ...login,
  password: DEMO_PASSWORD,
}));

export const DEMO_USERNAMES: ReadonlySet<string> = new Set(DEMO_LOGINS.map((l) => l.username));
