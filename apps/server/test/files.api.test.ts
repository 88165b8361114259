import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { one, rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { AppError } from '../src/http/errors.ts';
import { getFilesForAttach } from '../src/modules/files/index.ts';
import { createTestApp, type Session, type TestApp } from './harness.ts';
import { filePart, multipart, type Part, upload as uploadWith } from './multipart.ts';

let t: TestApp;
let worker: Session;
let resident: Session;
let community: Session;
let dept: Session;
let dispatcher: Session;
before(async () => {
  t = await createTestApp();
  worker = await t.sessionFor('gridworker');
  resident = await t.sessionFor('resident');
  community = await t.sessionFor('community');
  dept = await t.sessionFor('dept');
  dispatcher = await t.sessionFor('dispatcher');
});
after(() => t.close());

const upload = (as: Session | null, parts: Part[], options: { csrf?: boolean } = {}) =>
  uploadWith(t, as, parts, options);

async function uploadOk(as: Session, data: Buffer, filename?: string, contentType?: string) {
  const res = await upload(as, [filePart(data, filename, contentType)]);
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as {
    id: string;
    mime: string;
    bytes: number;
    width: number;
    height: number;
    url: string;
    thumbUrl: string;
  };
}

const get = (as: Session | undefined, url: string) => t.request('GET', url, as ? { as } : {});

// ---- what was written --------------------------------------------------------------------------

const fileRows = async () =>
  (await one<{ n: number }>(t.handle.db, sql`SELECT count(*)::int AS n FROM file_object`))!.n;

function storedFiles(dir = join(t.deps.config.dataDir, 'files')): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

async function assertNothingWritten(attempt: () => Promise<unknown>) {
  const [rowsBefore, filesBefore] = [await fileRows(), storedFiles().length];
  await attempt();
  assert.equal(await fileRows(), rowsBefore, 'no file_object row');
  assert.equal(storedFiles().length, filesBefore, 'no stored file');
}

// ---- images --------------------------------------------------------------------------------------

/** Noise (so the encoders cannot squeeze it to nothing) of the given size. */
function noise(width: number, height: number, channels: 3 | 4 = 3) {
  const px = Buffer.alloc(width * height * channels);
  for (let i = 0; i < px.length; i++) px[i] = (i * 7919 + (i >> 7) * 31) & 255;
  return sharp(px, { raw: { width, height, channels } });
}

/** An 800 × 600 camera JPEG lying on its side (EXIF orientation 6), with a camera make and a GPS position. */
const cameraJpeg = () =>
  noise(800, 600)
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'WanggeTestCam', Model: 'Serial-12345' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '36/1 40/1 1234/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '117/1 2/1 5678/100',
      },
    })
    .toBuffer();

/** The TIFF tag that points at the GPS IFD, in either byte order. */
const hasGpsPointer = (exif: Buffer) =>
  exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** A small real PNG whose header claims 20000 × 20000 pixels: a decompression bomb by its looks. */
