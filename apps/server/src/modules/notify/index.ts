export { backoffMs, deliverOutbox, MAX_ATTEMPTS } from './deliver.ts';
export {
  enqueueNotifications,
  type NotificationRequest,
  outboxInsertFromQuery,
  type QueriedNotification,
} from './enqueue.ts';
export { NotifyErrors } from './notify.errors.ts';
export { notifyRoutes } from './notify.routes.ts';
export { inAppSender, logSender, type OutboxMessage, type Sender, webhookSender } from './senders.ts';
