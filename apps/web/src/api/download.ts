import type { Locale } from '../i18n/messages.ts';
import { ApiError, NETWORK_ERROR } from './ApiError.ts';

/** The file name the server gave (RFC 5987 filename* first), or the fallback. */
function filenameOf(disposition: string | null, fallback: string): string {
  const extended = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended);
    } catch {
      // Fall through to the plain name.
    }
  }
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}

/** A list's filters as URL parameters, without the empty ones: the server's query schemas are strict. */
export function exportParams(
  query: Record<string, string | number | boolean | null | undefined>,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  return params;
}

/**
 * GETs a file the server builds (an Excel export) and has the browser save it under the server's
 * file name, which is returned. Errors come back as ApiErrors, as from api().
 */
export async function downloadFile(
  path: string,
  params: URLSearchParams,
  locale: Locale,
  fallbackName: string,
): Promise<string> {
  const search = params.toString();
  let response: Response;
  try {
    response = await fetch(`${path}${search ? `?${search}` : ''}`, {
      headers: { 'accept-language': locale },
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new ApiError(0, NETWORK_ERROR, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    const payload = (await response.json().catch(() => null)) as {
      code?: string;
      message?: string;
      messages?: { 'zh-CN': string; en: string };
      requestId?: string;
      details?: unknown;
    } | null;
    throw new ApiError(
      response.status,
      payload?.code ?? `HTTP_${response.status}`,
      payload?.message ?? response.statusText,
      {
        messages: payload?.messages ?? null,
        requestId: payload?.requestId ?? null,
        details: payload?.details,
      },
    );
  }
  const filename = filenameOf(response.headers.get('content-disposition'), fallbackName);
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoked after the click has been handled; the download keeps its own reference.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return filename;
}
