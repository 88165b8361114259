import type { ErrorResponse } from '@wangge/contracts';
import type { Locale } from '../i18n/messages.ts';
import { navigate } from '../router/router.ts';
import { ApiError, NETWORK_ERROR } from './ApiError.ts';

export { ApiError } from './ApiError.ts';

type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  /** JSON, or a FormData sent as multipart (the browser sets its boundary). */
  body?: unknown;
  signal?: AbortSignal;
}

// Kept in memory only: it comes back from login and from GET /api/auth/me on every page load.
let csrfToken: string | null = null;
let acceptLanguage: Locale = 'zh-CN';
let unauthorizedHandler: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF header for a write that does not go through api() (e.g. a multipart upload). */
export function setApiLocale(locale: Locale): void {
  acceptLanguage = locale;
}

/** Called when the server says the session is gone (401 AUTH_REQUIRED). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

function buildUrl(path: string, query?: Query): string {
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

async function toApiError(response: Response): Promise<ApiError> {
  const payload: unknown = await response.json().catch(() => null);
  if (isErrorResponse(payload)) {
    return new ApiError(response.status, payload.code, payload.message, {
      messages: payload.messages,
      requestId: payload.requestId,
      details: payload.details,
    });
  }
  return new ApiError(
    response.status,
    `HTTP_${response.status}`,
    response.statusText || `HTTP ${response.status}`,
  );
}

/** Calls the API (JSON, or multipart for FormData bodies); resolves with the parsed body (undefined for 204), rejects with ApiError. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': acceptLanguage };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (options.signal) init.signal = options.signal;
  if (options.body instanceof FormData) {
    init.body = options.body;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, NETWORK_ERROR, error instanceof Error ? error.message : String(error));
  }

  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && error.code === 'AUTH_REQUIRED') {
      csrfToken = null;
      unauthorizedHandler?.();
      if (window.location.pathname !== '/login') navigate('/login', { replace: true });
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
