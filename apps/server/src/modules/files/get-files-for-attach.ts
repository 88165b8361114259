import { schema, type Tx } from '@wangge/db';
import { inArray } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import { filesPolicy } from './files.policy.ts';
import { type FileRow, isUuid } from './read-file.ts';

/**
 * The files a user is about to attach (to a case), in the order asked. Only the uploader may
 * attach a file; an id that does not exist, is not a UUID or belongs to someone else makes the
 * whole request fail with FILES_NOT_FOUND, naming the ids in `details.fileIds`.
 * Call it inside the attaching transaction.
 */
export async function getFilesForAttach(
  db: Tx,
  actor: { userId: string | null },
  fileIds: readonly string[],
): Promise<FileRow[]> {
  // Ids are compared lowercased, so one file named twice in different case is still attached once.
  const ids = [...new Set(fileIds.map((id) => id.toLowerCase()))];
  if (ids.length === 0) return [];
  const wellFormed = ids.filter(isUuid);
  const found =
    wellFormed.length === 0
      ? []
      : await db.select().from(schema.fileObject).where(inArray(schema.fileObject.id, wellFormed));
  const mine = new Map(found.filter((f) => filesPolicy.isUploader(actor.userId, f)).map((f) => [f.id, f]));
  const bad = ids.filter((id) => !mine.has(id));
  if (bad.length > 0) throw new AppError('FILES_NOT_FOUND', { fileIds: bad });
  return ids.map((id) => mine.get(id)!);
}
