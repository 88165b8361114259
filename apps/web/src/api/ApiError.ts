import type { ErrorResponse } from '@wangge/contracts';
import type { Locale } from '../i18n/messages.ts';

export type ErrorMessages = ErrorResponse['messages'];

/** An error answer from the API (or a transport failure, with status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messages: ErrorMessages | null;
  readonly requestId: string | null;
  readonly details: unknown;

  constructor(
    status: number,
    code: string,
    message: string,
    extra: { messages?: ErrorMessages | null; requestId?: string | null; details?: unknown } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.messages = extra.messages ?? null;
    this.requestId = extra.requestId ?? null;
    this.details = extra.details;
  }

  /** The server's message in `locale`, falling back to the message it sent. */
  localized(locale: Locale): string {
    return this.messages?.[locale] ?? this.message;
  }
}

export const NETWORK_ERROR = 'NETWORK_ERROR';
