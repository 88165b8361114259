// Spreadsheets in and out: streamed reading of .xlsx/.csv as text rows, streamed writing, import
// templates and error reports. Generic: nothing here knows about people or housing.
export {
  type ErrorReport,
  type ReportError,
  type ReportLocale,
  type ReportSummary,
  writeErrorReport,
} from './error-report.ts';
export type { SheetTarget } from './output.ts';
export { openSheet, type Sheet, type SheetFormat, type SheetProgress } from './read-sheet.ts';
export { SheetError, type SheetErrorCode } from './sheet-error.ts';
export type { SheetRow } from './sheet-row.ts';
export { TEMPLATE_ROWS, type TemplateColumn, type TemplateSpec, writeTemplate } from './template.ts';
export { type SheetColumn, type SheetData, writeWorkbook } from './write-sheet.ts';
