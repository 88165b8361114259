import { createReadStream } from 'node:fs';
import fastifyMultipart from '@fastify/multipart';
import {
  ErrorResponse,
  IdParams,
  ImportEntity,
  ImportJobList,
  ImportJobView,
  ImportMode,
} from '@wangge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireStaff } from '../../../http/auth-hooks.ts';
import { AppError } from '../../../http/errors.ts';
import type { Deps } from '../../../http/types.ts';
import { sendWorkbookFile, streamWorkbook, XLSX_TYPE } from '../../../lib/attachment.ts';
import { registryPolicy } from '../registry.policy.ts';
import { registryErrorResponses } from '../registry.responses.ts';
import { TEMPLATES, writeEntityTemplate } from './entity-template.ts';
import {
  errorReportPath,
  getImportJob,
  listImportJobs,
  MAX_IMPORT_BYTES,
  startImport,
} from './import-jobs.ts';

const errors = { ...registryErrorResponses, 413: ErrorResponse };
const tags = ['registry'];
const StartQuery = z.strictObject({ entity: ImportEntity, mode: ImportMode });

/** Spreadsheet imports: template, upload, progress, error report. */
export function importRoutes(deps: Deps) {
  return async (root: FastifyInstance) => {
    // Multipart is parsed on these routes only (encapsulated), every other route stays JSON.
    await root.register(fastifyMultipart, {
      limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 2, parts: 3, fieldSize: 256 },
    });
    const app = root.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/api/registry/imports/template',
      {
        schema: {
          tags,
          summary: 'The import template of an entity (xlsx: headers, notes, drop-downs)',
          querystring: z.strictObject({ entity: ImportEntity }),
          produces: [XLSX_TYPE],
          response: errors,
        },
      },
      async (request, reply) => {
        requireStaff(request);
        if (registryPolicy.bulkPaths(actorOf(request).scope).length === 0)
          throw new AppError('REGISTRY_IMPORT_FORBIDDEN');
        const { entity } = request.query;
        return streamWorkbook(
          reply,
          request.log,
          { filename: `${TEMPLATES[entity].zh}导入模板.xlsx`, ascii: TEMPLATES[entity].ascii },
          (s) => writeEntityTemplate(s, entity, request.locale),
        );
      },
    );

    app.post(
      '/api/registry/imports',
      {
        schema: {
          tags,
          summary: 'Upload a spreadsheet to import (multipart/form-data, field "file"; .xlsx or .csv)',
          description:
            'Answers 202 with the queued job at once; poll GET /api/registry/imports/{id} for progress. ' +
            'all_or_nothing writes nothing if any row is refused; valid_only writes the good rows. Re-importing the same file changes nothing.',
          querystring: StartQuery,
          consumes: ['multipart/form-data'],
          response: { 202: ImportJobView, ...errors },
        },
      },
      async (request, reply) => {
        requireStaff(request);
        const actor = actorOf(request);
        if (registryPolicy.bulkPaths(actor.scope).length === 0)
          throw new AppError('REGISTRY_IMPORT_FORBIDDEN');
        if (!request.isMultipart()) throw new AppError('REGISTRY_IMPORT_FILE_REQUIRED');
        let job: Awaited<ReturnType<typeof startImport>> | null = null;
        try {
          for await (const part of request.parts()) {
            if (part.type !== 'file' || part.fieldname !== 'file' || job) {
              if (part.type === 'file') part.file.resume();
              continue;
            }
            job = await startImport(deps, actor, {
              entity: request.query.entity,
              mode: request.query.mode,
              fileName: part.filename,
              file: part.file,
              locale: request.locale,
            });
          }
        } catch (error) {
          if (error instanceof AppError) throw error;
          request.log.info({ err: error }, 'malformed import upload');
          throw new AppError('REGISTRY_IMPORT_FILE_REQUIRED');
        }
        if (!job) throw new AppError('REGISTRY_IMPORT_FILE_REQUIRED');
        return reply.code(202).send(job);
      },
    );

    app.get(
      '/api/registry/imports',
      {
        schema: {
          tags,
          summary: 'Recent imports in the caller’s territory',
          response: { 200: ImportJobList, ...errors },
        },
      },
      async (request) => listImportJobs(deps, actorOf(request)),
    );

    app.get(
      '/api/registry/imports/:id',
      {
        schema: {
          tags,
          summary: 'One import with its progress',
          params: IdParams,
          response: { 200: ImportJobView, ...errors },
        },
      },
      async (request) => getImportJob(deps, actorOf(request), request.params.id),
    );

    app.get(
      '/api/registry/imports/:id/errors.xlsx',
      {
        schema: {
          tags,
          summary: 'The error report of an import (row, column, value, reason)',
          params: IdParams,
          produces: [XLSX_TYPE],
          response: errors,
        },
      },
      async (request, reply) => {
        const path = await errorReportPath(deps, actorOf(request), request.params.id);
        return sendWorkbookFile(reply, createReadStream(path), {
          filename: '导入错误报告.xlsx',
          ascii: 'import-errors.xlsx',
        });
      },
    );
  };
}
