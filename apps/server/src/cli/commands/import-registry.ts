import { createReadStream, existsSync } from 'node:fs';
import { basename } from 'node:path';
import { one } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { loadScope } from '../../modules/auth/index.ts';
import { createImportJob, runImport } from '../../modules/registry/import/import-jobs.ts';
import { type Command, str, UsageError } from '../args.ts';
import { withDeps } from '../context.ts';
import { createProgressBar } from '../progress-bar.ts';

const ENTITIES = ['people', 'rooms', 'organisations'] as const;
const isEntity = (v: string | undefined): v is (typeof ENTITIES)[number] =>
  (ENTITIES as readonly string[]).includes(v ?? '');

/**
 * `wangge import people|rooms|organisations <file>`: the console's import from the server's shell, for files too large
 * to upload comfortably. It acts as a named user (their territory decides where rows may land, and
 * the audit log names them), with a progress bar on stderr and the outcome on stdout.
 */
export const importRegistryCommand: Command = {
  name: 'import',
  summary:
    'Import people, rooms or organisations from an .xlsx or .csv file (streaming, per-row checks, error report)',
  usage:
    'wangge import people|rooms|organisations <file.xlsx|file.csv> --as <username> [--mode valid_only|all_or_nothing]',
  options: {
    as: {
      type: 'string',
      description: 'The user the import is done as (admin, community or subdistrict staff)',
    },
    mode: {
      type: 'string',
      description: 'valid_only (default): import the good rows; all_or_nothing: none if any row is wrong',
    },
  },
  async run(values, [entity, file]) {
    if (!isEntity(entity))
      throw new UsageError('say what to import: wangge import people|rooms|organisations <file>');
    if (!file) throw new UsageError('give the file to import');
    if (!existsSync(file)) throw new UsageError(`${file}: no such file`);
    const username = str(values.as);
    if (!username)
      throw new UsageError('--as <username> is required: the import acts in that user’s territory');
    const mode = str(values.mode) ?? 'valid_only';
    if (mode !== 'valid_only' && mode !== 'all_or_nothing')
      throw new UsageError('--mode must be valid_only or all_or_nothing');

    return withDeps(async (deps) => {
      const user = await one<{ id: string; display_name: string }>(
        deps.db,
        sql`SELECT id, display_name FROM app_user WHERE username = ${username} AND NOT disabled`,
      );
      if (!user) throw new UsageError(`no active user ${username}`);
      const actor = {
        userId: user.id,
        name: user.display_name,
        requestId: null,
        scope: await loadScope(deps.db, user.id),
      };
      const job = await createImportJob(deps, actor, {
        entity,
        mode,
        fileName: basename(file),
        file: createReadStream(file),
        locale: 'zh-CN',
      });
      const bar = createProgressBar('导入', process.stderr, { unit: 'bytes' });
      const outcome = await runImport(deps, actor, job, (p) =>
        bar.update(
          p.bytesRead,
          p.totalBytes,
          ` | ${p.rowsRead} 行，新增 ${p.inserted}，更新 ${p.updated}，有误 ${p.failed}`,
        ),
      );
      bar.stop();
      if (!outcome) {
        process.stdout.write('无法读取文件：不是有效的 .xlsx 或 .csv\n');
        return 1;
      }
      process.stdout.write(
        `${outcome.status === 'done' ? '已导入' : '未导入'}：读取 ${outcome.rowsRead} 行，新增 ${outcome.inserted}，更新 ${outcome.updated}，` +
          `无变化 ${outcome.unchanged}，有误 ${outcome.failed}\n` +
          (outcome.message ? `${outcome.message}\n` : '') +
          (outcome.report ? `错误报告：${outcome.report}\n` : ''),
      );
      return outcome.status === 'done' ? 0 : 1;
    });
  },
};
