import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ImportJobView } from '@wangge/contracts';
import { one, rows } from '@wangge/db';
import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, type Locale } from '../../../http/errors.ts';
import type { Actor, Deps } from '../../../http/types.ts';
import { iso } from '../../../lib/iso.ts';
import { SheetError, writeErrorReport } from '../../../lib/sheets/index.ts';
import { withinPaths } from '../../../lib/sql.ts';
import { recordAudit } from '../../audit/index.ts';
import { registryPolicy } from '../registry.policy.ts';
import { type ImportEntity, importSheet } from './import-sheet.ts';
import { rowErrorText } from './row-errors.ts';
import type { ImportMode, ImportOutcome, ImportProgress } from './sheet-import.ts';

export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** Progress of the imports this process is running (the job row is written when one ends). */
const running = new Map<string, ImportProgress>();
/** One import at a time per process: they write in large transactions. */
let queue: Promise<unknown> = Promise.resolve();

export const importDir = (deps: Pick<Deps, 'config'>) => join(deps.config.dataDir, 'imports');

/**
 * Receives an upload (streamed to the data directory with its sha256), records the job and queues
 * it. The importer's territory (their bulk-operation paths) is where rows may land.
 */
export async function startImport(
  deps: Deps,
  actor: Actor,
  input: {
    entity: ImportEntity;
    mode: ImportMode;
    fileName: string;
    file: NodeJS.ReadableStream;
    locale: Locale;
  },
): Promise<z.infer<typeof ImportJobView>> {
  const job = await createImportJob(deps, actor, input);
  // A failed job is recorded on its row; the queue goes on with the next one.
  queue = queue.then(() => runImport(deps, actor, job)).catch(() => {});
  return getImportJob(deps, actor, job.id);
}

export interface CreatedJob {
  id: string;
  entity: ImportEntity;
  path: string;
  format: 'xlsx' | 'csv';
  mode: ImportMode;
  paths: readonly string[];
  locale: Locale;
}

/** Saves the upload and records the job (queued); `runImport` then does the work (the server's queue, or the CLI). */
export async function createImportJob(
  deps: Deps,
  actor: Actor,
  input: {
    entity: ImportEntity;
    mode: ImportMode;
    fileName: string;
    file: NodeJS.ReadableStream;
    locale: Locale;
  },
): Promise<CreatedJob> {
  const paths = registryPolicy.bulkPaths(actor.scope);
  if (paths.length === 0) throw new AppError('REGISTRY_IMPORT_FORBIDDEN');
  const format = /\.xlsx$/i.test(input.fileName) ? 'xlsx' : /\.csv$/i.test(input.fileName) ? 'csv' : null;
  if (!format) throw new AppError('REGISTRY_IMPORT_FILE_TYPE');
  const dir = importDir(deps);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const id = crypto.randomUUID();
  const path = join(dir, `${id}.${format}`);
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    await pipeline(
      input.file,
      new Transform({
        transform(chunk: Buffer, _enc, done) {
          bytes += chunk.length;
          hash.update(chunk);
          done(null, chunk);
        },
      }),
      createWriteStream(path, { mode: 0o600 }),
    );
  } catch (error) {
    rmSync(path, { force: true });
    throw error;
  }
  if ((input.file as { truncated?: boolean }).truncated) {
    rmSync(path, { force: true });
    throw new AppError('BODY_TOO_LARGE');
  }
  if (bytes === 0) {
    rmSync(path, { force: true });
    throw new AppError('REGISTRY_IMPORT_FILE_REQUIRED');
  }
  const now = deps.clock.now();
  const districtCode = paths[0]!.split('.')[0]!;
  await deps.db.transaction(async (tx) => {
    await tx.execute(
      sql`INSERT INTO import_job (id, entity, mode, status, format, file_name, file_sha256, file_bytes, scope_path,
                                  district_code, created_by, created_by_name, created_at)
          VALUES (${id}, ${input.entity}, ${input.mode}, 'queued', ${format}, ${input.fileName.slice(0, 200)},
                  ${hash.digest('hex')}, ${bytes}, ${paths[0]}::ltree, ${districtCode}, ${actor.userId},
                  ${actor.name ?? 'cli'}, ${now})`,
    );
    await recordAudit(tx, actor, now, {
      action: 'registry.import',
      entityType: 'import_job',
      entityId: id,
      districtCode,
      after: { entity: input.entity, mode: input.mode, fileName: input.fileName, bytes },
    });
  });
  running.set(id, {
    bytesRead: 0,
    totalBytes: bytes,
    rowsRead: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
  });
  return { id, entity: input.entity, path, format, mode: input.mode, paths, locale: input.locale };
}

