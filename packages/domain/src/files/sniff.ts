/**
 * What an uploaded file is, judged by its first bytes (magic numbers) only: the file name and the
 * declared content type come from the client and are not trusted.
 */

export type ImageFormat = 'jpeg' | 'png' | 'webp';

export const IMAGE_MIME: Readonly<Record<ImageFormat, string>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

export type SniffError =
  /** HEIC/HEIF (iPhone "高效" photos): recognised, but the image library cannot decode HEVC. */
  | 'IMAGE_HEIC'
  /** Anything that is not JPEG, PNG or WebP (including AVIF, GIF, text, empty input). */
  | 'IMAGE_TYPE_UNSUPPORTED';

export type SniffResult = { ok: true; format: ImageFormat; mime: string } | { ok: false; code: SniffError };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** ISO-BMFF brands of HEVC-coded HEIF and of generic HEIF image files. */
const HEIF_BRANDS = new Set([
  'heic',
  'heix',
  'heim',
  'heis',
  'hevc',
  'hevx',
  'hevm',
  'hevs',
  'mif1',
  'msf1',
  'mif2',
]);
/** AVIF also says mif1/msf1 among its brands; it is not HEIC (and not accepted either). */
const AVIF_BRANDS = new Set(['avif', 'avis']);

const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, start + length));

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

/** The major and compatible brands of an ISO-BMFF `ftyp` box at the start, or null when there is none. */
export function ftypBrands(bytes: Uint8Array): string[] | null {
  if (bytes.length < 12 || ascii(bytes, 4, 4) !== 'ftyp') return null;
  const declared = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const end = Math.min(bytes.length, declared >= 16 ? declared : 16);
  const brands = [ascii(bytes, 8, 4)];
  // Bytes 12–15 are the minor version; compatible brands follow, four bytes each.
  for (let i = 16; i + 4 <= end; i += 4) brands.push(ascii(bytes, i, 4));
  return brands;
}

export function sniffImage(bytes: Uint8Array): SniffResult {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return image('jpeg');
  if (startsWith(bytes, PNG_SIGNATURE)) return image('png');
  if (bytes.length >= 16 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 7) === 'WEBPVP8') {
    return image('webp');
  }
  const brands = ftypBrands(bytes);
  if (brands && !brands.some((b) => AVIF_BRANDS.has(b)) && brands.some((b) => HEIF_BRANDS.has(b))) {
    return { ok: false, code: 'IMAGE_HEIC' };
  }
  return { ok: false, code: 'IMAGE_TYPE_UNSUPPORTED' };
}

const image = (format: ImageFormat): SniffResult => ({ ok: true, format, mime: IMAGE_MIME[format] });
