export { loadCaseByNumber } from './case-repo.ts';
export { CaseErrors } from './cases.errors.ts';
export { casesRoutes } from './cases.routes.ts';
export { performAction } from './perform-action.ts';
export { publicCaseSql } from './public-cases.ts';
export { reportCase } from './report-case.ts';
