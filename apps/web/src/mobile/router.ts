import { navigate, usePath } from '../router/router.ts';

/**
 * The resident pages use the console's history router under the base /m: page code speaks of
 * paths inside the base ('/', '/cases/…'), the address bar shows /m/….
 */
export const BASE = '/m';

/** The address of an in-app path: '/' → '/m', '/cases' → '/m/cases'. */
export function href(path: string): string {
  return path === '/' ? BASE : `${BASE}${path}`;
}

/** The in-app path of the current address ('/m/cases/x' → '/cases/x'); re-renders on navigation. */
export function useMobilePath(): string {
  const path = usePath();
  if (path === BASE || path === `${BASE}/`) return '/';
  return path.startsWith(`${BASE}/`) ? path.slice(BASE.length).replace(/\/+$/, '') || '/' : path;
}

interface HistoryState {
  /** How many in-app pages lie behind this entry: the NavBar's back goes back only when there is one. */
  depth: number;
}

function currentDepth(): number {
  const state = window.history.state as Partial<HistoryState> | null;
  return typeof state?.depth === 'number' ? state.depth : 0;
}

/** Goes to an in-app path (pushes a history entry unless `replace`). */
export function go(path: string, options: { replace?: boolean } = {}): void {
  const target = href(path);
  if (target === window.location.pathname + window.location.search) return;
  const depth = options.replace ? currentDepth() : currentDepth() + 1;
  navigate(target, options);
  window.history.replaceState({ depth } satisfies HistoryState, '');
}

/** Back to the previous in-app page, or to `fallback` when the page was opened directly (a shared link). */
export function goBack(fallback: string): void {
  if (currentDepth() > 0) window.history.back();
  else go(fallback, { replace: true });
}

/** A query parameter of the current address. */
export function queryParam(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}
