import { useSession } from './context.ts';

/** Roles that take calls and enter cases by hand (the 12345 call page). */
export const INTAKE_ROLES: ReadonlySet<string> = new Set(['hotlineOperator', 'subdistrictDispatcher']);

/** The signed-in user's roles (empty while signed out). */
export function useRoles(): readonly string[] {
  const { state } = useSession();
  return state.status === 'authenticated' ? state.session.user.roles.map((r) => r.role) : [];
}

/** Whether the signed-in user holds any of these roles: the menu and buttons hide what the server would refuse. */
export function useHasRole(roles: ReadonlySet<string>): boolean {
  return useRoles().some((r) => roles.has(r));
}

/** Where the console opens after login: the tasks waiting for this user. */
export const HOME_PATH = '/workbench';
