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

export const CreateUserRequest = z.strictObject({
  username: z.string().regex(/^[A-Za-z0-9_.-]{3,64}$/),
  displayName: z.string().min(1).max(64),
  kind: z.enum(['staff', 'resident']),
  password: z.string().min(1).max(128),
  roles: z
    .array(
      z.strictObject({
        role: z.string(),
        scopeCode: z
          .string()
          .regex(/^[1-9]\d{5}(\d{3}(\d{3}(\d{3})?)?)?$/)
          .optional()
          .describe('Division or grid code the role is held at'),
        departmentId: z.uuid().optional(),
        force: z.enum(['basic', 'professional', 'linked']).optional(),
        employment: z.enum(['full_time', 'part_time']).optional(),
      }),
    )
    .max(50),
});
export type CreateUserRequest = z.infer<typeof CreateUserRequest>;

export const UserListQuery = z.strictObject({
  q: z.string().max(64).optional().describe('Part of a username or display name'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const UserList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      username: z.string(),
      displayName: z.string(),
      kind: z.string(),
      disabled: z.boolean(),
      roles: z.array(
        z.object({
          role: z.string(),
          roleLabel: z.string(),
          scopePath: z.string().nullable(),
          departmentName: z.string().nullable(),
        }),
      ),
    }),
  ),
});
