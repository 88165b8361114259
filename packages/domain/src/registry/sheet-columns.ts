import { DICTIONARIES, type DictionaryName } from './dictionaries.ts';

/**
 * A column of a registry spreadsheet (template, import and export): header in Chinese (what offices
 * type and what the template carries) and English, the field it fills, and the dictionary whose
 * labels the template offers as a drop-down. Headers are matched without '*' and spaces, in either
 * language, so an exported file can be imported again.
 */
export interface SheetColumn<K extends string = string> {
  key: K;
  zh: string;
  en: string;
  required?: boolean;
  dictionary?: DictionaryName;
  /** Kept as text in the template (Excel would turn long numbers into 3.70102E+17). */
  text?: boolean;
  note?: string;
}

export interface HeaderMatch<K extends string = string> {
  /** Which column of the file fills which field. */
  index: Map<K, number>;
  unknown: string[];
  missing: SheetColumn<K>[];
  duplicated: string[];
}

const norm = (h: string) => h.replace(/[*＊\s]/g, '').toLowerCase();

/** Matches a file's header row against an entity's columns; unknown headers and missing required ones are named. */
export function matchHeaders<K extends string>(
  columns: readonly SheetColumn<K>[],
  headers: readonly string[],
): HeaderMatch<K> {
  const byHeader = new Map<string, SheetColumn<K>>();
  for (const c of columns) {
    byHeader.set(norm(c.zh), c);
    byHeader.set(norm(c.en), c);
  }
  const index = new Map<K, number>();
  const unknown: string[] = [];
  const duplicated: string[] = [];
  headers.forEach((h, i) => {
    if (h.trim() === '') return;
    const c = byHeader.get(norm(h));
    if (!c) unknown.push(h);
    else if (index.has(c.key)) duplicated.push(h);
    else index.set(c.key, i);
  });
  const missing = columns.filter((c) => c.required && !index.has(c.key));
  return { index, unknown, missing, duplicated };
}

/** A row's cell by field, trimmed, blank as null (a column the file lacks is null too). */
export function cellReader<K extends string>(index: ReadonlyMap<K, number>, cells: readonly string[]) {
  return (key: K): string | null => {
    const i = index.get(key);
    const v = i === undefined ? undefined : cells[i];
    return v === undefined || v.trim() === '' ? null : v.trim();
  };
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '有', '一致', '01']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '无', '没有', '不一致', '02']);

/** 是/否 (and the usual spellings) as a boolean; blank is null; anything else is 'invalid'. */
export function parseYesNo(value: string | null): boolean | null | 'invalid' {
  if (value === null) return null;
  const v = value.trim().toLowerCase();
  return YES.has(v) ? true : NO.has(v) ? false : 'invalid';
}

/** A whole number as typed in a cell ('12', '12.0', '1,200'); blank is null; anything else is 'invalid'. */
export function parseCount(value: string | null): number | null | 'invalid' {
  if (value === null) return null;
  const v = value.replace(/[,，\s]/g, '');
  if (!/^\d+(\.0+)?$/.test(v)) return 'invalid';
  return Number.parseInt(v, 10);
}

/** A decimal as typed in a cell ('85.5', '1,085.50'); blank is null; anything else is 'invalid'. */
export function parseDecimal(value: string | null): number | null | 'invalid' {
  if (value === null) return null;
  const v = value.replace(/[,，\s]/g, '').replace(/(m²|㎡|平方米|平米)$/i, '');
  if (!/^\d+(\.\d+)?$/.test(v)) return 'invalid';
  return Number(v);
}

/** The template's drop-down choices of a column: its dictionary's Chinese labels. */
export const columnChoices = (c: SheetColumn): string[] | undefined =>
  c.dictionary ? DICTIONARIES[c.dictionary].map((e) => e['zh-CN']) : undefined;
