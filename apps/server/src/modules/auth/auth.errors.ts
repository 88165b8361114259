import { defineErrors } from '../../http/errors.ts';

export const AuthErrors = defineErrors({
  AUTH_REQUIRED: { status: 401, 'zh-CN': '请先登录', en: 'Please log in' },
  AUTH_SESSION_EXPIRED: {
    status: 401,
    'zh-CN': '登录已过期，请重新登录',
    en: 'Your session has expired; log in again',
  },
  AUTH_INVALID_CREDENTIALS: { status: 401, 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' },
  AUTH_THROTTLED: {
    status: 429,
    'zh-CN': '登录失败次数过多，请 {minutes} 分钟后再试',
    en: 'Too many failed logins; try again in {minutes} minutes',
  },
  AUTH_CSRF_INVALID: {
    status: 403,
    'zh-CN': '缺少或错误的 CSRF 令牌（x-csrf-token）',
    en: 'Missing or wrong CSRF token (x-csrf-token)',
  },
  AUTH_STAFF_ONLY: { status: 403, 'zh-CN': '仅限工作人员使用', en: 'Staff only' },
  AUTH_USERNAME_TAKEN: { status: 409, 'zh-CN': '用户名已存在', en: 'This username is taken' },
  AUTH_PASSWORD_WEAK: {
    status: 400,
    'zh-CN': '密码至少 8 位，且须同时包含字母和数字',
    en: 'A password needs at least 8 characters, with letters and digits',
  },
  AUTH_ROLE_UNKNOWN: { status: 400, 'zh-CN': '未知角色：{role}', en: 'Unknown role: {role}' },
  AUTH_ROLE_TARGET_INVALID: {
    status: 400,
    'zh-CN': '角色 {role} 需要指定{target}',
    en: 'Role {role} needs a {target}',
  },
  AUTH_SCOPE_UNKNOWN: {
    status: 400,
    'zh-CN': '辖区编码不存在：{code}',
    en: 'No such division or grid: {code}',
  },
  AUTH_DEPARTMENT_UNKNOWN: { status: 400, 'zh-CN': '部门不存在', en: 'No such department' },
  AUTH_ROLE_REQUIRED: { status: 400, 'zh-CN': '请至少分配一个角色', en: 'Grant at least one role' },
  AUTH_ROLE_DUPLICATE: {
    status: 409,
    'zh-CN': '该用户已在此处担任角色 {role}',
    en: 'The user already holds role {role} there',
  },
  AUTH_ROLE_LAST: {
    status: 409,
    'zh-CN': '这是该用户的最后一个角色，不能撤销；如不再任职，请停用账号',
    en: 'This is the user’s last role; disable the account instead',
  },
  AUTH_USER_NOT_FOUND: { status: 404, 'zh-CN': '用户不存在', en: 'No such user' },
  AUTH_ASSIGNMENT_NOT_FOUND: { status: 404, 'zh-CN': '角色分配不存在', en: 'No such role assignment' },
  AUTH_USER_BEYOND_TERRITORY: {
    status: 403,
    'zh-CN': '该用户在您的辖区外也担任角色，账号只能由覆盖其全部角色的管理员修改',
    en: 'The user also holds roles outside your territory; only an administrator over all of them can change the account',
  },
  AUTH_SELF_CHANGE: {
    status: 409,
    'zh-CN': '不能在此停用自己的账号、重置自己的密码或撤销自己的管理员角色',
    en: 'You cannot disable your own account, reset your own password or revoke your own administrator role here',
  },
  AUTH_PLACE_NOT_FOUND: {
    status: 404,
    'zh-CN': '辖区或网格不存在：{code}',
    en: 'No such division or grid: {code}',
  },
});
