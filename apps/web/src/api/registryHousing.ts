import type {
  BuildingRegistry as BuildingRegistrySchema,
  HouseholdCreate as HouseholdCreateSchema,
  HouseholdUpdate as HouseholdUpdateSchema,
  HouseholdView as HouseholdViewSchema,
  RoomCreate as RoomCreateSchema,
  RoomUpdate as RoomUpdateSchema,
  RoomView as RoomViewSchema,
} from '@wangge/contracts';
import type { Locale } from '../i18n/messages.ts';
import { api } from './client.ts';
import { downloadFile } from './download.ts';

// Housing and households of the registry (实有房屋): rooms by building, their owners and households.

export type BuildingRegistry = (typeof BuildingRegistrySchema)['_zod']['output'];
export type RoomView = (typeof RoomViewSchema)['_zod']['output'];
export type HouseholdView = (typeof HouseholdViewSchema)['_zod']['output'];
export type HouseholdMember = HouseholdView['members'][number];
export type RoomCreate = (typeof RoomCreateSchema)['_zod']['output'];
export type RoomUpdate = (typeof RoomUpdateSchema)['_zod']['output'];
export type HouseholdCreate = (typeof HouseholdCreateSchema)['_zod']['output'];
export type HouseholdUpdate = (typeof HouseholdUpdateSchema)['_zod']['output'];

/** A clear value given once, for a stated reason (the server records who asked and why). */
export interface Revealed {
  field: string;
  value: string | null;
}

const enc = encodeURIComponent;

export function fetchBuildingRegistry(code: string, signal?: AbortSignal): Promise<BuildingRegistry> {
  return api(`/api/registry/buildings/${enc(code)}`, { signal });
}

export function createRoom(body: RoomCreate): Promise<RoomView> {
  return api('/api/registry/rooms', { method: 'POST', body });
}

export function updateRoom(id: string, body: RoomUpdate): Promise<RoomView> {
  return api(`/api/registry/rooms/${enc(id)}`, { method: 'PUT', body });
}

export function revealRoomOwnerPhone(id: string, reason: string): Promise<Revealed> {
  return api(`/api/registry/rooms/${enc(id)}/reveal`, {
    method: 'POST',
    body: { field: 'ownerPhone', reason },
  });
}

export function createHousehold(body: HouseholdCreate): Promise<HouseholdView> {
  return api('/api/registry/households', { method: 'POST', body });
}

export function updateHousehold(id: string, body: HouseholdUpdate): Promise<HouseholdView> {
  return api(`/api/registry/households/${enc(id)}`, { method: 'PUT', body });
}

/** GET /api/registry/rooms/export.xlsx for one building, saved by the browser; errors as ApiErrors. */
export function downloadRoomsExport(buildingCode: string, locale: Locale): Promise<string> {
  return downloadFile(
    '/api/registry/rooms/export.xlsx',
    new URLSearchParams({ buildingCode }),
    locale,
    'rooms.xlsx',
  );
}
