import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DISPUTE_CLASS,
  DISPUTE_ROUTING,
  GBT_CLASS_ROUTING,
  GBT_ITEM_ROUTING,
  HEAD_NOUNS,
  LEVEL_LIMITS,
  type Level,
  type Limits,
  OWN_CLASSES,
  type Routing,
  URGENT_LIMITS,
} from './taxonomy-defaults.ts';

export { APPEAL_NATURES } from '@wangge/contracts';
export { LEVEL_LIMITS, URGENT_LIMITS } from './taxonomy-defaults.ts';

/**
 * The case taxonomy's reference rows, built from the CSVs in packages/db/data/taxonomy/ and the
 * defaults in taxonomy-defaults.ts. `readTaxonomySources` reads the files; everything else is pure.
 * packages/db/scripts/taxonomy-seed.ts writes the rows as migration 0003.
 */

export const TAXONOMY_DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/taxonomy');
export const SEED_MIGRATION = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../migrations/0003_taxonomy_seed.sql',
);

export const SOURCE_GBT = 'GB/T 47678.5-2026';
/** The 28 dispute types of a provincial grid platform (its list had no codes; the codes are ours). */
export const SOURCE_DISPUTES = 'provincial-grid-platform';
/** Categories and codes of this product (AQ, MS, WY and the JF class). */
export const SOURCE_OWN = 'wangge';

export type CategoryKind =
  | 'class'
  | 'component_fault'
  | 'event'
  | 'dispute'
  | 'hazard'
  | 'livelihood'
  | 'property';

/** One case_category row, in the shape of the API's export/import (CategoryTransfer). */
export interface CategoryRow {
  code: string;
  name: string;
  parentCode: string | null;
  kind: CategoryKind;
  source: string;
  keywords: string[];
  defaultLevel: Level;
  leadDepartment: string | null;
  assistDepartments: string[];
  limits: Limits;
  autoEscalate: boolean;
  active: boolean;
}

export interface MatterSource {
  code: string;
  name: string;
  classCode: string;
  className: string;
  kind: 'component_fault' | 'event';
}
export interface TaxonomySources {
  matters: MatterSource[];
  components: Array<{ code: string; name: string; classCode: string; className: string }>;
  disputes: Array<{ code: string; name: string }>;
  appealNatures: Array<{ code: string; name: string; meaning: string }>;
}

/** RFC 4180 CSV: quoted fields with doubled quotes, LF or CRLF line ends. */
export function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      out.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    out.push(row);
  }
  return out.filter((r) => r.some((f) => f !== ''));
}

/** Rows as objects keyed by the header line. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...body] = parseCsv(text);
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
}

export function readTaxonomySources(dir = TAXONOMY_DATA_DIR): TaxonomySources {
  const read = (file: string) => csvRecords(readFileSync(join(dir, file), 'utf8'));
  return {
    matters: read('gbt47678.5-2026-matters.csv').map((r) => ({
      code: r.code!,
      name: r.name!,
      classCode: r.class_code!,
      className: r.class_name!,
      kind: r.kind === 'component-fault' ? 'component_fault' : 'event',
    })),
    components: read('gbt47678.5-2026-components.csv').map((r) => ({
      code: r.code!,
      name: r.name!,
      classCode: r.class_code!,
      className: r.class_name!,
    })),
    disputes: read('dispute-types.csv').map((r) => ({ code: r.code!, name: r.name! })),
    appealNatures: read('appeal-natures.csv').map((r) => ({
      code: r.code!,
      name: r.name!,
      meaning: r.meaning!,
    })),
  };
}

/**
 * Search words from a name: the name without '异常' and parenthesised variants, or its parts split at
 * 、及或, and the head noun of each part ('暴露垃圾' → 垃圾), then the hand-picked extras.
 */
export function keywordsFor(name: string, extra: readonly string[] = []): string[] {
  const base = name.replace(/异常$/, '').replace(/（[^）]*）|\([^)]*\)/g, '');
  const parts = base
    .split(/[、，,及或/]/)
    .map((p) => p.trim())
    .filter((p) => p.length >= 2);
  const heads = parts.flatMap((p) => HEAD_NOUNS.filter((h) => p !== h && p.endsWith(h)));
  // A name listing several things ('焚烧垃圾、树叶') is no phrase anyone writes: only its parts are words.
  const words = [...(parts.length > 1 ? [] : [base]), ...parts, ...heads, ...extra];
  return [...new Set(words)];
}

const limitsFor = (r: Routing): Limits => (r.urgent ? URGENT_LIMITS : LEVEL_LIMITS[r.level]);

function row(
  code: string,
  name: string,
  parentCode: string | null,
  kind: CategoryKind,
  source: string,
  routing: Routing,
  keywords: string[],
): CategoryRow {
  const lead = routing.lead ?? null;
  return {
    code,
    name,
    parentCode,
    kind,
    source,
    keywords,
    defaultLevel: routing.level,
    leadDepartment: lead,
    assistDepartments: (routing.assist ?? []).filter((d) => d !== lead),
    limits: limitsFor(routing),
    autoEscalate: true,
    active: true,
  };
}

/** The GB/T class row code: 'C' + the 2-digit big class. */
export const gbtClassCode = (classCode: string) => `C${classCode}`;

/**
 * Every reference row: the 10 GB/T big classes and their 250 matters; the JF class with the 28
 * dispute types; the AQ, MS and WY classes with their items. Each class comes before its items.
 */
