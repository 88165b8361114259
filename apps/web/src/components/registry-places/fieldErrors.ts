import type { FormInstance } from 'antd';
import { ApiError } from '../../api/ApiError.ts';
import type { MessageKey, Translate } from '../../i18n/messages.ts';

/** The domain's field error codes (validateOrganisation, parseRoomNo, normalizePhone …) that have a text. */
const KNOWN = new Set([
  'REQUIRED',
  'TOO_LONG',
  'CODE_UNKNOWN',
  'DATE_INVALID',
  'PHONE_INVALID',
  'ID_NUMBER_MALFORMED',
  'ID_NUMBER_ADDRESS_INVALID',
  'ID_NUMBER_BIRTH_DATE_INVALID',
  'ID_NUMBER_BIRTH_DATE_FUTURE',
  'ID_NUMBER_CHECKSUM',
  'USCC_MALFORMED',
  'USCC_CHECKSUM',
  'NUMBER_INVALID',
  'ROOM_NO_INVALID',
]);

/** Whether the form has a field of that name (only registered fields can show an error). */
const hasField = (form: FormInstance, name: string) =>
  form.getFieldsError().some((f) => f.name.length === 1 && f.name[0] === name);

/** A field error code in the user's language. */
export function fieldErrorText(code: string, t: Translate): string {
  return KNOWN.has(code) ? t(`places.fieldError.${code}` as MessageKey) : t('form.invalid');
}

export interface CodedFieldError {
  field: string;
  code: string;
}

/** Puts coded field errors on the form's fields (`fieldOf` renames body fields); returns the ones with no field. */
export function showFieldErrors(
  form: FormInstance,
  errors: readonly CodedFieldError[],
  t: Translate,
  fieldOf: (field: string) => string | null = (field) => field,
): CodedFieldError[] {
  const byField = new Map<string, string[]>();
  const other: CodedFieldError[] = [];
  for (const error of errors) {
    const name = fieldOf(error.field);
    if (!name || !hasField(form, name)) {
      other.push(error);
      continue;
    }
    const texts = byField.get(name) ?? [];
    const text = fieldErrorText(error.code, t);
    if (!texts.includes(text)) texts.push(text);
    byField.set(name, texts);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return other;
}

/** The field errors of a REGISTRY_INVALID answer (`details.fields`), or null for any other error. */
export function serverFieldErrors(error: unknown): CodedFieldError[] | null {
  if (!(error instanceof ApiError) || error.code !== 'REGISTRY_INVALID') return null;
  const fields = (error.details as { fields?: unknown } | null | undefined)?.fields;
  if (!Array.isArray(fields)) return null;
  return fields.filter(
    (f): f is CodedFieldError =>
      typeof f === 'object' && f !== null && typeof f.field === 'string' && typeof f.code === 'string',
  );
}

/**
 * A failed save on a form: REGISTRY_INVALID goes onto the fields it names, a code in `byCode` onto
 * its field; the text for the form's alert is returned when something is about no field.
 */
export function showSaveError(
  error: unknown,
  form: FormInstance,
  t: Translate,
  errorText: (error: unknown) => string,
  byCode: Record<string, string> = {},
  fieldOf?: (field: string) => string | null,
): string | null {
  const fields = serverFieldErrors(error);
  if (fields) {
    const other = showFieldErrors(form, fields, t, fieldOf);
    return other.length === 0 ? null : errorText(error);
  }
  const code = error instanceof ApiError ? error.code : null;
  const name = code ? byCode[code] : undefined;
  if (name && hasField(form, name)) {
    form.setFields([{ name, errors: [errorText(error)] }]);
    return null;
  }
  return errorText(error);
}
