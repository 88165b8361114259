import { createHash, randomUUID } from 'node:crypto';
import type { FileInfo } from '@wangge/contracts';
import { schema } from '@wangge/db';
import { RESIDENT_ROLES } from '@wangge/domain';
import type { Actor, Deps } from '../../http/types.ts';
import { takeRate } from '../../lib/rate-limit.ts';
import { recordAudit } from '../audit/index.ts';
import type { FileStore } from './file-store.ts';
import { inspectImage } from './inspect-image.ts';
import { processImage } from './process-image.ts';
import { toFileInfo } from './read-file.ts';

export interface Upload {
  bytes: Buffer;
  /** The name the client gave, kept for display only (never used as a path or key). */
  filename: string | undefined;
}

/**
 * Stores an uploaded image: its type is judged by its bytes, it is re-encoded without metadata
 * (process-image.ts), and both the image and its thumbnail are written to the store under random
 * keys before the row and its audit record are committed. Nothing is written for a refused file;
 * if the database write fails, the stored bytes are removed again.
 */
export async function uploadFile(
  deps: Deps,
  store: FileStore,
  actor: Actor,
  upload: Upload,
): Promise<FileInfo> {
  // Residents' uploads are counted (photos cost storage and reach staff); staff's are not.
  if (actor.scope.grants.length > 0 && actor.scope.grants.every((g) => RESIDENT_ROLES.includes(g.role)))
    await takeRate(deps.db, 'uploadsPerResident', actor.userId ?? 'anonymous', deps.clock.now());
  const type = inspectImage(upload.bytes);
  const image = await processImage(upload.bytes, type);
  const now = deps.clock.now();
  const row = {
    id: randomUUID(),
    uploaderId: actor.userId,
    // A user may hold roles in several districts; the file belongs to the first one's.
    districtCode: actor.scope.grants[0]?.path.split('.')[0] ?? null,
    kind: 'image' as const,
    mime: image.mime,
    bytes: image.bytes.length,
    width: image.width,
    height: image.height,
    sha256: createHash('sha256').update(image.bytes).digest('hex'),
    storageKey: randomUUID(),
    thumbKey: randomUUID(),
    originalName: displayName(upload.filename),
    createdAt: now,
  };
  try {
    await store.put(row.storageKey, image.bytes);
    await store.put(row.thumbKey, image.thumb);
    await deps.db.transaction(async (tx) => {
      await tx.insert(schema.fileObject).values(row);
      await recordAudit(tx, actor, now, {
        action: 'file.upload',
        entityType: 'file',
        entityId: row.id,
        districtCode: row.districtCode,
        after: {
          kind: row.kind,
          mime: row.mime,
          bytes: row.bytes,
          width: row.width,
          height: row.height,
          sha256: row.sha256,
          originalName: row.originalName,
        },
      });
    });
  } catch (error) {
    await Promise.allSettled([store.delete(row.storageKey), store.delete(row.thumbKey)]);
    throw error;
  }
  return toFileInfo(row);
}

/** The client's file name without any path or control characters, at most 200 characters; null when empty. */
function displayName(filename: string | undefined): string | null {
  const base = (filename ?? '').split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return clean ? [...clean].slice(0, 200).join('') : null;
}
