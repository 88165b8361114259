import { one, rows } from '@wangge/db';
import { type DictionaryName, dictLabel } from '@wangge/domain';
import { type SQL, sql } from 'drizzle-orm';
import { AppError, type Locale } from '../../../http/errors.ts';
import type { Actor, Deps } from '../../../http/types.ts';
import { type SheetTarget, writeWorkbook } from '../../../lib/sheets/index.ts';
import { recordAudit } from '../../audit/index.ts';
import { registryPolicy } from '../registry.policy.ts';

export const MAX_EXPORT = 50_000;
const PAGE = 5_000;

/** Which list an export is of: the audit row's entity type. */
export type ExportEntity = 'person' | 'organisation' | 'room' | 'visit_schedule';

/** A column of an export: headers in both languages and where its cells come from. */
export interface ExportColumn<R> {
  zh: string;
  en: string;
  /** A field of the row, or a function of it (for values put together or worded per language). */
  value: (keyof R & string) | ((row: R, locale: Locale) => unknown);
  /** The cells are dictionary codes, written as their labels. */
  dict?: DictionaryName;
  /** Kept as text (Excel would turn long numbers into 3.70102E+17). */
  text?: boolean;
}

/** One list to export: what it is, its columns, and its rows counted and read a page at a time. */
export interface ExportSource<R> {
  entity: ExportEntity;
  sheet: { zh: string; en: string };
  columns: readonly ExportColumn<R>[];
  /** What the caller asked for, kept in the audit row. */
  filters: object;
  count(): Promise<number>;
  /** `limit` rows from `offset`, in the export's (stable) order. */
  page(offset: number, limit: number): Promise<R[]>;
}

/** An SQL list as count and pages: `select` over `from` where `where`, ordered by `orderBy` (unique). */
export function sqlPages<R>(
  deps: Deps,
  q: { select: SQL; from: SQL; where: SQL; orderBy: SQL },
): Pick<ExportSource<R>, 'count' | 'page'> {
  return {
    count: async () =>
      (await one<{ n: number }>(deps.db, sql`SELECT count(*)::int AS n FROM ${q.from} WHERE ${q.where}`))!.n,
    page: (offset, limit) =>
      rows<R>(
        deps.db,
        sql`SELECT ${q.select} FROM ${q.from} WHERE ${q.where} ORDER BY ${q.orderBy} LIMIT ${limit} OFFSET ${offset}`,
      ),
  };
}

/** Yes/no in the export's language: what an import reads back as a flag. */
export const yesNo = (v: boolean | null | undefined, locale: Locale) =>
  v == null ? null : locale === 'zh-CN' ? (v ? '是' : '否') : v ? 'Yes' : 'No';

/**
 * A registry list as a workbook, for those with bulk rights (import/export) over their territory:
 * `source` gets those paths and builds the list within them. Counted first (more than 50,000 is
 * refused, never silently cut), audited per district with the filters and the count before a byte is
 * sent, then streamed page by page. Personal numbers are whatever masks the columns read: the clear
 * ones need a reveal each.
 */
export async function exportList<R extends object>(
  deps: Deps,
  actor: Actor,
  locale: Locale,
  source: (paths: readonly string[]) => ExportSource<R> | Promise<ExportSource<R>>,
) {
  const paths = registryPolicy.bulkPaths(actor.scope);
  if (paths.length === 0) throw new AppError('REGISTRY_EXPORT_FORBIDDEN');
  const list = await source(paths);
  const total = await list.count();
  if (total > MAX_EXPORT)
    throw new AppError('REGISTRY_EXPORT_TOO_LARGE', undefined, { max: MAX_EXPORT, total });
  const now = deps.clock.now();
  const districts = [...new Set(paths.map((p) => p.split('.')[0]!))];
  await deps.db.transaction((tx) =>
    recordAudit(
      tx,
      actor,
      now,
      districts.map((districtCode) => ({
        action: 'registry.export',
        entityType: list.entity,
        districtCode,
        after: { rows: total, filters: list.filters, subjectName: null, field: null, reason: null },
      })),
    ),
  );
  const cell = (c: ExportColumn<R>, row: R) => {
    const v = typeof c.value === 'function' ? c.value(row, locale) : row[c.value];
    if (v == null) return '';
    return c.dict ? dictLabel(c.dict, String(v), locale) : v;
  };
  async function* data() {
    for (let offset = 0; offset < total; offset += PAGE) {
      const page = await list.page(offset, PAGE);
      for (const row of page) yield list.columns.map((c) => cell(c, row));
    }
  }
  const zh = locale === 'zh-CN';
  return {
    total,
    write: (target: SheetTarget) =>
      writeWorkbook(target, [
        {
          name: zh ? list.sheet.zh : list.sheet.en,
          columns: list.columns.map((c) => ({ header: zh ? c.zh : c.en, text: c.text ?? false })),
          rows: data(),
        },
      ]),
  };
}
