import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import type { Deps } from '../../../http/types.ts';
import { importDir } from './import-jobs.ts';

/** Shown on a job whose server stopped under it (one text for both languages: the row keeps one message). */
export const INTERRUPTED_MESSAGE =
  '服务重启，导入中断：已写入的行保留，请重新上传该文件完成导入（重复导入不会重复写入）。' +
  ' The server restarted during this import: rows already written stay; upload the file again to finish (re-importing is safe).';

/**
 * At start-up: imports left queued or running by a server that stopped are marked failed and their
 * uploads deleted, instead of showing a progress bar that never moves. Jobs run in the process
 * that received them, so a starting server has none of its own yet. With several servers on one
 * database, a job still running on another is marked too, and its own final update then sets the
 * real outcome.
 */
export async function failInterruptedImports(deps: Pick<Deps, 'db' | 'config' | 'clock'>): Promise<number> {
  const stopped = await rows<{ id: string; format: string }>(
    deps.db,
    sql`UPDATE import_job SET status = 'failed', finished_at = ${deps.clock.now()}, message = ${INTERRUPTED_MESSAGE}
         WHERE status IN ('queued', 'running')
        RETURNING id, format`,
  );
  const dir = importDir(deps);
  for (const job of stopped) rmSync(join(dir, `${job.id}.${job.format}`), { force: true });
  return stopped.length;
}
