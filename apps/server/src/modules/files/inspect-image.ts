import { type ImageFormat, sniffImage } from '@wangge/domain';
import { AppError } from '../../http/errors.ts';

export interface ImageType {
  format: ImageFormat;
  mime: string;
}

/**
 * The image type of an upload, from its bytes alone: the declared content type and the file name
 * are the client's claims and are ignored. HEIC (iPhone "高效" photos) gets its own error, which
 * tells the user how to switch the camera to JPEG.
 */
export function inspectImage(bytes: Uint8Array): ImageType {
  const sniffed = sniffImage(bytes);
  if (sniffed.ok) return { format: sniffed.format, mime: sniffed.mime };
  throw new AppError(sniffed.code === 'IMAGE_HEIC' ? 'FILES_HEIC_UNSUPPORTED' : 'FILES_TYPE_UNSUPPORTED');
}
