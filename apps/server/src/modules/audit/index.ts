export { auditRoutes } from './audit.routes.ts';
export { type AuditEntry, auditInsert, recordAudit } from './record.ts';
