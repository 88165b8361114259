import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { importsSettled } from '../src/modules/registry/import/import-jobs.ts';
import type { Session, TestApp } from './harness.ts';
import { multipart } from './multipart.ts';

/** A one-sheet workbook: the header row, then the rows. */
export async function workbookOf(headers: string[], rows: string[][], sheetName = 'Sheet1'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** POST /api/registry/imports as a browser would (multipart, field "file"); the answer as is. */
export function uploadImport(
  t: TestApp,
  as: Session,
  file: Buffer,
  opts: { entity: string; mode: string; name?: string },
) {
  const body = multipart([
    {
      name: 'file',
      data: file,
      filename: opts.name ?? `${opts.entity}.xlsx`,
      contentType: 'application/octet-stream',
    },
  ]);
  return t.app.inject({
    method: 'POST',
    url: `/api/registry/imports?entity=${opts.entity}&mode=${opts.mode}`,
    headers: { 'content-type': body.contentType, cookie: as.cookie, 'x-csrf-token': as.csrfToken },
    payload: body.payload,
  });
}

/** Uploads, waits for the queue, answers the finished job. */
export async function importFileAs(
  t: TestApp,
  as: Session,
  file: Buffer,
  opts: { entity: string; mode: string; name?: string },
) {
  const res = await uploadImport(t, as, file, opts);
  assert.equal(res.statusCode, 202, res.body);
  await importsSettled();
  return (await t.request('GET', `/api/registry/imports/${res.json().id}`, { as })).json();
}

/** A downloaded workbook's first sheet as rows of text. */
export async function sheetRows(payload: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(payload as unknown as ArrayBuffer);
  const out: string[][] = [];
  wb.worksheets[0]!.eachRow((row) =>
    out.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))),
  );
  return out;
}

/** An import's error report as rows (header first). */
export async function readReport(t: TestApp, as: Session, id: string) {
  const res = await t.request('GET', `/api/registry/imports/${id}/errors.xlsx`, { as });
  assert.equal(res.statusCode, 200);
  return sheetRows(res.rawPayload);
}
