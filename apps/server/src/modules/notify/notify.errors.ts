import { defineErrors } from '../../http/errors.ts';

export const NotifyErrors = defineErrors({
  NOTIFICATION_NOT_FOUND: { status: 404, 'zh-CN': '通知不存在', en: 'No such notification' },
});
