import { ErrorResponse } from '@wangge/contracts';

/** The error answers every registry endpoint documents (bad input, login, right, scope, conflict). */
export const registryErrorResponses = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};
