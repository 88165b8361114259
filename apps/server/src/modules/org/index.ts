export { checkCoverage } from './check-coverage.ts';
export { findDivision } from './divisions.repo.ts';
export { importDivisions, readCountyDivisions } from './import-divisions.ts';
export { importGrids } from './import-grids.ts';
export { locate } from './locate.ts';
export { OrgErrors } from './org.errors.ts';
export { orgRoutes } from './org.routes.ts';
