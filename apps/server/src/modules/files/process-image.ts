import sharp, { type SharpOptions } from 'sharp';
import { AppError } from '../../http/errors.ts';
import type { ImageType } from './inspect-image.ts';

/**
 * Decoding refuses images with more pixels than this before allocating them, so a small file that
 * claims huge dimensions (a decompression bomb) costs nothing. 50 MP admits the 48/50 MP modes of
 * phone cameras (8160 × 6120); 108/200 MP photos must be taken or exported at a lower resolution.
 */
export const MAX_INPUT_PIXELS = 50_000_000;
/** Stored images are scaled down to fit this many pixels on their longest side. */
export const MAX_SIDE = 4096;
export const THUMB_WIDTH = 320;
/** Very tall images (long screenshots) get a thumbnail at most this high rather than 320 px wide. */
export const THUMB_MAX_HEIGHT = 1280;
export const THUMB_MIME = 'image/webp';

export interface ProcessedImage {
  bytes: Buffer;
  mime: string;
  width: number;
  height: number;
  thumb: Buffer;
}

const inputOptions: SharpOptions = {
  limitInputPixels: MAX_INPUT_PIXELS,
  // Turn the pixels upright by the EXIF orientation: the tag is gone from the output with the rest.
  autoOrient: true,
  // Truncated or broken pixel data is refused; mere decoder warnings (common in camera JPEGs) are not.
  failOn: 'error',
};

/**
 * Re-encodes an image in its own format: upright, at most MAX_SIDE on its longest side, with every
 * piece of metadata dropped (EXIF including GPS position and camera serial, XMP, IPTC, and the ICC
 * profile: pixels are converted to sRGB, sharp's default), plus a WebP thumbnail. Only the first
 * frame of an animated WebP is kept.
 */
export async function processImage(input: Buffer, type: ImageType): Promise<ProcessedImage> {
  try {
    const main = sharp(input, inputOptions).resize({
      width: MAX_SIDE,
      height: MAX_SIDE,
      fit: 'inside',
      withoutEnlargement: true,
    });
    const encoded =
      type.format === 'jpeg'
        ? main.jpeg({ quality: 85 })
        : type.format === 'png'
          ? main.png()
          : main.webp({ quality: 85 });
    const thumb = sharp(input, inputOptions)
      .resize({ width: THUMB_WIDTH, height: THUMB_MAX_HEIGHT, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 75 });
    const [out, thumbBytes] = await Promise.all([
      encoded.toBuffer({ resolveWithObject: true }),
      thumb.toBuffer(),
    ]);
    return {
      bytes: out.data,
      mime: type.mime,
      width: out.info.width,
      height: out.info.height,
      thumb: thumbBytes,
    };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) {
      throw new AppError('FILES_IMAGE_TOO_LARGE', undefined, { megapixels: MAX_INPUT_PIXELS / 1_000_000 });
    }
    throw new AppError('FILES_IMAGE_CORRUPT');
  }
}
