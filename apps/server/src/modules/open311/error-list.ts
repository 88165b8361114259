import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, errorSpec, formatMessage } from '../../http/errors.ts';
import { formatOfPath, sendAs } from './format.ts';

/** One thing wrong with a request: a declared error code and its message parameters. */
export interface Problem {
  code: string;
  params?: Record<string, string | number>;
}

/** Text from a request echoed in an error message, cut short. */
export const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * Refuses a request for one or more reasons at once (GeoReport v2 allows a list of errors);
 * `retryAfterSeconds` becomes a Retry-After header.
 */
export function refuse(problems: readonly Problem[], retryAfterSeconds?: number): never {
  const [first] = problems;
  if (!first) throw new Error('refuse() needs a problem');
  throw new AppError(first.code, { problems, retryAfterSeconds }, first.params);
}

/**
 * Codes of other modules whose Open311 status differs from the app's: the spec answers an unknown
 * service_code with 404 where the case API says 400.
 */
const OPEN311_STATUS: Record<string, number> = { CASE_CATEGORY_UNKNOWN: 404 };

/** Fastify's own errors, as in the app's handler, in our codes. */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'OPEN311_BODY_INVALID',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'OPEN311_BODY_INVALID',
  FST_ERR_CTP_INVALID_JSON_BODY: 'OPEN311_BODY_INVALID',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'OPEN311_BODY_INVALID',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
};

/** The spec knows 400, 403 and 404 only: 401 is a key problem (403), everything else a 400. */
const httpStatusOf = (status: number) =>
  status === 404 ? 404 : status === 401 || status === 403 ? 403 : 400;

interface Open311Error {
  code: number;
  description: string;
}

/**
 * Sends problems as a GeoReport v2 error list in the request's format. The HTTP status is 404 when
 * every problem is a missing thing, 403 when the key is the problem, else 400; each entry's `code`
 * is its own status, more specific where the spec's three are too coarse (429 too many requests,
 * 500 our fault), which the spec allows.
 */
export function sendProblems(
  reply: FastifyReply,
  request: FastifyRequest,
  problems: readonly Problem[],
  retryAfterSeconds?: number,
) {
  const entries: Array<Open311Error & { http: number }> = problems.map((p) => {
    const spec = errorSpec(p.code) ?? errorSpec('INTERNAL')!;
    const status = OPEN311_STATUS[p.code] ?? spec.status;
    const http = httpStatusOf(status);
    return {
      http,
      code: status === 429 || status >= 500 ? status : http,
      description: formatMessage(spec[request.locale ?? 'zh-CN'], p.params),
    };
  });
  const status = entries.some((e) => e.http === 403) ? 403 : entries.every((e) => e.http === 404) ? 404 : 400;
  if (retryAfterSeconds !== undefined) reply.header('retry-after', String(retryAfterSeconds));
  const path = request.url.split('?')[0] ?? '';
  return sendAs(
    reply,
    formatOfPath(path),
    'errors',
    entries.map(({ code, description }) => ({ code, description })),
    status,
  );
}

const problemsOf = (error: AppError): readonly Problem[] => {
  const d = error.details as { problems?: readonly Problem[] } | undefined;
  return d?.problems ?? [{ code: error.code, ...(error.params ? { params: error.params } : {}) }];
};

/** The error handler of the /open311 context: every failure comes out as an Open311 error list. */
export function open311ErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const thrown: unknown = error;
  if (thrown instanceof AppError) {
    const d = thrown.details as { retryAfterSeconds?: number } | undefined;
    return sendProblems(reply, request, problemsOf(thrown), d?.retryAfterSeconds);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const problems = error.validation.map((v) => ({
      code: 'OPEN311_PARAMETER_INVALID',
      params: {
        name: v.instancePath.replace(/^\//, '') || String(error.validationContext),
        reason: v.message ?? '',
      },
    }));
    return sendProblems(reply, request, problems);
  }
  const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (mapped) return sendProblems(reply, request, [{ code: mapped }]);
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    request.log.info({ err: error }, 'open311 client error');
    return sendProblems(reply, request, [
      { code: error.statusCode === 404 ? 'OPEN311_NOT_FOUND' : 'VALIDATION_FAILED' },
    ]);
  }
  request.log.error({ err: error }, 'unhandled open311 error');
  return sendProblems(reply, request, [{ code: 'OPEN311_UNAVAILABLE' }]);
}