/** Runs a queued job to its end; its row records the outcome, the upload is deleted, problems go to an xlsx report. */
export async function runImport(
  deps: Deps,
  actor: Actor,
  job: CreatedJob,
  onProgress?: (p: ImportProgress) => void,
): Promise<(ImportOutcome & { report: string | null; message: string | null }) | null> {
  await deps.db.execute(
    sql`UPDATE import_job SET status = 'running', started_at = ${deps.clock.now()} WHERE id = ${job.id}`,
  );
  try {
    const outcome = await importSheet(
      deps,
      actor,
      job.entity,
      { path: job.path, format: job.format, mode: job.mode, scopePaths: job.paths },
      (p) => {
        running.set(job.id, p);
        onProgress?.(p);
      },
    );
    let report: string | null = null;
    if (outcome.problems.length > 0) {
      report = `${job.id}-errors.xlsx`;
      await writeErrorReport(
        join(importDir(deps), report),
        {
          summary: summaryOf(outcome, job.locale),
          errors: outcome.problems.map((p) => ({
            row: p.row,
            column: p.column,
            value: p.value,
            reason: rowErrorText(p.code, job.locale, p.params),
          })),
        },
        job.locale,
      );
    }
    const message = outcome.fileProblem ? fileProblemText(outcome.fileProblem, job.locale) : null;
    await deps.db.execute(
      sql`UPDATE import_job SET status = ${outcome.status}, finished_at = ${deps.clock.now()},
             bytes_read = ${outcome.totalBytes}, rows_read = ${outcome.rowsRead}, inserted = ${outcome.inserted},
             updated = ${outcome.updated}, unchanged = ${outcome.unchanged}, failed = ${outcome.failed},
             error_report = ${report}, message = ${message}
           WHERE id = ${job.id}`,
    );
    return { ...outcome, report: report && join(importDir(deps), report), message };
  } catch (error) {
    // A file we cannot read is the uploader's problem (rejected); anything else is ours (failed).
    const unreadable = error instanceof SheetError;
    const message = unreadable
      ? fileProblemText({ code: 'SHEET_UNREADABLE' }, job.locale)
      : error instanceof Error
        ? error.message.slice(0, 500)
        : String(error);
    await deps.db.execute(
      sql`UPDATE import_job SET status = ${unreadable ? 'rejected' : 'failed'}, finished_at = ${deps.clock.now()},
             message = ${message}
           WHERE id = ${job.id}`,
    );
    if (!unreadable) throw error;
    return null;
  } finally {
    running.delete(job.id);
    rmSync(job.path, { force: true });
  }
}

function summaryOf(o: ImportOutcome, locale: Locale): Array<[string, string | number]> {
  const zh = locale === 'zh-CN';
  return [
    [zh ? '读取行数' : 'Rows read', o.rowsRead],
    [zh ? '新增' : 'Inserted', o.inserted],
    [zh ? '更新' : 'Updated', o.updated],
    [zh ? '无变化' : 'Unchanged', o.unchanged],
    [zh ? '有误' : 'Refused', o.failed],
    [
      zh ? '结果' : 'Outcome',
      o.status === 'done'
        ? zh
          ? '已导入'
          : 'Imported'
        : zh
          ? '未导入（全部成功才导入）'
          : 'Nothing imported (all or nothing)',
    ],
  ];
}

