import type { FILE_UPLOAD_LIMITS as ServerLimits } from '@wangge/contracts';

/**
 * FILE_UPLOAD_LIMITS of the contracts, restated: importing the value would bring the whole contracts
 * package and zod (~35 kB gzipped) into the report page. The type keeps the two in step.
 */
const FILE_UPLOAD_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
} as const satisfies typeof ServerLimits;

export const MAX_PHOTOS = 9;
const MAX_EDGE_PX = 1920;
const TARGET_MB = 0.5;
const IMAGE_NAME = /\.(jpe?g|png|webp|heic|heif|gif|bmp)$/i;
const HEIC = /heic|heif/i;

export type PhotoProblem = 'notImage' | 'heic' | 'unreadable' | 'tooLarge' | 'tooMany';

export class PhotoError extends Error {
  constructor(readonly problem: PhotoProblem) {
    super(problem);
  }
}

/** An image by its type, or by its name when the browser gives none (some Android galleries). */
export function looksLikeImage(file: File): boolean {
  return file.type ? file.type.startsWith('image/') : IMAGE_NAME.test(file.name);
}

/**
 * Shrinks a photo before upload (longest side 1920 px, about 0.5 MB; EXIF, GPS included, dropped),
 * keeping JPEG and WebP and turning anything else into JPEG. On the main thread: the library's
 * worker would fetch its code from a CDN, which phones here may not reach.
 */
export async function compressPhoto(file: File): Promise<File> {
  if (!looksLikeImage(file)) throw new PhotoError('notImage');
  const keep = file.type === 'image/jpeg' || file.type === 'image/webp';
  let result: File;
  try {
    // Loaded with the first photo: the form opens without it.
    const { default: imageCompression } = await import('browser-image-compression');
    result = await imageCompression(file, {
      maxSizeMB: TARGET_MB,
      maxWidthOrHeight: MAX_EDGE_PX,
      useWebWorker: false,
      fileType: keep ? file.type : 'image/jpeg',
      initialQuality: 0.85,
    });
  } catch {
    throw new PhotoError(HEIC.test(file.type) || /\.hei[cf]$/i.test(file.name) ? 'heic' : 'unreadable');
  }
  if (!(FILE_UPLOAD_LIMITS.mimeTypes as readonly string[]).includes(result.type)) {
    throw new PhotoError('unreadable');
  }
  if (result.size > FILE_UPLOAD_LIMITS.maxBytes) throw new PhotoError('tooLarge');
  return result;
}
