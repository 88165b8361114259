import { APPEAL_NATURES } from '@wangge/contracts';
import type { Problem } from './error-list.ts';
import type { Fields } from './form.ts';

type Text = Readonly<Record<'zh-CN' | 'en', string>>;

export interface AttributeDefinition {
  code: string;
  datatype: 'singlevaluelist' | 'multivaluelist';
  required: boolean;
  order: number;
  description: Text;
  datatypeDescription: Text;
  values: ReadonlyArray<{ key: string; name: Text }>;
}

/** The appeal natures a public report can have (a thank-you is no service request). */
const NATURES = APPEAL_NATURES.filter((n) => n.code !== 'thanks');

/**
 * The questions every service asks, defined once: the nature of the appeal (a case field) and the
 * signs that make a problem urgent (kept in the report for the grid worker who verifies it). Both are
 * optional, so a client that never reads the definition can still report.
 */
export const SHARED_ATTRIBUTES: readonly AttributeDefinition[] = [
  {
    code: 'appeal_nature',
    datatype: 'singlevaluelist',
    required: false,
    order: 1,
    description: { 'zh-CN': '诉求性质', en: 'Nature of the request' },
    datatypeDescription: { 'zh-CN': '选择一项', en: 'Choose one' },
    values: NATURES.map((n) => ({ key: n.code, name: { 'zh-CN': n.name, en: n.en } })),
  },
  {
    code: 'signs',
    datatype: 'multivaluelist',
    required: false,
    order: 2,
    description: { 'zh-CN': '现场情况（可多选）', en: 'What it is like on site (any that apply)' },
    datatypeDescription: { 'zh-CN': '可选多项', en: 'Choose any' },
    values: [
      { key: 'blocking_passage', name: { 'zh-CN': '影响通行', en: 'Blocks the way' } },
      { key: 'safety_risk', name: { 'zh-CN': '存在安全隐患', en: 'A safety risk' } },
      { key: 'recurring', name: { 'zh-CN': '反复出现', en: 'Keeps coming back' } },
      { key: 'affects_many', name: { 'zh-CN': '影响多户', en: 'Affects many households' } },
    ],
  },
];

/** Attributes a client may send beyond ours (FixMyStreet always sends some), kept within bounds. */
export const OTHER_ATTRIBUTES = { maxCodes: 20, maxValues: 10, maxLength: 200 } as const;

const ATTRIBUTE_KEY = /^attribute\[([^[\]]+)\](\[\])?$/;

/** `attribute[CODE]=v` and `attribute[CODE][]=v` from a form, by code, blank values dropped. */
export function readAttributes(fields: Fields): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, values] of Object.entries(fields)) {
    const m = ATTRIBUTE_KEY.exec(key);
    if (!m) continue;
    const code = m[1]!;
    const list = out.get(code) ?? [];
    list.push(...values.map((v) => v.trim()).filter((v) => v !== ''));
    out.set(code, list);
  }
  return out;
}

export interface CheckedAttributes {
  problems: Problem[];
  /** Our attributes' answers, by code (a single value or a list). */
  answers: Record<string, string | string[]>;
  /** Other attributes, kept as sent. */
  others: Record<string, string[]>;
}

/** Checks answers against the definitions: known values only, one for a single-value list. */
export function checkAttributes(
  given: Map<string, string[]>,
  definitions: readonly AttributeDefinition[] = SHARED_ATTRIBUTES,
): CheckedAttributes {
  const problems: Problem[] = [];
  const answers: Record<string, string | string[]> = {};
  const others: Record<string, string[]> = {};
  for (const def of definitions) {
    const values = [...new Set(given.get(def.code) ?? [])];
    if (values.length === 0) {
      if (def.required) problems.push({ code: 'OPEN311_ATTRIBUTE_REQUIRED', params: { code: def.code } });
      continue;
    }
    const allowed = def.values.map((v) => v.key);
    for (const value of values.filter((v) => !allowed.includes(v)))
      problems.push({
        code: 'OPEN311_ATTRIBUTE_VALUE_UNKNOWN',
        params: { code: def.code, value, allowed: allowed.join(', ') },
      });
    if (def.datatype === 'singlevaluelist' && values.length > 1)
      problems.push({ code: 'OPEN311_ATTRIBUTE_SINGLE', params: { code: def.code } });
    answers[def.code] = def.datatype === 'singlevaluelist' ? values[0]! : values;
  }
  const known = new Set(definitions.map((d) => d.code));
  const rest = [...given].filter(([code, values]) => !known.has(code) && values.length > 0);
  if (rest.length > OTHER_ATTRIBUTES.maxCodes)
    problems.push({ code: 'OPEN311_ATTRIBUTES_TOO_MANY', params: { max: OTHER_ATTRIBUTES.maxCodes } });
  for (const [code, values] of rest.slice(0, OTHER_ATTRIBUTES.maxCodes)) {
    const key = `attribute[${code}]`;
    if (code.length > 50 || values.length > OTHER_ATTRIBUTES.maxValues)
      problems.push({ code: 'OPEN311_FIELD_INVALID', params: { field: key } });
    else if (values.some((v) => v.length > OTHER_ATTRIBUTES.maxLength))
      problems.push({
        code: 'OPEN311_FIELD_TOO_LONG',
        params: { field: key, max: OTHER_ATTRIBUTES.maxLength },
      });
    else others[code] = values;
  }
  return { problems, answers, others };
}
