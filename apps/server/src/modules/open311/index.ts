import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../http/types.ts';
import { open311ApiRoutes } from './open311.routes.ts';
import { open311ClientRoutes } from './open311-clients.routes.ts';

export { Open311Errors } from './open311.errors.ts';
export { open311Policy } from './open311.policy.ts';

/** Open311 GeoReport v2 at /open311 (discovery) and /open311/v2, and the admin API of its client keys. */
export function open311Routes(deps: Deps) {
  return async (app: FastifyInstance) => {
    await app.register(open311ClientRoutes(deps));
    await app.register(open311ApiRoutes(deps), { prefix: '/open311' });
  };
}
