import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, errorSpec, formatMessage, type Locale } from './errors.ts';

/** Fastify's own error codes mapped to ours. */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
};

export function sendError(
  reply: FastifyReply,
  request: FastifyRequest,
  code: string,
  details?: unknown,
  params?: Record<string, string | number>,
) {
  const spec = errorSpec(code) ?? errorSpec('INTERNAL')!;
  const messages = { 'zh-CN': formatMessage(spec['zh-CN'], params), en: formatMessage(spec.en, params) };
  const locale: Locale = request.locale ?? 'zh-CN';
  if (code === 'AUTH_THROTTLED' && details && typeof details === 'object' && 'retryAfterSeconds' in details) {
    reply.header('retry-after', String(details.retryAfterSeconds));
  }
  return reply.code(spec.status).send({
    code,
    message: messages[locale],
    messages,
    requestId: request.id,
    ...(details === undefined ? {} : { details }),
  });
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const thrown: unknown = error;
  if (thrown instanceof AppError)
    return sendError(reply, request, thrown.code, thrown.details, thrown.params);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((v) => ({
      path: `${error.validationContext ?? ''}${v.instancePath}`,
      message: v.message,
    }));
    return sendError(reply, request, 'VALIDATION_FAILED', { issues });
  }
  const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (mapped)
    return sendError(
      reply,
      request,
      mapped,
      mapped === 'VALIDATION_FAILED' ? { message: error.message } : undefined,
    );
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    request.log.info({ err: error }, 'client error');
    return sendError(reply, request, error.statusCode === 404 ? 'NOT_FOUND' : 'VALIDATION_FAILED', {
      message: error.message,
    });
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendError(reply, request, 'INTERNAL');
}
