import {
  BuildingParams,
  BuildingRegistry,
  HouseholdCreate,
  HouseholdUpdate,
  HouseholdView,
  IdParams,
  RoomCreate,
  RoomRevealAnswer,
  RoomRevealRequest,
  RoomUpdate,
  RoomView,
} from '@wangge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../http/auth-hooks.ts';
import type { Deps } from '../../http/types.ts';
import { createHousehold } from './create-household.ts';
import { createRoom } from './create-room.ts';
import { getBuildingRegistry } from './get-building-registry.ts';
import './housing.errors.ts';
import { registryErrorResponses } from './registry.responses.ts';
import { revealRoomOwner } from './reveal-room-owner.ts';
import { updateHousehold } from './update-household.ts';
import { updateRoom } from './update-room.ts';

const errors = registryErrorResponses;
const tags = ['registry'];

/** Housing (实有房屋) and households (户): a building's registry, rooms, households, the owner's phone. */
export function housingRoutes(deps: Deps) {
  return async (root: FastifyInstance) => {
    const app = root.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/api/registry/buildings/:code',
      {
        schema: {
          tags,
          summary: 'A building’s rooms, households and residents (numbers masked)',
          params: BuildingParams,
          response: { 200: BuildingRegistry, ...errors },
        },
      },
      async (request) => getBuildingRegistry(deps, actorOf(request), request.params.code),
    );
    app.post(
      '/api/registry/rooms',
      {
        schema: {
          tags,
          summary: 'Register a room of a building’s stairway unit',
          body: RoomCreate,
          response: { 201: RoomView, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await createRoom(deps, actorOf(request), request.body)),
    );
    app.put(
      '/api/registry/rooms/:id',
      {
        schema: {
          tags,
          summary: 'Change a room’s record',
          params: IdParams,
          body: RoomUpdate,
          response: { 200: RoomView, ...errors },
        },
      },
      async (request) => updateRoom(deps, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/registry/rooms/:id/reveal',
      {
        schema: {
          tags,
          summary: 'Show the owner’s phone in the clear (needs the permission and a reason; audited)',
          params: IdParams,
          body: RoomRevealRequest,
          response: { 200: RoomRevealAnswer, ...errors },
        },
      },
      async (request) => revealRoomOwner(deps, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/registry/households',
      {
        schema: {
          tags,
          summary: 'Open a household in a room',
          body: HouseholdCreate,
          response: { 201: HouseholdView, ...errors },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await createHousehold(deps, actorOf(request), request.body)),
    );
    app.put(
      '/api/registry/households/:id',
      {
        schema: {
          tags,
          summary: 'Change a household’s number or head',
          params: IdParams,
          body: HouseholdUpdate,
          response: { 200: HouseholdView, ...errors },
        },
      },
      async (request) => updateHousehold(deps, actorOf(request), request.params.id, request.body),
    );
  };
}
