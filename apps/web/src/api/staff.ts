import type {
  CreateUserRequest,
  DepartmentAssignments,
  GridAssignments,
  GridList as GridListSchema,
  PasswordResetRequest,
  RoleGrantRequest,
  RoleOptions,
  UserList,
  UserListQuery as UserListQuerySchema,
  UserUpdateRequest,
} from '@wangge/contracts';
import { api } from './client.ts';

export type UserQuery = Omit<Partial<(typeof UserListQuerySchema)['_zod']['input']>, 'offset' | 'limit'> & {
  offset?: number;
  limit?: number;
};
type GridList = (typeof GridListSchema)['_zod']['output'];

export function listUsers(query: UserQuery, signal?: AbortSignal): Promise<UserList> {
  return api('/api/auth/users', { query, signal });
}

export function createUser(body: CreateUserRequest): Promise<{ id: string }> {
  return api('/api/auth/users', { method: 'POST', body });
}

export function updateUser(id: string, body: UserUpdateRequest): Promise<void> {
  return api(`/api/auth/users/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function resetPassword(id: string, body: PasswordResetRequest): Promise<void> {
  return api(`/api/auth/users/${encodeURIComponent(id)}/password`, { method: 'POST', body });
}

export function grantRole(userId: string, body: RoleGrantRequest): Promise<{ id: string }> {
  return api(`/api/auth/users/${encodeURIComponent(userId)}/roles`, { method: 'POST', body });
}

export function revokeRole(userId: string, assignmentId: string): Promise<void> {
  return api(`/api/auth/users/${encodeURIComponent(userId)}/roles/${encodeURIComponent(assignmentId)}`, {
    method: 'DELETE',
  });
}

export function fetchRoles(signal?: AbortSignal): Promise<RoleOptions> {
  return api('/api/auth/roles', { signal });
}

export function fetchGridAssignments(within: string | null, signal?: AbortSignal): Promise<GridAssignments> {
  return api('/api/auth/assignments/grids', { query: { within }, signal });
}

export function fetchDepartmentAssignments(signal?: AbortSignal): Promise<DepartmentAssignments> {
  return api('/api/auth/assignments/departments', { signal });
}

/** The grids of one community, for picking where a role is held. */
export function fetchCommunityGrids(community: string, signal?: AbortSignal): Promise<GridList> {
  return api('/api/org/grids', { query: { division: community, limit: 1000 }, signal });
}
