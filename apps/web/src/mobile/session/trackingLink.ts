import type { ResidentSession } from '../api/types.ts';

// The server keeps only a hash of an anonymous resident's link and cannot show it again, so this
// phone keeps it to show it again (the resident is signed in on it anyway).
const STORAGE_KEY = 'wangge.m.trackingPath';

export function rememberTrackingPath(path: string | null): void {
  try {
    if (path) window.localStorage.setItem(STORAGE_KEY, path);
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage disabled: the link is shown after the report only.
  }
}

function storedTrackingPath(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The session with its private link: the one the server sent, else the one this phone kept. */
export function withTrackingPath(session: ResidentSession): ResidentSession {
  if (session.kind !== 'anonymous') return session;
  if (session.trackingPath) {
    rememberTrackingPath(session.trackingPath);
    return session;
  }
  return { ...session, trackingPath: storedTrackingPath() };
}

/** The full address of a private link, to copy or write down. */
export function trackingUrl(path: string): string {
  return new URL(path, window.location.origin).toString();
}
