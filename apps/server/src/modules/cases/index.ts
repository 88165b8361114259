export { CaseErrors } from './cases.errors.ts';
export { casesRoutes } from './cases.routes.ts';
