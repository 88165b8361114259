import { defineErrors } from '../../http/errors.ts';

export const PortalErrors = defineErrors({
  PORTAL_SMS_COOLDOWN: {
    status: 429,
    'zh-CN': '验证码已发送，请 {seconds} 秒后再重新获取',
    en: 'A code was just sent; ask again in {seconds} s',
  },
  PORTAL_SMS_FAILED: {
    status: 502,
    'zh-CN': '短信发送失败，请稍后再试',
    en: 'The SMS could not be sent; try again later',
  },
  PORTAL_CODE_WRONG: { status: 400, 'zh-CN': '验证码不正确', en: 'Wrong code' },
  PORTAL_CODE_EXPIRED: {
    status: 400,
    'zh-CN': '验证码已过期或未获取，请重新获取',
    en: 'The code has expired or was never sent; ask for a new one',
  },
  PORTAL_CODE_TOO_MANY: {
    status: 429,
    'zh-CN': '验证码错误次数过多，请重新获取',
    en: 'Too many wrong codes; ask for a new one',
  },
  PORTAL_ACCOUNT_DISABLED: {
    status: 403,
    'zh-CN': '该账号已停用，请联系社区',
    en: 'This account is disabled; please contact your community',
  },
  PORTAL_LINK_UNKNOWN: {
    status: 404,
    'zh-CN': '查询链接无效或已失效',
    en: 'This tracking link is not valid',
  },
  PORTAL_RESIDENTS_ONLY: {
    status: 403,
    'zh-CN': '居民页面请使用居民身份登录',
    en: 'The resident pages need a resident sign-in',
  },
  PORTAL_CASE_NOT_FOUND: {
    status: 404,
    'zh-CN': '没有找到这件事（可能不是您反映或关注的）',
    en: 'No such case among the ones you reported or follow',
  },
  PORTAL_CASE_FINISHED: {
    status: 409,
    'zh-CN': '该事件已办结，不能再附议',
    en: 'This case is finished; it can no longer be joined',
  },
  PORTAL_COMMUNITY_UNKNOWN: { status: 404, 'zh-CN': '没有这个社区', en: 'No such community' },
  PORTAL_ANONYMOUS_ONLY: {
    status: 409,
    'zh-CN': '只有匿名身份需要查询链接',
    en: 'Only anonymous residents need a tracking link',
  },
});
