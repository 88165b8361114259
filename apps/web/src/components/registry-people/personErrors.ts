import type { MessageKey, Translate } from '../../i18n/messages.ts';

/** The codes of the domain's person rules (validatePerson), which the server sends back too. */
const CODES = [
  'REQUIRED',
  'TOO_LONG',
  'CODE_UNKNOWN',
  'DATE_INVALID',
  'DIVISION_CODE_INVALID',
  'PHONE_INVALID',
  'ID_NUMBER_MALFORMED',
  'ID_NUMBER_ADDRESS_INVALID',
  'ID_NUMBER_BIRTH_DATE_INVALID',
  'ID_NUMBER_BIRTH_DATE_FUTURE',
  'ID_NUMBER_CHECKSUM',
  'ID_TYPE_NOT_ALLOWED',
  'SEX_MISMATCH',
  'BIRTH_DATE_MISMATCH',
  'PERMIT_DATES_ORDER',
  'NATIONALITY_INVALID',
  'NOT_APPLICABLE',
  'ROOM_NO_INVALID',
];

/** A field error code in the user's language. */
export function personErrorText(code: string, t: Translate): string {
  return CODES.includes(code) ? t(`people.error.${code}` as MessageKey) : t('form.invalid');
}

export interface FieldProblem {
  field: string;
  code: string;
}

/** The field errors of a REGISTRY_INVALID answer (`details.fields`), or null. */
export function fieldProblems(details: unknown): FieldProblem[] | null {
  if (typeof details !== 'object' || details === null) return null;
  const fields = (details as { fields?: unknown }).fields;
  if (!Array.isArray(fields)) return null;
  return fields.flatMap((f) =>
    typeof f === 'object' && f !== null && typeof f.field === 'string' && typeof f.code === 'string'
      ? [{ field: f.field as string, code: f.code as string }]
      : [],
  );
}
