/** District functional departments (职能部门) that cases are dispatched to; short codes are stable ids. */
export const DEMO_DEPARTMENTS = [
  { code: 'cgzf', name: '城管执法' },
  { code: 'scjg', name: '市场监管' },
  { code: 'ga', name: '公安' },
  { code: 'xf', name: '消防' },
  { code: 'sthj', name: '生态环境' },
  { code: 'zj', name: '住建' },
  { code: 'mz', name: '民政' },
  { code: 'wj', name: '卫健' },
  { code: 'yjgl', name: '应急管理' },
  { code: 'sw', name: '水务' },
  { code: 'sf', name: '司法' },
  { code: 'rs', name: '人社' },
] as const;

export type DemoDepartmentCode = (typeof DEMO_DEPARTMENTS)[number]['code'];
