import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../http/types.ts';

/** Placeholder until these endpoints land (issue 6). */
export function housingRoutes(_deps: Deps) {
  return async (_app: FastifyInstance) => {};
}
