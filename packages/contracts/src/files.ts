import { z } from 'zod';

/** Limits the upload endpoint enforces, for the web pages to check before sending. */
export const FILE_UPLOAD_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
} as const;

export const FileId = z.uuid().describe('File id, from POST /api/files');
export type FileId = z.infer<typeof FileId>;

/**
 * An uploaded file as the API shows it. Images are re-encoded on upload (upright, metadata
 * stripped, at most 4096 px on the longest side), so `bytes`, `width` and `height` describe the
 * stored image, not the one sent.
 */
export const FileInfo = z
  .object({
    id: FileId,
    kind: z.enum(['image', 'document']),
    mime: z.string(),
    bytes: z.number().int(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    url: z.string().describe('GET it with the session cookie'),
    thumbUrl: z.string().nullable().describe('A WebP thumbnail 320 px wide; null for documents'),
  })
  .meta({ id: 'FileInfo' });
export type FileInfo = z.infer<typeof FileInfo>;

/** Any string: an id that is not a UUID is answered 404 like an unknown one. */
export const FileParams = z.strictObject({ id: z.string().max(64) });
