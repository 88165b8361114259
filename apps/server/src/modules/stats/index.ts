export { StatsErrors } from './stats.errors.ts';
export { statsRoutes } from './stats.routes.ts';