function fileProblemText(p: NonNullable<ImportOutcome['fileProblem']>, locale: Locale): string {
  const zh = locale === 'zh-CN';
  if (p.code === 'HEADERS_MISSING')
    return zh
      ? `缺少必填列：${p.params?.columns}（请使用模板）`
      : `Required columns missing: ${p.params?.columns} (use the template)`;
  if (p.code === 'FILE_EMPTY') return zh ? '文件没有内容' : 'The file is empty';
  return zh ? '无法读取文件：不是有效的 .xlsx 或 .csv' : 'The file cannot be read: not a valid .xlsx or .csv';
}

interface JobRow {
  id: string;
  entity: ImportEntity;
  mode: ImportMode;
  status: 'queued' | 'running' | 'done' | 'rejected' | 'failed';
  file_name: string;
  file_bytes: number;
  file_sha256: string;
  created_at: Date | string;
  created_by_name: string;
  started_at: Date | string | null;
  finished_at: Date | string | null;
  bytes_read: number;
  rows_read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  failed: number;
  error_report: string | null;
  message: string | null;
  same_at: Date | string | null;
}

const JOB_SELECT = sql`j.*, (SELECT max(o.finished_at) FROM import_job o
   WHERE o.file_sha256 = j.file_sha256 AND o.entity = j.entity AND o.status = 'done' AND o.id <> j.id
     AND o.created_at < j.created_at) AS same_at`;

function view(r: JobRow): z.infer<typeof ImportJobView> {
  const live = running.get(r.id);
  const p = live ?? {
    bytesRead: r.bytes_read,
    totalBytes: r.file_bytes,
    rowsRead: r.rows_read,
    inserted: r.inserted,
    updated: r.updated,
    unchanged: r.unchanged,
    failed: r.failed,
  };
  const finished = ['done', 'rejected', 'failed'].includes(r.status);
  return {
    id: r.id,
    entity: r.entity,
    mode: r.mode,
    status: r.status,
    fileName: r.file_name,
    fileBytes: Number(r.file_bytes),
    createdAt: iso(r.created_at),
    createdByName: r.created_by_name,
    startedAt: iso(r.started_at),
    finishedAt: iso(r.finished_at),
    progress: finished ? 1 : p.totalBytes > 0 ? Math.min(1, p.bytesRead / p.totalBytes) : 0,
    rowsRead: p.rowsRead,
    inserted: p.inserted,
    updated: p.updated,
    unchanged: p.unchanged,
    failed: p.failed,
    hasErrorReport: r.error_report !== null,
    message: r.message,
    sameFileImportedAt: iso(r.same_at),
  };
}

/** Jobs are seen by whoever holds bulk rights over their territory. */
const visible = (actor: Actor): SQL => withinPaths('j.scope_path', registryPolicy.bulkPaths(actor.scope));

export async function getImportJob(deps: Deps, actor: Actor, id: string) {
  const r = await one<JobRow>(
    deps.db,
    sql`SELECT ${JOB_SELECT} FROM import_job j WHERE j.id = ${id} AND ${visible(actor)}`,
  );
  if (!r) throw new AppError('REGISTRY_NOT_FOUND');
  return view(r);
}

export async function listImportJobs(deps: Deps, actor: Actor) {
  if (registryPolicy.bulkPaths(actor.scope).length === 0) throw new AppError('REGISTRY_IMPORT_FORBIDDEN');
  const found = await rows<JobRow>(
    deps.db,
    sql`SELECT ${JOB_SELECT} FROM import_job j WHERE ${visible(actor)} ORDER BY j.created_at DESC LIMIT 50`,
  );
  return { items: found.map(view) };
}

/** The stored error report of a job (path inside the data directory), for those who may see the job. */
export async function errorReportPath(deps: Deps, actor: Actor, id: string): Promise<string> {
  const r = await one<{ error_report: string | null }>(
    deps.db,
    sql`SELECT j.error_report FROM import_job j WHERE j.id = ${id} AND ${visible(actor)}`,
  );
  if (!r?.error_report) throw new AppError('REGISTRY_NOT_FOUND');
  return join(importDir(deps), r.error_report);
}

/** Waits until every queued import of this process has finished (tests, shutdown). */
export const importsSettled = () => queue;
