import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ftypBrands, sniffImage } from './sniff.ts';

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
/** An ISO-BMFF ftyp box: size, 'ftyp', major brand, minor version, compatible brands. */
const ftyp = (major: string, ...compatible: string[]) =>
  bytes([0, 0, 0, 16 + 4 * compatible.length], 'ftyp', major, [0, 0, 0, 0], ...compatible);

describe('sniffImage', () => {
  it('recognises JPEG, PNG and WebP by their first bytes', () => {
    assert.deepEqual(sniffImage(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF')), {
      ok: true,
      format: 'jpeg',
      mime: 'image/jpeg',
    });
    assert.deepEqual(sniffImage(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR')), {
      ok: true,
      format: 'png',
      mime: 'image/png',
    });
    for (const chunk of ['VP8 ', 'VP8L', 'VP8X']) {
      assert.deepEqual(sniffImage(bytes('RIFF', [0x24, 0, 0, 0], 'WEBP', chunk, [0, 0, 0, 0])), {
        ok: true,
        format: 'webp',
        mime: 'image/webp',
      });
    }
  });

  it('refuses HEIC/HEIF photos with their own code', () => {
    // An iPhone photo: major brand heic, compatible mif1, MiHB, MiHE, MiPr, miaf, heic, tmap.
    const iphone = ftyp('heic', 'mif1', 'MiHB', 'MiHE', 'MiPr', 'miaf', 'heic', 'tmap');
    assert.deepEqual(sniffImage(iphone), { ok: false, code: 'IMAGE_HEIC' });
    for (const major of ['heix', 'hevc', 'heim', 'mif1', 'msf1']) {
      assert.deepEqual(sniffImage(ftyp(major)), { ok: false, code: 'IMAGE_HEIC' }, major);
    }
    // A generic major brand with HEIC among the compatible ones.
    assert.deepEqual(sniffImage(ftyp('miaf', 'heic')), { ok: false, code: 'IMAGE_HEIC' });
    // The header alone is enough (the rest of the file may be cut off).
    assert.deepEqual(sniffImage(bytes([0, 0, 0, 0x18], 'ftypheic')), { ok: false, code: 'IMAGE_HEIC' });
  });

  it('does not take AVIF or video for HEIC', () => {
    const unsupported = { ok: false, code: 'IMAGE_TYPE_UNSUPPORTED' };
    assert.deepEqual(sniffImage(ftyp('avif', 'mif1', 'miaf')), unsupported);
    assert.deepEqual(sniffImage(ftyp('mif1', 'avif')), unsupported);
    assert.deepEqual(sniffImage(ftyp('isom', 'iso2', 'mp41')), unsupported);
    assert.deepEqual(sniffImage(ftyp('qt  ')), unsupported);
  });

  it('refuses everything else, whatever the file claims to be', () => {
    const unsupported = { ok: false, code: 'IMAGE_TYPE_UNSUPPORTED' };
    assert.deepEqual(sniffImage(new Uint8Array()), unsupported);
    assert.deepEqual(sniffImage(bytes('this is not a photo.jpg')), unsupported);
    assert.deepEqual(sniffImage(bytes('GIF89a', [1, 0, 1, 0])), unsupported);
    assert.deepEqual(sniffImage(bytes('%PDF-1.7')), unsupported);
    assert.deepEqual(sniffImage(bytes('BM', [0, 0, 0, 0])), unsupported);
    assert.deepEqual(sniffImage(bytes('<svg xmlns="http://www.w3.org/2000/svg">')), unsupported);
    // Cut-off signatures.
    assert.deepEqual(sniffImage(bytes([0xff, 0xd8])), unsupported);
    assert.deepEqual(sniffImage(bytes([0x89], 'PNG')), unsupported);
    assert.deepEqual(sniffImage(bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt ')), unsupported);
  });
});

describe('ftypBrands', () => {
  it('reads the major and compatible brands within the box', () => {
    assert.deepEqual(ftypBrands(ftyp('heic', 'mif1', 'heic')), ['heic', 'mif1', 'heic']);
    // Bytes after the box are not brands.
    assert.deepEqual(ftypBrands(bytes([...ftyp('heic', 'mif1')], 'meta')), ['heic', 'mif1']);
    assert.equal(ftypBrands(bytes('RIFF....WEBP')), null);
  });
});
