export { PortalErrors } from './portal.errors.ts';
export { portalRoutes } from './portal.routes.ts';
export type { SmsCodeSender } from './sms-sender.ts';
