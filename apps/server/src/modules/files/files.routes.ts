import { join } from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import { ErrorResponse, FILE_UPLOAD_LIMITS, FileInfo, FileParams } from '@wangge/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireAuth } from '../../http/auth-hooks.ts';
import { AppError } from '../../http/errors.ts';
import type { Deps } from '../../http/types.ts';
import { type FileStore, LocalFileStore } from './file-store.ts';
import { readFile } from './read-file.ts';
import { type Upload, uploadFile } from './upload-file.ts';

const MAX_BYTES = FILE_UPLOAD_LIMITS.maxBytes;
/** Room for the boundaries, part headers and the few small fields a form may carry besides the file. */
const FORM_OVERHEAD = 64 * 1024;
const tooLarge = () => new AppError('FILES_TOO_LARGE', undefined, { limitMiB: MAX_BYTES / 1024 / 1024 });
const tags = ['files'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };

export interface FilesRoutesOptions {
  /** Defaults to the data directory's `files/`. */
  store?: FileStore;
}

export function filesRoutes(deps: Deps, options: FilesRoutesOptions = {}) {
  const store = options.store ?? new LocalFileStore(join(deps.config.dataDir, 'files'));
  return async (root: FastifyInstance) => {
    // Registered inside this (encapsulated) plugin: multipart bodies are parsed on these routes only,
    // every other route still accepts JSON alone.
    await root.register(fastifyMultipart, {
      limits: { fileSize: MAX_BYTES, files: 1, fields: 5, parts: 6, fieldSize: 1024 },
      throwFileSizeLimit: true,
    });
    const app = root.withTypeProvider<ZodTypeProvider>();

    app.post(
      '/api/files',
      {
        schema: {
          tags,
          summary: 'Upload an image (multipart/form-data, field "file")',
          description:
            'JPEG, PNG or WebP, at most 10 MiB; the type is judged by the bytes, not the declared content type. ' +
            'The image is stored upright, without EXIF/GPS/XMP/ICC metadata, at most 4096 px on its longest side, ' +
            'with a 320 px WebP thumbnail. HEIC is refused (FILES_HEIC_UNSUPPORTED).',
          consumes: ['multipart/form-data'],
          response: {
            201: FileInfo,
            413: ErrorResponse,
            415: ErrorResponse,
            422: ErrorResponse,
            ...errors,
          },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        if (!request.isMultipart()) throw new AppError('FILES_MULTIPART_REQUIRED');
        // A body declared far larger than one file is refused before it is read (busboy would read
        // and discard everything past the limit); chunked bodies meet the per-file limit below.
        if (Number(request.headers['content-length']) > MAX_BYTES + FORM_OVERHEAD) throw tooLarge();
        const upload = await readUpload(request);
        if (!upload) throw new AppError('FILES_MISSING');
        return reply.code(201).send(await uploadFile(deps, store, actor, upload));
      },
    );

    app.get(
      '/api/files/:id',
      { schema: { tags, summary: 'The bytes of an uploaded file', params: FileParams, response: errors } },
      async (request, reply) =>
        sendFile(reply, await readFile(deps.db, store, readerOf(request), request.params.id, 'original')),
    );

    app.get(
      '/api/files/:id/thumb',
      { schema: { tags, summary: 'The WebP thumbnail of an image', params: FileParams, response: errors } },
      async (request, reply) =>
        sendFile(reply, await readFile(deps.db, store, readerOf(request), request.params.id, 'thumb')),
    );
  };
}

function readerOf(request: FastifyRequest) {
  const auth = requireAuth(request);
  return { userId: auth.user.id, scope: auth.scope };
}

function sendFile(reply: FastifyReply, file: { bytes: Buffer; mime: string }) {
  return reply
    .header('content-type', file.mime)
    .header('cache-control', 'private, max-age=3600')
    .header('x-content-type-options', 'nosniff')
    .header('content-disposition', 'inline')
    .send(file.bytes);
}

/** The multipart codes of @fastify/multipart and busboy mapped to ours; the whole form is read. */
async function readUpload(request: FastifyRequest): Promise<Upload | null> {
  let upload: Upload | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') continue;
      const bytes = await part.toBuffer();
      if (part.fieldname === 'file') upload = { bytes, filename: part.filename };
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    request.log.info({ err: error }, 'malformed upload form');
    throw new AppError('FILES_FORM_INVALID');
  }
  return upload;
}
