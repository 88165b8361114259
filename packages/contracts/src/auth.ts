import { z } from 'zod';

export const LoginRequest = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(128),
});

export const RoleGrant = z.object({
  role: z.string(),
  roleLabel: z.string(),
  scopePath: z.string().nullable(),
  scopeName: z.string().nullable().describe('Name of the territory node, e.g. 甸柳新村第一社区'),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
});

export const Me = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  kind: z.enum(['staff', 'resident']),
  locale: z.enum(['zh-CN', 'en']),
  roles: z.array(RoleGrant),
});
export type Me = z.infer<typeof Me>;

/** Returned by login and by GET /api/auth/me: the CSRF token goes in `x-csrf-token` on every write. */
export const SessionResponse = z.object({ user: Me, csrfToken: z.string(), expiresAt: z.string() });
export type SessionResponse = z.infer<typeof SessionResponse>;

/** GET /api/auth/session: 200 either way, so a signed-out page load logs no error. */
export const SessionProbe = z.object({ session: SessionResponse.nullable() });

/** One role to grant: at a division or grid code, or in a department (department handlers). */
export const RoleGrantRequest = z.strictObject({
  role: z.string(),
  scopeCode: z
    .string()
    .regex(/^[1-9]\d{5}(\d{3}(\d{3}(\d{3})?)?)?$/)
    .optional()
    .describe('Division or grid code the role is held at'),
  departmentId: z.uuid().optional(),
  force: z.enum(['basic', 'professional', 'linked']).optional(),
  employment: z.enum(['full_time', 'part_time']).optional(),
});
export type RoleGrantRequest = z.infer<typeof RoleGrantRequest>;

export const Username = z.string().regex(/^[A-Za-z0-9_.-]{3,64}$/);
export const DisplayName = z.string().trim().min(1).max(64);
/** The shape only; the strength rule (AUTH_PASSWORD_WEAK) is checked by the server. */
export const Password = z.string().min(1).max(128);

export const CreateUserRequest = z.strictObject({
  username: Username,
  displayName: DisplayName,
  kind: z.enum(['staff', 'resident']),
  password: Password,
  roles: z.array(RoleGrantRequest).max(50),
});
export type CreateUserRequest = z.infer<typeof CreateUserRequest>;

export const UserListQuery = z.strictObject({
  q: z.string().max(64).optional().describe('Part of a username or display name'),
  role: z.string().max(32).optional().describe('Only users holding this role in the territory'),
  disabled: z.enum(['true', 'false']).optional(),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type UserListQuery = z.infer<typeof UserListQuery>;

/** A role assignment as administrators see it: where (territory or department) and how. */
export const Assignment = z.object({
  id: z.string(),
  role: z.string(),
  roleLabel: z.string(),
  scopePath: z.string().nullable(),
  scopeCode: z.string().nullable().describe('Division or grid code the role is held at'),
  scopeName: z.string().nullable(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  force: z.enum(['basic', 'professional', 'linked']).nullable(),
  employment: z.enum(['full_time', 'part_time']).nullable(),
});
export type Assignment = z.infer<typeof Assignment>;

export const UserSummary = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  kind: z.string(),
  disabled: z.boolean(),
  roles: z.array(Assignment).describe('The roles held inside the administrator’s territory'),
});
export type UserSummary = z.infer<typeof UserSummary>;
export const UserList = z.object({
  items: z.array(UserSummary),
  total: z.number().int().describe('Matching users (items is one page of them)'),
});
export type UserList = z.infer<typeof UserList>;

export const UserParams = z.strictObject({ id: z.uuid() });
export const AssignmentParams = z.strictObject({ id: z.uuid(), assignmentId: z.uuid() });

/** PATCH /api/auth/users/:id: rename, disable (ends their sessions) or enable. */
export const UserUpdateRequest = z
  .strictObject({ displayName: DisplayName.optional(), disabled: z.boolean().optional() })
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');
export type UserUpdateRequest = z.infer<typeof UserUpdateRequest>;

/** POST /api/auth/users/:id/password: an administrator sets a new password (ends their sessions). */
export const PasswordResetRequest = z.strictObject({ password: Password });
export type PasswordResetRequest = z.infer<typeof PasswordResetRequest>;

/** GET /api/auth/roles: the roles an administrator can grant, and what each is held at. */
export const RoleOptions = z.object({
  items: z.array(
    z.object({
      role: z.string(),
      label: z.string(),
      target: z.enum(['territory', 'department']),
      staff: z.boolean().describe('A role of people who work in the system (not residents, volunteers…)'),
    }),
  ),
});
export type RoleOptions = z.infer<typeof RoleOptions>;

/** A person working a grid or a department, for the assignment views. */
export const AssignedPerson = z.object({
  assignmentId: z.string(),
  userId: z.string(),
  username: z.string(),
  displayName: z.string(),
  disabled: z.boolean(),
  role: z.string(),
  roleLabel: z.string(),
  force: z.enum(['basic', 'professional', 'linked']).nullable(),
  employment: z.enum(['full_time', 'part_time']).nullable(),
  departmentName: z.string().nullable(),
});
export type AssignedPerson = z.infer<typeof AssignedPerson>;

/** GET /api/auth/assignments/grids: who works which grid. */
export const GridAssignmentsQuery = z.strictObject({
  within: z
    .string()
    .regex(/^[1-9]\d{5}(\d{3}(\d{3}(\d{3})?)?)?$/)
    .optional()
    .describe('A division or grid code; the administrator’s whole territory when left out'),
});
export const GridAssignments = z.object({
  items: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      type: z.enum(['basic', 'exclusive']),
      communityCode: z.string(),
      communityName: z.string(),
      staff: z.array(AssignedPerson).describe('Grid leaders, grid workers, building and unit leaders'),
    }),
  ),
});
export type GridAssignments = z.infer<typeof GridAssignments>;

/** GET /api/auth/assignments/departments: who handles cases for which department. */
export const DepartmentAssignments = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      handlers: z.array(AssignedPerson),
      gridWorkers: z
        .array(AssignedPerson.extend({ grids: z.number().int() }))
        .describe('Its professional forces on the grids (一员多格), with how many grids each covers'),
    }),
  ),
});
export type DepartmentAssignments = z.infer<typeof DepartmentAssignments>;
