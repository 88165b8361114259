import {
  Category,
  CategoryCreate,
  CategoryExport,
  CategoryImportRequest,
  CategoryImportResult,
  CategoryList,
  CategoryListQuery,
  CategoryParams,
  CategorySuggestions,
  CategorySuggestQuery,
  CategoryUpdate,
  ErrorResponse,
} from '@wangge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireStaff } from '../../http/auth-hooks.ts';
import { AppError } from '../../http/errors.ts';
import type { Deps } from '../../http/types.ts';
import { suggestCategories } from './classify.ts';
import { createCategory } from './create-category.ts';
import { exportCategories } from './export-categories.ts';
import { getCategory } from './get-category.ts';
import { importCategories } from './import-categories.ts';
import { listCategories } from './list-categories.ts';
import { taxonomyPolicy } from './taxonomy.policy.ts';
import { updateCategory } from './update-category.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
const tags = ['taxonomy'];

const staffActor = (request: Parameters<typeof actorOf>[0]) => {
  requireStaff(request);
  return actorOf(request);
};

export function taxonomyRoutes(deps: Deps) {
  return async (root: FastifyInstance) => {
    const app = root.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/api/taxonomy/categories',
      {
        schema: {
          tags,
          summary:
            'Case categories (GB/T 47678.5 matters, disputes, hazards, livelihood, property), flat or as a tree',
          querystring: CategoryListQuery,
          response: { 200: CategoryList, ...errors },
        },
      },
      async (request) => listCategories(deps, staffActor(request), request.query),
    );

    app.get(
      '/api/taxonomy/categories/:code',
      {
        schema: {
          tags,
          summary: 'One category with its routing defaults and time limits',
          params: CategoryParams,
          response: { 200: Category, ...errors },
        },
      },
      async (request) => getCategory(deps, staffActor(request), request.params.code),
    );

    app.patch(
      '/api/taxonomy/categories/:code',
      {
        schema: {
          tags,
          summary: 'Change a category’s name, keywords, level, departments, limits or state (administrators)',
          params: CategoryParams,
          body: CategoryUpdate,
          response: { 200: Category, ...errors },
        },
      },
      async (request) => updateCategory(deps, staffActor(request), request.params.code, request.body),
    );

    app.post(
      '/api/taxonomy/categories',
      {
        schema: {
          tags,
          summary: 'Add a local category under a class (administrators)',
          body: CategoryCreate,
          response: { 201: Category, 409: ErrorResponse, ...errors },
        },
      },
      async (request, reply) => {
        const created = await createCategory(deps, staffActor(request), request.body);
        return reply.code(201).send(created);
      },
    );

    app.get(
      '/api/taxonomy/export',
      {
        schema: {
          tags,
          summary: 'Every category in the import format, in a stable order',
          response: { 200: CategoryExport, ...errors },
        },
      },
      async (request) => exportCategories(deps, staffActor(request)),
    );

    app.post(
      '/api/taxonomy/import',
      {
        bodyLimit: 5 * 1024 * 1024,
        schema: {
          tags,
          summary: 'Create or update categories from an export-format array, all or nothing (administrators)',
          description:
            'Each item as GET /api/taxonomy/export gives it. 422 TAXONOMY_IMPORT_INVALID lists every problem per item ' +
            '(details.items[].errors[].code: FIELD_INVALID, CODE_KIND_MISMATCH, CLASS_HAS_PARENT, PARENT_REQUIRED, ' +
            'PARENT_UNKNOWN, DUPLICATE_CODE_IN_FILE, DEPARTMENT_UNKNOWN, LEAD_REQUIRED, LEAD_IN_ASSIST).',
          body: CategoryImportRequest,
          response: { 200: CategoryImportResult, 413: ErrorResponse, 422: ErrorResponse, ...errors },
        },
      },
      async (request) => importCategories(deps, staffActor(request), request.body, request.locale),
    );

    app.get(
      '/api/taxonomy/suggest',
      {
        schema: {
          tags,
          summary: 'Categories that fit a description, best first (by keyword hits)',
          querystring: CategorySuggestQuery,
          response: { 200: CategorySuggestions, ...errors },
        },
      },
      async (request) => {
        const actor = staffActor(request);
        if (!taxonomyPolicy.canRead(actor.scope)) throw new AppError('FORBIDDEN');
        return { items: await suggestCategories(deps.db, request.query.text, request.query.limit) };
      },
    );
  };
}