async function pngBomb() {
  const png = Buffer.from(
    await sharp({ create: { width: 8, height: 8, channels: 3, background: 'white' } })
      .png()
      .toBuffer(),
  );
  // Signature (8), IHDR length (4) and type (4), then width and height; the CRC covers type + data.
  png.writeUInt32BE(20000, 16);
  png.writeUInt32BE(20000, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

// ---- case fixtures, written directly (the case module attaches files for real) ------------------

async function userRow(username: string) {
  return (await one<{ id: string; path: string | null; department_id: string | null }>(
    t.handle.db,
    sql`SELECT u.id, ra.scope_path::text AS path, ra.department_id
        FROM app_user u JOIN role_assignment ra ON ra.user_id = u.id WHERE u.username = ${username} LIMIT 1`,
  ))!;
}

async function caseWithFile(path: string, fileId: string) {
  const caseId = randomUUID();
  const now = t.clock.now();
  await t.handle.db.execute(
    sql`INSERT INTO case_record (id, number, district_code, title, description, channel, path, status, level,
                                 stage, stage_started_at, stage_clock, reported_at)
        VALUES (${caseId}, ${`T-${caseId.slice(0, 8)}`}, ${path.split('.')[0]!}, '路灯不亮', '测试', 'patrol',
                ${path}::ltree, 'reported', 'grid', 'accept', ${now}, '{}'::jsonb, ${now})`,
  );
  await t.handle.db.execute(
    sql`INSERT INTO case_attachment (case_id, file_id, action_seq, purpose) VALUES (${caseId}, ${fileId}, 1, 'report')`,
  );
  return caseId;
}

// ---- tests -----------------------------------------------------------------------------------------

describe('POST /api/files', () => {
  it('stores a camera JPEG upright and without EXIF, GPS or any other metadata', async () => {
    const original = await cameraJpeg();
    const before = await sharp(original).metadata();
    assert.equal(before.orientation, 6);
    assert.ok(before.exif && hasGpsPointer(before.exif), 'the fixture carries a GPS position');
    assert.ok(original.includes('WanggeTestCam'));

    const info = await uploadOk(worker, original, 'IMG_0001.JPG');
    assert.match(info.id, /^[0-9a-f-]{36}$/);
    assert.deepEqual(
      { mime: info.mime, width: info.width, height: info.height, url: info.url, thumbUrl: info.thumbUrl },
      {
        mime: 'image/jpeg',
        width: 600,
        height: 800,
        url: `/api/files/${info.id}`,
        thumbUrl: `/api/files/${info.id}/thumb`,
      },
    );

    const res = await get(worker, info.url);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'image/jpeg');
    assert.equal(res.headers['cache-control'], 'private, max-age=3600');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['content-disposition'], 'inline');
    const stored = res.rawPayload;
    assert.equal(stored.length, info.bytes);
    const meta = await sharp(stored).metadata();
    assert.equal(meta.format, 'jpeg');
    assert.deepEqual([meta.width, meta.height], [600, 800], 'turned upright');
    assert.equal(meta.exif, undefined, 'no EXIF');
    assert.equal(meta.xmp, undefined, 'no XMP');
    assert.equal(meta.iptc, undefined, 'no IPTC');
    assert.equal(meta.icc, undefined, 'no ICC profile');
    assert.equal(meta.orientation, undefined);
    assert.ok(!stored.includes('WanggeTestCam') && !stored.includes('Exif\0\0'));

    const thumb = await get(worker, info.thumbUrl);
    assert.equal(thumb.statusCode, 200);
    assert.equal(thumb.headers['content-type'], 'image/webp');
    const thumbMeta = await sharp(thumb.rawPayload).metadata();
    assert.deepEqual([thumbMeta.format, thumbMeta.width, thumbMeta.height], ['webp', 320, 427]);
    assert.equal(thumbMeta.exif, undefined);

    const row = await one<Record<string, unknown>>(
      t.handle.db,
      sql`SELECT f.kind, f.mime, f.bytes, f.sha256, f.original_name, f.district_code, u.username
          FROM file_object f JOIN app_user u ON u.id = f.uploader_id WHERE f.id = ${info.id}`,
    );
    assert.deepEqual(
      { ...row, sha256: undefined },
      {
        kind: 'image',
        mime: 'image/jpeg',
        bytes: info.bytes,
        sha256: undefined,
        original_name: 'IMG_0001.JPG',
        district_code: '370102',
        username: 'gridworker',
      },
    );
    assert.match(String(row!.sha256), /^[0-9a-f]{64}$/);
    const audit = await rows<{ action: string; entity_type: string; district_code: string }>(
      t.handle.db,
      sql`SELECT action, entity_type, district_code FROM audit_log WHERE entity_id = ${info.id}`,
    );
    assert.deepEqual(audit, [{ action: 'file.upload', entity_type: 'file', district_code: '370102' }]);
  });

  it('keeps a PNG a PNG, and scales a large one to 4096 px on its longest side', async () => {
    const png = await sharp({ create: { width: 5000, height: 1000, channels: 4, background: '#3a7bd5cc' } })
      .png()
      .toBuffer();
    const info = await uploadOk(worker, png, 'screen.png', 'image/png');
    assert.deepEqual([info.mime, info.width, info.height], ['image/png', 4096, 819]);
    const res = await get(worker, info.url);
    assert.equal(res.headers['content-type'], 'image/png');
    const meta = await sharp(res.rawPayload).metadata();
    assert.deepEqual([meta.format, meta.width, meta.height, meta.hasAlpha], ['png', 4096, 819, true]);
    const thumb = await sharp((await get(worker, info.thumbUrl)).rawPayload).metadata();
    assert.deepEqual([thumb.format, thumb.width, thumb.height], ['webp', 320, 64]);
  });

  it('keeps a WebP a WebP; a residents may upload too', async () => {
    const webp = await noise(200, 100, 4).webp().toBuffer();
    const info = await uploadOk(resident, webp, 'a.webp', 'image/webp');
    assert.deepEqual([info.mime, info.width, info.height], ['image/webp', 200, 100]);
    const res = await get(resident, info.url);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'image/webp');
    assert.equal((await sharp(res.rawPayload).metadata()).format, 'webp');
    const thumb = await get(resident, info.thumbUrl);
    assert.equal(thumb.headers['content-type'], 'image/webp');
    assert.equal((await sharp(thumb.rawPayload).metadata()).width, 200, 'never enlarged');
  });

  it('judges the type by the bytes, not the declared content type or name', async () => {
    const png = await noise(50, 40).png().toBuffer();
    const info = await uploadOk(worker, png, 'photo.jpg', 'image/jpeg');
    assert.equal(info.mime, 'image/png');
    assert.equal((await get(worker, info.url)).headers['content-type'], 'image/png');
  });

  it('refuses text posing as a JPEG and writes nothing', async () => {
    await assertNothingWritten(async () => {
      const res = await upload(worker, [filePart('<html><script>alert(1)</script></html>', 'x.jpg')]);
      assert.equal(res.statusCode, 415);
      assert.equal(res.json().code, 'FILES_TYPE_UNSUPPORTED');
    });
  });

  it('refuses HEIC with advice to switch the camera to JPEG', async () => {
    const heic = Buffer.concat([
      Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic', 'latin1'),
      Buffer.alloc(64, 7),
    ]);
    await assertNothingWritten(async () => {
      const res = await upload(worker, [filePart(heic, 'IMG_0002.HEIC', 'image/heic')]);
      assert.equal(res.statusCode, 415);
      const body = res.json();
      assert.equal(body.code, 'FILES_HEIC_UNSUPPORTED');
      assert.match(body.messages['zh-CN'], /兼容性最佳/);
      assert.match(body.messages.en, /Most Compatible/);
    });
  });

  it('refuses a truncated JPEG as corrupt and writes nothing', async () => {
    const jpeg = await cameraJpeg();
    await assertNothingWritten(async () => {
      const res = await upload(worker, [filePart(jpeg.subarray(0, Math.floor(jpeg.length * 0.6)))]);
      assert.equal(res.statusCode, 422);
      assert.equal(res.json().code, 'FILES_IMAGE_CORRUPT');
    });
  });

  it('refuses an image with too many pixels before decoding it', async () => {
    const bomb = await pngBomb();
    assert.ok(bomb.length < 200);
    await assertNothingWritten(async () => {
      const res = await upload(worker, [filePart(bomb, 'bomb.png', 'image/png')]);
      assert.equal(res.statusCode, 422);
      assert.equal(res.json().code, 'FILES_IMAGE_TOO_LARGE');
    });
  });

  it('refuses a file over 10 MiB with 413', async () => {
    // 11 MiB is refused by its declared length; 10 MiB + 1 KiB by the limit while reading the form.
    for (const size of [11 * 1024 * 1024, 10 * 1024 * 1024 + 1024]) {
      const big = Buffer.alloc(size, 0x41);
      big.set([0xff, 0xd8, 0xff, 0xe0]);
      await assertNothingWritten(async () => {
        const res = await upload(worker, [filePart(big)]);
        assert.equal(res.statusCode, 413, String(size));
        assert.equal(res.json().code, 'FILES_TOO_LARGE');
        assert.match(res.json().messages.en, /10 MiB/);
      });
    }
  });

  it('answers FILES_MISSING without a file field', async () => {
    const png = await noise(10, 10).png().toBuffer();
    for (const parts of [[{ name: 'note', data: 'hello' }], [{ ...filePart(png), name: 'photo' }], []]) {
      const res = await upload(worker, parts);
      assert.equal(res.statusCode, 400, JSON.stringify(parts.map((p) => p.name)));
      assert.equal(res.json().code, 'FILES_MISSING');
    }
  });

  it('takes one file per request, as multipart only', async () => {
    const png = await noise(10, 10).png().toBuffer();
    await assertNothingWritten(async () => {
      const two = await upload(worker, [filePart(png), filePart(png)]);
      assert.equal(two.statusCode, 400);
      assert.equal(two.json().code, 'FILES_FORM_INVALID');
      const json = await t.request('POST', '/api/files', { as: worker, body: { file: 'x' } });
      assert.equal(json.statusCode, 415);
      assert.equal(json.json().code, 'FILES_MULTIPART_REQUIRED');
    });
  });

  it('needs a session and the CSRF token', async () => {
    const png = await noise(10, 10).png().toBuffer();
    await assertNothingWritten(async () => {
      const anonymous = await upload(null, [filePart(png)]);
      assert.equal(anonymous.statusCode, 401);
      assert.equal(anonymous.json().code, 'AUTH_REQUIRED');
      const noCsrf = await upload(worker, [filePart(png)], { csrf: false });
      assert.equal(noCsrf.statusCode, 403);
      assert.equal(noCsrf.json().code, 'AUTH_CSRF_INVALID');
    });
  });

  it('leaves every other route JSON-only', async () => {
    const body = multipart([{ name: 'county', data: '370103' }]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/org/divisions/import',
      headers: {
        'content-type': body.contentType,
        cookie: dispatcher.cookie,
        'x-csrf-token': dispatcher.csrfToken,
      },
      payload: body.payload,
    });
    assert.equal(res.statusCode, 415);
    assert.equal(res.json().code, 'UNSUPPORTED_MEDIA_TYPE');
  });
});

