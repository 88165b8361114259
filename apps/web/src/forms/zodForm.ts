import type { FormInstance } from 'antd';
import { ApiError } from '../api/ApiError.ts';
import type { Translate } from '../i18n/messages.ts';

/** What the forms need of a zod schema (a contract from @wangge/contracts). */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
}
export interface Contract<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: Issue[] } };
}

/** A zod issue in the user's language: the contract's own messages are for developers. */
export function issueText(issue: Issue, t: Translate): string {
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) <= 1)
    return t('form.required');
  if (issue.code === 'too_small' && issue.origin === 'array') return t('form.required');
  if (issue.code === 'too_small') return t('form.tooSmall', { min: String(issue.minimum) });
  if (issue.code === 'too_big') return t('form.tooBig', { max: String(issue.maximum) });
  if (issue.code === 'invalid_type' && issue.message.includes('undefined')) return t('form.required');
  if (issue.code === 'invalid_format') return t('form.format');
  return t('form.invalid');
}

/**
 * Checks a request body against its contract before it is sent, the same check the server makes.
 * On failure the issues are shown on the form's fields (`fieldOf` maps a body path to a field
 * name; issues without a field go to `onOther`) and null is returned.
 */
export function checkBody<T>(
  contract: Contract<T>,
  body: unknown,
  form: FormInstance,
  t: Translate,
  fieldOf: (path: PropertyKey[]) => (string | number)[] | null = (path) => path.map(pathKey),
  onOther?: (text: string) => void,
): T | null {
  clearErrors(form);
  const result = contract.safeParse(body);
  if (result.success) return result.data;
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const issue of result.error.issues) {
    const value = issue.path.reduce<unknown>(
      (v, key) =>
        v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined,
      body,
    );
    const empty = value === undefined || value === null || value === '';
    const text = empty ? t('form.required') : issueText(issue, t);
    const name = fieldOf(issue.path);
    if (!name) {
      onOther?.(text);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    if (!entry.errors.includes(text)) entry.errors.push(text);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  return null;
}

const pathKey = (key: PropertyKey): string | number => (typeof key === 'number' ? key : String(key));

/**
 * Shows a server error on the field it is about, by its code (e.g. AUTH_USERNAME_TAKEN on the
 * username); returns the text for the form's general alert when it is about no one field.
 */
export function serverError(
  error: unknown,
  form: FormInstance,
  fields: Record<string, (string | number)[]>,
  errorText: (error: unknown) => string,
): string | null {
  const text = errorText(error);
  const code = error instanceof ApiError ? error.code : null;
  const name = code ? fields[code] : undefined;
  if (!name) return text;
  form.setFields([{ name, errors: [text] }]);
  return null;
}

type Path = (string | number)[];

function clearErrors(form: FormInstance, keep: (name: Path) => boolean = () => false): void {
  const stale = form.getFieldsError().filter((f) => f.errors.length > 0 && !keep(f.name));
  if (stale.length > 0) form.setFields(stale.map((f) => ({ name: f.name, errors: [] })));
}

const isPlain = (v: unknown): v is Record<string, unknown> | unknown[] =>
  Array.isArray(v) || (typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype);

function changedPaths(value: unknown, prefix: Path, out: Path[]): void {
  out.push(prefix);
  if (!isPlain(value)) return;
  for (const [key, child] of Object.entries(value)) {
    changedPaths(child, [...prefix, Array.isArray(value) ? Number(key) : key], out);
  }
}

const startsWith = (name: Path, prefix: Path) => prefix.every((part, i) => name[i] === part);

/**
 * The errors this file sets are not tied to rules, so antd keeps them until told otherwise: a
 * field's error goes as soon as the user changes it (pass the form's onValuesChange argument).
 */
export function clearChangedErrors(form: FormInstance, changed: unknown): void {
  const paths: Path[] = [];
  if (isPlain(changed)) {
    for (const [key, child] of Object.entries(changed)) changedPaths(child, [key], paths);
  }
  clearErrors(form, (name) => !paths.some((p) => startsWith(name, p) || startsWith(p, name)));
}
