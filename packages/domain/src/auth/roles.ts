/** The roles of DOMAIN.md §1 (plus the system administrator and the 12345 hotline operator). */
export const ROLES = [
  'admin',
  'leader',
  'subdistrictDispatcher',
  'hotlineOperator',
  'communityStaff',
  'gridLeader',
  'gridWorker',
  'buildingLeader',
  'unitLeader',
  'departmentHandler',
  'mediator',
  'volunteer',
  'registeredMember',
  'partner',
  'resident',
] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** Roles of members of the public: residents, volunteers, registered party members and partners. */
export const RESIDENT_ROLES: readonly Role[] = ['volunteer', 'registeredMember', 'partner', 'resident'];

/** Roles of people who work in the system (everyone but residents, volunteers and partners). */
export const STAFF_ROLES: readonly Role[] = ROLES.filter((r) => !RESIDENT_ROLES.includes(r));

/** Roles held inside a department rather than at a territory node. */
export const DEPARTMENT_ROLES: readonly Role[] = ['departmentHandler'];

/** Display names in the UI languages; the glossary of DOMAIN.md. */
export const ROLE_LABELS: Record<Role, { 'zh-CN': string; en: string }> = {
  admin: { 'zh-CN': '系统管理员', en: 'Administrator' },
  leader: { 'zh-CN': '领导', en: 'Leader' },
  subdistrictDispatcher: { 'zh-CN': '街道指挥中心调度员', en: 'Subdistrict dispatcher' },
  hotlineOperator: { 'zh-CN': '12345热线受理员', en: '12345 hotline operator' },
  communityStaff: { 'zh-CN': '社区工作人员', en: 'Community staff' },
  gridLeader: { 'zh-CN': '网格长', en: 'Grid leader' },
  gridWorker: { 'zh-CN': '网格员', en: 'Grid worker' },
  buildingLeader: { 'zh-CN': '楼栋长', en: 'Building leader' },
  unitLeader: { 'zh-CN': '单元长', en: 'Unit leader' },
  departmentHandler: { 'zh-CN': '职能部门办理人', en: 'Department handler' },
  mediator: { 'zh-CN': '调解员', en: 'Mediator' },
  volunteer: { 'zh-CN': '志愿者', en: 'Volunteer' },
  registeredMember: { 'zh-CN': '双报到党员', en: 'Registered party member' },
  partner: { 'zh-CN': '红色合伙人', en: 'Partner' },
  resident: { 'zh-CN': '居民', en: 'Resident' },
};