describe('GET /api/files/:id', () => {
  it('shows a file to its uploader only, as if it did not exist to anyone else', async () => {
    const info = await uploadOk(resident, await noise(64, 48).jpeg().toBuffer());
    for (const url of [info.url, info.thumbUrl]) {
      assert.equal((await get(resident, url)).statusCode, 200);
      for (const other of [worker, community, dept, dispatcher]) {
        const res = await get(other, url);
        assert.equal(res.statusCode, 404, url);
        assert.equal(res.json().code, 'FILES_NOT_FOUND');
      }
      const anonymous = await get(undefined, url);
      assert.equal(anonymous.statusCode, 401);
    }
  });

  it('answers 404 for unknown and malformed ids', async () => {
    for (const id of [randomUUID(), 'not-a-uuid', '..%2F..%2Fetc%2Fpasswd']) {
      for (const url of [`/api/files/${id}`, `/api/files/${id}/thumb`]) {
        const res = await get(worker, url);
        assert.equal(res.statusCode, 404, url);
        assert.equal(res.json().code, 'FILES_NOT_FOUND');
      }
    }
  });

  it('shows a case photo to staff whose territory holds the case, and to assigned departments', async () => {
    const info = await uploadOk(resident, await noise(64, 48).jpeg().toBuffer());
    const gridWorker = await userRow('gridworker');
    const otherGrid = (await one<{ path: string }>(
      t.handle.db,
      sql`SELECT path::text AS path FROM grid WHERE path <> ${gridWorker.path}::ltree
            AND subpath(path, 0, 3) = subpath(${gridWorker.path}::ltree, 0, 3) ORDER BY code LIMIT 1`,
    ))!.path;
    // A case in the next grid of the same community: its community staff see it, the grid worker does not.
    const caseId = await caseWithFile(otherGrid, info.id);
    assert.equal((await get(community, info.url)).statusCode, 200);
    assert.equal((await get(dispatcher, info.thumbUrl)).statusCode, 200);
    assert.equal((await get(worker, info.url)).statusCode, 404);
    // Department handlers see it once their department is assigned the case.
    assert.equal((await get(dept, info.url)).statusCode, 404);
    const department = (await userRow('dept')).department_id!;
    await t.handle.db.execute(
      sql`INSERT INTO case_assignment (case_id, district_code, department_id, role, state, dispatched_at)
          VALUES (${caseId}, '370102', ${department}, 'lead', 'dispatched', ${t.clock.now()})`,
    );
    assert.equal((await get(dept, info.url)).statusCode, 200);
    // Attached to a case in the grid worker's own grid too: now they see it.
    await caseWithFile(gridWorker.path!, info.id);
    assert.equal((await get(worker, info.url)).statusCode, 200);
  });
});

describe('getFilesForAttach', () => {
  it('returns the caller’s own files in the order asked, and names every other id', async () => {
    const jpeg = await noise(32, 32).jpeg().toBuffer();
    const [a, b] = [await uploadOk(worker, jpeg), await uploadOk(worker, jpeg)];
    const theirs = await uploadOk(resident, jpeg);
    const me = { userId: (await userRow('gridworker')).id };

    const found = await getFilesForAttach(t.handle.db, me, [b.id, a.id, b.id.toUpperCase()]);
    assert.deepEqual(
      found.map((f) => f.id),
      [b.id, a.id],
    );
    assert.deepEqual(await getFilesForAttach(t.handle.db, me, []), []);

    const unknown = randomUUID();
    await assert.rejects(
      getFilesForAttach(t.handle.db, me, [a.id, theirs.id, unknown, 'nonsense']),
      (error: unknown) => {
        assert.ok(error instanceof AppError);
        assert.equal(error.code, 'FILES_NOT_FOUND');
        assert.deepEqual(error.details, { fileIds: [theirs.id, unknown, 'nonsense'] });
        return true;
      },
    );
    await assert.rejects(getFilesForAttach(t.handle.db, { userId: null }, [a.id]), AppError);
  });
});
