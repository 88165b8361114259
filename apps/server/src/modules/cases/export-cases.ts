import type { Writable } from 'node:stream';
import { CASE_EXPORT_LIMIT } from '@wangge/contracts';
import {
  CASE_CHANNEL_LABELS,
  CASE_LEVEL_LABELS,
  CASE_STATUS_LABELS,
  CASE_WARNING_LABELS,
  labelOf,
} from '@wangge/domain';
import ExcelJS from 'exceljs';
import { AppError, type Locale } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/index.ts';
import type { CaseFilter } from './case-filter.ts';
import { type CaseQuery, type FoundCase, findCases } from './list-cases.ts';

export { XLSX_TYPE } from '../../lib/attachment.ts';

/** China has no daylight saving time: local time is UTC+8 all year. */
const CHINA_OFFSET_MS = 8 * 3600_000;
const DATE_FORMAT = 'yyyy-mm-dd hh:mm';

interface Column {
  header: Record<Locale, string>;
  width: number;
  value: (c: FoundCase, locale: Locale) => string | Date | null;
  date?: boolean;
}

/** Excel dates carry no zone: write the China wall-clock time, as the console shows it. */
const chinaWallClock = (iso: string | null) => (iso ? new Date(Date.parse(iso) + CHINA_OFFSET_MS) : null);

const COLUMNS: Column[] = [
  { header: { 'zh-CN': '事件编号', en: 'Number' }, width: 24, value: (c) => c.number },
  { header: { 'zh-CN': '标题', en: 'Title' }, width: 36, value: (c) => c.title },
  { header: { 'zh-CN': '类别', en: 'Category' }, width: 18, value: (c) => c.categoryName },
  { header: { 'zh-CN': '类别编码', en: 'Category code' }, width: 12, value: (c) => c.categoryCode },
  { header: { 'zh-CN': '网格', en: 'Grid' }, width: 26, value: (c) => c.gridName },
  { header: { 'zh-CN': '网格编码', en: 'Grid code' }, width: 18, value: (c) => c.gridCode },
  { header: { 'zh-CN': '社区', en: 'Community' }, width: 20, value: (c) => c.communityName },
  { header: { 'zh-CN': '地址', en: 'Address' }, width: 30, value: (c) => c.address },
  {
    header: { 'zh-CN': '状态', en: 'Status' },
    width: 12,
    value: (c, l) => labelOf(CASE_STATUS_LABELS, c.status, l),
  },
  {
    header: { 'zh-CN': '层级', en: 'Level' },
    width: 16,
    value: (c, l) => labelOf(CASE_LEVEL_LABELS, c.level, l),
  },
  {
    header: { 'zh-CN': '来源', en: 'Channel' },
    width: 14,
    value: (c, l) => labelOf(CASE_CHANNEL_LABELS, c.channel, l),
  },
  {
    header: { 'zh-CN': '预警', en: 'Warning' },
    width: 10,
    value: (c, l) => labelOf(CASE_WARNING_LABELS, c.warning, l),
  },
  {
    header: { 'zh-CN': '环节时限', en: 'Stage deadline' },
    width: 18,
    value: (c) => chinaWallClock(c.stageDeadline),
    date: true,
  },
  {
    header: { 'zh-CN': '上报时间', en: 'Reported at' },
    width: 18,
    value: (c) => chinaWallClock(c.reportedAt),
    date: true,
  },
];

const SHEET = { 'zh-CN': '事件列表', en: 'Cases' } as const;
const INFO_SHEET = { 'zh-CN': '导出说明', en: 'About' } as const;
const INFO = {
  exportedAt: { 'zh-CN': '导出时间（北京时间）', en: 'Exported at (China time)' },
  exportedBy: { 'zh-CN': '导出人', en: 'Exported by' },
  count: { 'zh-CN': '事件数', en: 'Cases' },
  filters: { 'zh-CN': '筛选条件与排序', en: 'Filters and order' },
  noFilter: { 'zh-CN': '（无）', en: '(none)' },
  scope: {
    'zh-CN': '仅含导出人有权查看的事件',
    en: 'Only the cases the exporter may see',
  },
} as const;

