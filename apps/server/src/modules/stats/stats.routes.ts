import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../http/types.ts';

/** Figures by which grids, communities, subdistricts and departments are judged (leader dashboard). */
export function statsRoutes(_deps: Deps) {
  return async (_root: FastifyInstance) => {};
}
