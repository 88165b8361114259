export { loadCaseByNumber } from './case-repo.ts';
export { CaseErrors } from './cases.errors.ts';
export { casesRoutes } from './cases.routes.ts';
export { DEFAULT_ACCEPT } from './category-limits.ts';
export { type CreatedCase, createCase, type NewCase } from './create-case.ts';
export { performAction } from './perform-action.ts';
export { publicCaseSql } from './public-cases.ts';
export { assigneesSql, dispatchersSql } from './recipients.ts';
export { reportCase } from './report-case.ts';
