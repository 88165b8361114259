import type { FieldError } from '@wangge/domain';
import { AppError } from '../../http/errors.ts';

/** The domain's field errors as one REGISTRY_INVALID: the fields named in the message, each with its code in details. */
export function invalid(errors: readonly FieldError<string>[]): AppError {
  const fields = [...new Set(errors.map((e) => e.field))].join(', ');
  return new AppError('REGISTRY_INVALID', { fields: errors }, { fields });
}
