import type { SheetTarget } from './output.ts';
import { writeWorkbook } from './write-sheet.ts';

export type ReportLocale = 'zh-CN' | 'en';

export interface ReportError {
  /** The row number as Excel shows it (SheetRow.rowNumber). */
  row: number;
  /** The column's header. */
  column: string;
  value: string;
  reason: string;
}

export type ReportSummary = Array<[label: string, value: string | number]>;

export interface ErrorReport {
  /**
   * Label/value pairs for the summary sheet. A function is called after the errors have been written,
   * so counts gathered while they streamed past can go in.
   */
  summary: ReportSummary | (() => ReportSummary);
  errors: AsyncIterable<ReportError> | Iterable<ReportError>;
}

const TEXT = {
  'zh-CN': {
    errors: '错误',
    summary: '汇总',
    row: '行号',
    column: '列',
    value: '值',
    reason: '原因',
    item: '项目',
    count: '数值',
  },
  en: {
    errors: 'Errors',
    summary: 'Summary',
    row: 'Row',
    column: 'Column',
    value: 'Value',
    reason: 'Reason',
    item: 'Item',
    count: 'Value',
  },
} as const;

async function* errorRows(errors: ErrorReport['errors']): AsyncGenerator<unknown[]> {
  for await (const e of errors) yield [e.row, e.column, e.value, e.reason];
}

function* summaryRows(summary: ErrorReport['summary']): Generator<unknown[]> {
  yield* typeof summary === 'function' ? summary() : summary;
}

/**
 * An import's error report: the errors sheet first (what the user opens it for, and streamed, so it may
 * be long), then the summary. The value column is text, so an 18-digit value shows as it was read.
 */
export function writeErrorReport(
  target: SheetTarget,
  report: ErrorReport,
  locale: ReportLocale,
): Promise<void> {
  const t = TEXT[locale];
  return writeWorkbook(target, [
    {
      name: t.errors,
      columns: [
        { header: t.row, width: 8 },
        { header: t.column, width: 20 },
        { header: t.value, width: 30, text: true },
        { header: t.reason, width: 60 },
      ],
      rows: errorRows(report.errors),
    },
    {
      name: t.summary,
      columns: [
        { header: t.item, width: 30 },
        { header: t.count, width: 20 },
      ],
      rows: summaryRows(report.summary),
    },
  ]);
}
