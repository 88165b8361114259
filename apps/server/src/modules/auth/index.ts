export { AuthErrors } from './auth.errors.ts';
export { authRoutes } from './auth.routes.ts';
export { createUser } from './create-user.ts';
export { loadScope } from './load-scope.ts';
export { createSession, hashToken, revokeSession } from './sessions.ts';
