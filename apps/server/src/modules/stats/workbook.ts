import type { StatsBreakdown, StatsDimension, StatsSummary, StatsTrend } from '@wangge/contracts';
import { chinaDayNumber, isoDayOf } from '@wangge/domain';
import ExcelJS from 'exceljs';
import type { Locale } from '../../http/errors.ts';
import { INDICATOR_LABELS, INTERVAL_LABELS, SHEET_LABELS, TEXT } from './labels.ts';

const FORMATS = { count: '0', rate: '0.00%', hours: '0.00' } as const;

/** The period as the days it covers, in China time: [from, to) → first day … last day. */
export function periodDays(s: { from: string; to: string }): [string, string] {
  return [isoDayOf(chinaDayNumber(new Date(s.from))), isoDayOf(chinaDayNumber(new Date(s.to).getTime() - 1))];
}

/** 汇总, one sheet per breakdown and 趋势, in the caller's language. */
export async function buildWorkbook(
  locale: Locale,
  summary: StatsSummary,
  breakdowns: Array<[StatsDimension, StatsBreakdown]>,
  trend: StatsTrend,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '网格 Wangge';
  wb.created = new Date(summary.asOf);
  const [first, last] = periodDays(summary);

  const s = wb.addWorksheet(SHEET_LABELS.summary[locale]);
  s.columns = [{ width: 34 }, { width: 40 }];
  s.addRow([TEXT.period[locale], `${first} ~ ${last}`]);
  s.addRow([
    TEXT.scope[locale],
    summary.division ? `${summary.division.name} (${summary.division.code})` : TEXT.wholeScope[locale],
  ]);
  s.addRow([
    TEXT.asOf[locale],
    new Date(summary.asOf).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }),
  ]);
  s.addRow([]);
  const head = s.addRow([TEXT.indicator[locale], TEXT.value[locale]]);
  head.font = { bold: true };
  for (const [key, label, kind] of INDICATOR_LABELS) {
    const row = s.addRow([label[locale], summary[key]]);
    row.getCell(2).numFmt = FORMATS[kind];
    row.getCell(2).alignment = { horizontal: 'left' };
  }
  s.addRow([]);
  s.addRow([TEXT.note[locale]]);

  for (const [by, b] of breakdowns) {
    const sheet = wb.addWorksheet(SHEET_LABELS[by][locale]);
    sheet.columns = [
      { header: TEXT.code[locale], width: 18 },
      { header: TEXT.name[locale], width: 26 },
      ...INDICATOR_LABELS.map(([, label, kind]) => ({
        header: label[locale],
        width: 12,
        style: { numFmt: FORMATS[kind] },
      })),
    ];
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];
    for (const r of b.rows)
      sheet.addRow([
        r.code ?? '',
        r.name ?? TEXT.unplaced[locale],
        ...INDICATOR_LABELS.map(([key]) => r[key]),
      ]);
  }

  const t = wb.addWorksheet(SHEET_LABELS.trend[locale]);
  t.columns = [
    { header: INTERVAL_LABELS[trend.interval][locale], width: 18 },
    { header: TEXT.received[locale], width: 12 },
    { header: TEXT.closed[locale], width: 12 },
    { header: TEXT.overdue[locale], width: 12 },
  ];
  t.getRow(1).font = { bold: true };
  for (const bucket of trend.buckets)
    t.addRow([bucket.start, bucket.received, bucket.closed, bucket.overdue]);

  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** attachment; an ASCII name for old clients and the real one as RFC 5987 filename*. */
export function contentDisposition(locale: Locale, summary: StatsSummary): string {
  const [first, last] = periodDays(summary);
  const where = summary.division ? `_${summary.division.code}` : '';
  const ascii = `wangge-statistics_${first}_${last}${where}.xlsx`;
  const name = `${TEXT.filename[locale]}_${first}_${last}${summary.division ? `_${summary.division.name}` : ''}.xlsx`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(name)}`;
}

/** RFC 5987 ext-value: UTF-8, percent-encoded, also the characters encodeURIComponent leaves alone. */
const rfc5987 = (value: string) =>
  encodeURIComponent(value).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
