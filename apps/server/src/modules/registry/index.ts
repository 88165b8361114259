import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../http/types.ts';
import { careRoutes } from './care.routes.ts';
import { exportRoutes } from './export/export.routes.ts';
import { housingRoutes } from './housing.routes.ts';
import { importRoutes } from './import/import.routes.ts';
import { organisationsRoutes } from './organisations.routes.ts';
import { peopleRoutes } from './people.routes.ts';

export { failInterruptedImports } from './import/interrupted-imports.ts';
export { purgeDeleted } from './purge.ts';
export { RegistryErrors } from './registry.errors.ts';
export { registryPolicy } from './registry.policy.ts';

/**
 * The registry (双实): people, housing and households, organisations, care groups and visits, imports
 * and exports.
 */
export function registryRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    // Before the other routes: /people/export.xlsx, /organisations/export.xlsx, /rooms/export.xlsx
    // must not be taken for their /:id.
    await app.register(importRoutes(deps));
    await app.register(exportRoutes(deps));
    await app.register(peopleRoutes(deps));
    await app.register(housingRoutes(deps));
    await app.register(organisationsRoutes(deps));
    await app.register(careRoutes(deps));
  };
}
