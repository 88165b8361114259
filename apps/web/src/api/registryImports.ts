import type {
  ImportEntity as ImportEntitySchema,
  ImportJobList as ImportJobListSchema,
  ImportJobView as ImportJobViewSchema,
  ImportMode as ImportModeSchema,
} from '@wangge/contracts';
import type { Locale } from '../i18n/messages.ts';
import { api } from './client.ts';
import { downloadFile } from './download.ts';

// Spreadsheet imports into the registry: the file goes up once, a job reads it in the background
// and the page polls the job until it is finished.

export type ImportEntity = (typeof ImportEntitySchema)['_zod']['output'];
export type ImportMode = (typeof ImportModeSchema)['_zod']['output'];
export type ImportJob = (typeof ImportJobViewSchema)['_zod']['output'];
export type ImportJobList = (typeof ImportJobListSchema)['_zod']['output'];

export const FINISHED_STATUSES: ReadonlySet<string> = new Set(['done', 'rejected', 'failed']);

const TEMPLATE = '/api/registry/imports/template';

/** The entity's template (.xlsx with the columns, notes and drop-downs), saved by the browser. */
export function downloadImportTemplate(entity: ImportEntity, locale: Locale): Promise<string> {
  return downloadFile(TEMPLATE, new URLSearchParams({ entity }), locale, `${entity}-template.xlsx`);
}

/** Uploads the file (multipart field `file`); the server answers 202 with the queued job. */
export function startImport(entity: ImportEntity, mode: ImportMode, file: File): Promise<ImportJob> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api(`/api/registry/imports?${new URLSearchParams({ entity, mode })}`, {
    method: 'POST',
    body: form,
  });
}

export function fetchImportJob(id: string, signal?: AbortSignal): Promise<ImportJob> {
  return api(`/api/registry/imports/${encodeURIComponent(id)}`, { signal });
}

export function listImportJobs(signal?: AbortSignal): Promise<ImportJobList> {
  return api('/api/registry/imports', { signal });
}

/** The rows that failed, each with its reasons, as a spreadsheet to fix and import again. */
export function downloadImportErrors(id: string, locale: Locale): Promise<string> {
  return downloadFile(
    `/api/registry/imports/${encodeURIComponent(id)}/errors.xlsx`,
    new URLSearchParams(),
    locale,
    'import-errors.xlsx',
  );
}