export interface CaseExport {
  cases: FoundCase[];
  /** The file name in the caller's language, and an ASCII one for old clients. */
  filename: string;
  asciiFilename: string;
  write(stream: Writable): Promise<void>;
}

/**
 * 导出: every case of the list's filters and order in the caller's scope, up to CASE_EXPORT_LIMIT
 * (more is refused, so an export is never silently cut short). The read and its audit rows (one per
 * district exported from) are one transaction; the workbook is streamed afterwards.
 */
export async function exportCases(
  deps: Deps,
  actor: Actor,
  locale: Locale,
  filter: CaseFilter & { sort?: CaseQuery['sort'] },
  limit = CASE_EXPORT_LIMIT,
): Promise<CaseExport> {
  const now = deps.clock.now();
  const cases = await deps.db.transaction(async (tx) => {
    const found = await findCases(tx, actor, { ...filter, limit: limit + 1, offset: 0 });
    if (found.items.length > limit) {
      throw new AppError(
        'CASE_EXPORT_TOO_LARGE',
        { total: found.total, limit },
        { total: found.total, limit },
      );
    }
    const byDistrict = new Map<string | null, number>();
    for (const c of found.items) byDistrict.set(c.districtCode, (byDistrict.get(c.districtCode) ?? 0) + 1);
    if (byDistrict.size === 0) byDistrict.set(actor.scope.grants[0]?.path.split('.')[0] ?? null, 0);
    await recordAudit(
      tx,
      actor,
      now,
      [...byDistrict].map(([districtCode, count]) => ({
        action: 'case.export',
        entityType: 'case',
        districtCode,
        after: { format: 'xlsx', count, filter },
      })),
    );
    return found.items;
  });

  const stamp = chinaStamp(now);
  return {
    cases,
    filename: `${SHEET[locale]}-${stamp}.xlsx`,
    asciiFilename: `cases-${stamp}.xlsx`,
    write: (stream) => writeWorkbook(stream, cases, locale, { now, by: actor.name, filter }),
  };
}

/** 20261120-1000 in China time. */
function chinaStamp(at: Date): string {
  const local = new Date(at.getTime() + CHINA_OFFSET_MS).toISOString();
  return `${local.slice(0, 10).replaceAll('-', '')}-${local.slice(11, 13)}${local.slice(14, 16)}`;
}

async function writeWorkbook(
  stream: Writable,
  cases: FoundCase[],
  locale: Locale,
  meta: { now: Date; by: string | null; filter: object },
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Wangge';
  workbook.created = meta.now;
  const sheet = workbook.addWorksheet(SHEET[locale], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((col, i) => ({
    key: String(i),
    header: col.header[locale],
    width: col.width,
    ...(col.date ? { style: { numFmt: DATE_FORMAT } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  for (const c of cases) sheet.addRow(COLUMNS.map((col) => col.value(c, locale))).commit();
  sheet.commit();

  const info = workbook.addWorksheet(INFO_SHEET[locale]);
  info.columns = [{ width: 24 }, { width: 60 }];
  const at = info.addRow([INFO.exportedAt[locale], chinaWallClock(meta.now.toISOString())]);
  at.getCell(2).numFmt = DATE_FORMAT;
  at.getCell(2).alignment = { horizontal: 'left' };
  at.commit();
  info.addRow([INFO.exportedBy[locale], meta.by ?? '']).commit();
  info.addRow([INFO.count[locale], cases.length]).commit();
  const filters = Object.entries(meta.filter)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${String(value)}`);
  info.addRow([INFO.filters[locale], filters.length ? filters.join('; ') : INFO.noFilter[locale]]).commit();
  info.addRow([INFO.scope[locale]]).commit();
  info.commit();
  await workbook.commit();
}
