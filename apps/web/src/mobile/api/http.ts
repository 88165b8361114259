import type { ErrorResponse } from '@wangge/contracts';
import { ApiError, NETWORK_ERROR } from '../../api/ApiError.ts';
import type { Locale } from '../../i18n/messages.ts';

export { ApiError } from '../../api/ApiError.ts';

// The console's api/client.ts sends a 401 to the console's /login; the resident pages sign in on
// their own page, so they have this small client (same error shape, same ApiError).

type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  method?: 'GET' | 'POST';
  query?: Query;
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
}

let csrfToken: string | null = null;
let acceptLanguage: Locale = 'zh-CN';
let onSessionLost: (() => void) | null = null;

/** The resident session's CSRF token, sent with every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function csrfHeader(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

/** Server texts (progress words, error messages) come in the page's language. */
export function setApiLocale(locale: Locale): void {
  acceptLanguage = locale;
}

export function apiLocale(): Locale {
  return acceptLanguage;
}

/** Called when the server says the session has gone (401): the pages fall back to signed out. */
export function setSessionLostHandler(handler: (() => void) | null): void {
  onSessionLost = handler;
}

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function isErrorResponse(value: unknown): value is ErrorResponse {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

/** The ApiError for an error answer (its body parsed when it is ours). */
export function toApiError(status: number, statusText: string, payload: unknown): ApiError {
  if (isErrorResponse(payload)) {
    if (status === 401) {
      csrfToken = null;
      onSessionLost?.();
    }
    return new ApiError(status, payload.code, payload.message, {
      messages: payload.messages,
      requestId: payload.requestId,
      details: payload.details,
    });
  }
  return new ApiError(status, `HTTP_${status}`, statusText || `HTTP ${status}`);
}

export function networkError(error: unknown): ApiError {
  return new ApiError(0, NETWORK_ERROR, error instanceof Error ? error.message : String(error));
}

/** Calls the API; resolves with the parsed body (undefined for 204), rejects with ApiError. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': acceptLanguage };
  if (method !== 'GET') Object.assign(headers, csrfHeader());
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (options.signal) init.signal = options.signal;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), init);
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw networkError(error);
  }
  if (!response.ok) {
    const payload: unknown = await response.json().catch(() => null);
    throw toApiError(response.status, response.statusText, payload);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