export function buildCategoryRows(sources: Pick<TaxonomySources, 'matters' | 'disputes'>): CategoryRow[] {
  const out: CategoryRow[] = [];
  const classes = [...new Map(sources.matters.map((m) => [m.classCode, m.className])).entries()].sort(
    ([a], [b]) => a.localeCompare(b),
  );
  for (const [classCode, className] of classes) {
    const classRouting = GBT_CLASS_ROUTING[classCode];
    if (!classRouting) throw new Error(`no routing defaults for GB/T class ${classCode}`);
    out.push(row(gbtClassCode(classCode), className, null, 'class', SOURCE_GBT, classRouting, []));
    const matters = sources.matters
      .filter((m) => m.classCode === classCode)
      .sort((a, b) => a.code.localeCompare(b.code));
    for (const m of matters) {
      const own = GBT_ITEM_ROUTING[m.code] ?? {};
      const routing: Routing = { ...classRouting, ...own };
      out.push(
        row(
          m.code,
          m.name,
          gbtClassCode(classCode),
          m.kind,
          SOURCE_GBT,
          routing,
          keywordsFor(m.name, own.keywords),
        ),
      );
    }
  }

  out.push(row(DISPUTE_CLASS.code, DISPUTE_CLASS.name, null, 'class', SOURCE_OWN, DISPUTE_CLASS.routing, []));
  for (const d of [...sources.disputes].sort((a, b) => a.code.localeCompare(b.code))) {
    const own = DISPUTE_ROUTING[d.code] ?? {};
    const routing: Routing = { ...DISPUTE_CLASS.routing, ...own };
    // A text that only says 纠纷 lands on 其他 rather than on the first type by code.
    const keywords = keywordsFor(d.name, [
      ...(own.keywords ?? []),
      ...(d.code === '99' ? ['纠纷', '矛盾'] : []),
    ]);
    out.push(row(`JF${d.code}`, d.name, DISPUTE_CLASS.code, 'dispute', SOURCE_DISPUTES, routing, keywords));
  }

  for (const c of OWN_CLASSES) {
    out.push(row(c.code, c.name, null, 'class', SOURCE_OWN, c.routing, []));
    for (const item of c.items) {
      out.push(
        row(item.code, item.name, c.code, c.kind, SOURCE_OWN, item, keywordsFor(item.name, item.keywords)),
      );
    }
  }
  return out;
}

const COLUMNS = [
  'code',
  'name',
  'parent_code',
  'kind',
  'source',
  'keywords',
  'default_level',
  'lead_department',
  'assist_departments',
  'accept_amount',
  'accept_unit',
  'handle_amount',
  'handle_unit',
  'verify_amount',
  'verify_unit',
  'auto_escalate',
  'active',
];

/** A SQL string literal: single quotes doubled (standard_conforming_strings is on in both engines). */
export function sqlText(value: string | null): string {
  if (value === null) return 'NULL';
  if ([...value].some((c) => c.charCodeAt(0) < 0x20))
    throw new Error(`control character in ${JSON.stringify(value)}`);
  return `'${value.replace(/'/g, "''")}'`;
}

export function sqlTextArray(values: readonly string[]): string {
  return values.length === 0 ? "'{}'::text[]" : `ARRAY[${values.map(sqlText).join(', ')}]::text[]`;
}

const sqlInt = (n: number) => {
  if (!Number.isInteger(n)) throw new Error(`not an integer: ${n}`);
  return String(n);
};

function valuesOf(r: CategoryRow): string {
  return `(${[
    sqlText(r.code),
    sqlText(r.name),
    sqlText(r.parentCode),
    sqlText(r.kind),
    sqlText(r.source),
    sqlTextArray(r.keywords),
    sqlText(r.defaultLevel),
    sqlText(r.leadDepartment),
    sqlTextArray(r.assistDepartments),
    sqlInt(r.limits.accept.amount),
    sqlText(r.limits.accept.unit),
    sqlInt(r.limits.handle.amount),
    sqlText(r.limits.handle.unit),
    sqlInt(r.limits.verify.amount),
    sqlText(r.limits.verify.unit),
    String(r.autoEscalate),
    String(r.active),
  ].join(', ')})`;
}

/** The group a row is inserted with: a GB/T class with its matters, or one of our classes. */
const groupOf = (r: CategoryRow) => r.parentCode ?? r.code;

/**
 * The content of migration 0003: one INSERT … ON CONFLICT (code) DO NOTHING per class group (so a
 * deployment's edits survive), separated by drizzle's statement breakpoints.
 */
export function categorySeedSql(rows: readonly CategoryRow[]): string {
  const groups = new Map<string, CategoryRow[]>();
  for (const r of rows) groups.set(groupOf(r), [...(groups.get(groupOf(r)) ?? []), r]);
  const statements = [...groups.entries()].map(
    ([group, list]) =>
      `-- ${group} ${list[0]!.name}: ${list.length} rows\n` +
      `INSERT INTO case_category (${COLUMNS.join(', ')}) VALUES\n` +
      `${list.map(valuesOf).join(',\n')}\n` +
      'ON CONFLICT (code) DO NOTHING;',
  );
  const header = [
    '-- Generated by packages/db/scripts/taxonomy-seed.ts from packages/db/data/taxonomy/ and',
    '-- packages/db/src/reference/taxonomy-defaults.ts. Do not edit by hand: change the sources and rerun',
    '-- `npx tsx packages/db/scripts/taxonomy-seed.ts` (a unit test compares this file with the sources).',
    `-- ${rows.length} categories.`,
  ].join('\n');
  return `${header}\n${statements.join('\n--> statement-breakpoint\n')}\n`;
}

/** The migration as the sources in the repository make it. */
export function taxonomySeedFromRepository(): string {
  return categorySeedSql(buildCategoryRows(readTaxonomySources()));
}
