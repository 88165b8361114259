import type { FileInfo } from '@wangge/contracts';
import { one, schema, type Tx } from '@wangge/db';
import type { Scope } from '@wangge/domain';
import { eq, sql } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import { withinPaths } from '../../lib/sql.ts';
import type { FileStore } from './file-store.ts';
import { filesPolicy } from './files.policy.ts';
import { THUMB_MIME } from './process-image.ts';

export type FileRow = typeof schema.fileObject.$inferSelect;

/** Who asks to read a file: an `Actor` will do. */
export interface FileReader {
  userId: string | null;
  scope: Scope;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

export const toFileInfo = (f: FileRow): FileInfo => ({
  id: f.id,
  kind: f.kind,
  mime: f.mime,
  bytes: f.bytes,
  width: f.width,
  height: f.height,
  url: `/api/files/${f.id}`,
  thumbUrl: f.thumbKey ? `/api/files/${f.id}/thumb` : null,
});

/**
 * The file if `reader` may see it: its uploader; staff whose territory contains a case it is
 * attached to; a department handler whose department is assigned such a case; the resident who
 * reported such a case or said "me too" on it (they see the result photos). Otherwise null,
 * exactly as for a file that does not exist.
 */
export async function findReadableFile(db: Tx, reader: FileReader, fileId: string): Promise<FileRow | null> {
  if (!isUuid(fileId)) return null;
  const [file] = await db.select().from(schema.fileObject).where(eq(schema.fileObject.id, fileId));
  if (!file) return null;
  if (filesPolicy.isUploader(reader.userId, file)) return file;
  const paths = filesPolicy.readPaths(reader.scope);
  const departments = filesPolicy.readDepartments(reader.scope);
  const theirs = reader.userId
    ? sql`(c.reporter_id = ${reader.userId}
           OR EXISTS (SELECT 1 FROM case_follower f WHERE f.case_id = c.id AND f.user_id = ${reader.userId}))`
    : sql`false`;
  const assigned =
    departments.length === 0
      ? sql`false`
      : sql`EXISTS (SELECT 1 FROM case_assignment s WHERE s.case_id = c.id
                    AND s.department_id IN (${sql.join(
                      departments.map((d) => sql`${d}::uuid`),
                      sql`, `,
                    )}))`;
  const visible = await one<{ ok: boolean }>(
    db,
    sql`SELECT EXISTS (
          SELECT 1 FROM case_attachment a JOIN case_record c ON c.id = a.case_id
          WHERE a.file_id = ${file.id} AND (${withinPaths('c.path', paths)} OR ${assigned} OR ${theirs})
        ) AS ok`,
  );
  return visible?.ok ? file : null;
}

/** The bytes of a file (or of its thumbnail) for a reader allowed to see it; 404 otherwise. */
export async function readFile(
  db: Tx,
  store: FileStore,
  reader: FileReader,
  fileId: string,
  variant: 'original' | 'thumb',
): Promise<{ bytes: Buffer; mime: string }> {
  const file = await findReadableFile(db, reader, fileId);
  const key = variant === 'thumb' ? file?.thumbKey : file?.storageKey;
  if (!file || !key) throw new AppError('FILES_NOT_FOUND');
  const bytes = await store.get(key);
  if (!bytes) throw new AppError('FILES_NOT_FOUND');
  return { bytes, mime: variant === 'thumb' ? THUMB_MIME : file.mime };
}
