import type { Tx } from '@wangge/db';
import type { Deps } from '../../../http/types.ts';
import { openSheet, type SheetFormat, type SheetRow } from '../../../lib/sheets/index.ts';
import type { RowProblem } from './row-problem.ts';

export type ImportMode = 'all_or_nothing' | 'valid_only';

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  failed: number;
}

/** Why a whole file was refused (headers missing, empty). */
export interface FileProblem {
  code: string;
  params?: Record<string, string | number>;
}

export interface ImportOutcome extends ImportProgress {
  /** done: written (valid rows, or all); rejected: all-or-nothing with errors, or a file we cannot use. */
  status: 'done' | 'rejected';
  problems: RowProblem[];
  fileProblem: FileProblem | null;
}

export interface ChunkOutcome {
  inserted: number;
  updated: number;
  unchanged: number;
  problems: RowProblem[];
}

/**
 * What one entity's import brings to the engine: reading the header row, checking a row without
 * the database, the key that makes two rows of a file the same record, and writing a chunk.
 */
export interface ImportSpec<H, P extends { row: number }> {
  header(cells: readonly string[]): { ok: true; header: H } | { ok: false; problem: FileProblem };
  prepare(header: H, row: SheetRow): { ok: true; prepared: P } | { ok: false; problems: RowProblem[] };
  /** The record a row names (ID number, room address, credit code…): a second row naming it is refused. */
  key(p: P): string;
  /** How the report names a second row of one record. */
  duplicate(first: number, p: P): Omit<RowProblem, 'row'>;
  write(tx: Tx, header: H, chunk: P[]): Promise<ChunkOutcome>;
}

/** Rows per transaction in valid-rows mode and per multi-row statement in both. */
const CHUNK = 500;
/** An all-or-nothing import that already failed stops keeping problems after this many (the file is refused anyway). */
const MAX_PROBLEMS = 100_000;

class Rollback extends Error {}

/**
 * Yields what `source` yields, asking for the next item as soon as one is handed out: the next
 * chunk is read and checked (CPU in this process) while the caller writes this one (work in the
 * database server, on another core). Reading never depends on writing (the specs' row checks use
 * what was loaded before the first row).
 */
async function* readingAhead<T>(source: AsyncGenerator<T>): AsyncGenerator<T> {
  let next = source.next();
  try {
    while (true) {
      const item = await next;
      if (item.done) return;
      next = source.next();
      // If the caller stops (a write failed), a read error of the chunk ahead must not go unhandled.
      next.catch(() => {});
      yield item.value;
    }
  } finally {
    await source.return(undefined).catch(() => {});
  }
}

/**
 * Imports a spreadsheet, streaming: rows are read, checked and written in chunks, so a file of
 * 100,000 rows needs no more memory than a chunk, the keys seen and the problem list. `valid_only`
 * commits each chunk's good rows; `all_or_nothing` writes in one transaction and rolls it back if
 * any row failed. Either way a second run of the same file changes nothing (the specs write only
 * what changed).
 */
export async function runSheetImport<H, P extends { row: number }>(
  deps: Deps,
  spec: ImportSpec<H, P>,
  input: { path: string; format: SheetFormat; mode: ImportMode },
  onProgress: (p: ImportProgress) => void = () => {},
): Promise<ImportOutcome> {
  const sheet = openSheet(input.path, input.format);
  const progress: ImportProgress = {
    bytesRead: 0,
    totalBytes: 0,
    rowsRead: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
  };
  const problems: RowProblem[] = [];
  const report = () => {
    Object.assign(progress, sheet.progress());
    onProgress({ ...progress });
  };
  const seen = new Map<string, number>();
  let header: H | null = null;
  let fileProblem: FileProblem | null = null;

  const chunks = async function* () {
    let chunk: P[] = [];
    let readHeader = false;
    for await (const row of sheet.rows()) {
      if (!readHeader) {
        readHeader = true;
        const h = spec.header(row.cells);
        if (!h.ok) {
          fileProblem = h.problem;
          return;
        }
        header = h.header;
        continue;
      }
      progress.rowsRead++;
      const r = spec.prepare(header!, row);
      if (!r.ok) {
        progress.failed++;
        if (problems.length < MAX_PROBLEMS) problems.push(...r.problems);
        continue;
      }
      const key = spec.key(r.prepared);
      const first = seen.get(key);
      if (first !== undefined) {
        progress.failed++;
        problems.push({ row: row.rowNumber, ...spec.duplicate(first, r.prepared) });
        continue;
      }
      seen.set(key, row.rowNumber);
      chunk.push(r.prepared);
      if (chunk.length >= CHUNK) {
        yield chunk;
        chunk = [];
      }
    }
    if (!readHeader) fileProblem = { code: 'FILE_EMPTY' };
    if (chunk.length > 0) yield chunk;
  };

  const write = async (tx: Tx, chunk: P[]) => {
    const out = await spec.write(tx, header!, chunk);
    progress.inserted += out.inserted;
    progress.updated += out.updated;
    progress.unchanged += out.unchanged;
    progress.failed += out.problems.length;
    problems.push(...out.problems);
    report();
  };

  if (input.mode === 'valid_only') {
    // A chunk whose transaction fails is rolled back whole and the job fails: its rows are not
    // counted as written, and they are not retried one by one.
    for await (const chunk of readingAhead(chunks())) await deps.db.transaction((tx) => write(tx, chunk));
    report();
  } else {
    try {
      await deps.db.transaction(async (tx) => {
        for await (const chunk of readingAhead(chunks())) {
          if (progress.failed > 0) {
            report();
            continue; // keep reading to report every problem, write nothing more
          }
          await write(tx, chunk);
        }
        if (progress.failed > 0 || fileProblem) throw new Rollback();
      });
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
    report();
    if (progress.failed > 0) {
      progress.inserted = 0;
      progress.updated = 0;
      progress.unchanged = 0;
    }
  }
  problems.sort((a, b) => a.row - b.row);
  const rejected = fileProblem !== null || (input.mode === 'all_or_nothing' && progress.failed > 0);
  return { ...progress, status: rejected ? 'rejected' : 'done', problems, fileProblem };
}
