import {
  CoverageQuery,
  CoverageReport,
  DepartmentList,
  DivisionCode,
  ErrorResponse,
  GridDetail,
  GridImportRequest,
  GridImportResult,
  GridList,
  GridListQuery,
  GridParams,
  LocateQuery,
  LocateResult,
  MapQuery,
  PartyOrgList,
  TerritoryMap,
  TerritoryTree,
} from '@wangge/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth, requireStaff } from '../../http/auth-hooks.ts';
import { AppError } from '../../http/errors.ts';
import type { Deps } from '../../http/types.ts';
import { checkCoverage } from './check-coverage.ts';
import { findDivision } from './divisions.repo.ts';
import { getGrid } from './get-grid.ts';
import { getMap } from './get-map.ts';
import { getTree } from './get-tree.ts';
import { importDivisions } from './import-divisions.ts';
import { importGrids } from './import-grids.ts';
import { listDepartments } from './list-departments.ts';
import { listGrids } from './list-grids.ts';
import { listPartyOrgs } from './list-party-orgs.ts';
import { locate } from './locate.ts';
import { orgPolicy } from './org.policy.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
const tags = ['org'];

/** Staff-only reads: requireStaff first, then the module's policy inside each use case. */
const staffActor = (request: Parameters<typeof actorOf>[0]) => {
  requireStaff(request);
  return actorOf(request);
};

export function orgRoutes(deps: Deps) {
  return async (root: FastifyInstance) => {
    const app = root.withTypeProvider<ZodTypeProvider>();

    app.get(
      '/api/org/tree',
      {
        schema: {
          tags,
          summary: 'Divisions in the caller’s scope, nested',
          response: { 200: TerritoryTree, ...errors },
        },
      },
      async (request) => getTree(deps, staffActor(request)),
    );

    app.get(
      '/api/org/map',
      {
        schema: {
          tags,
          summary: 'Communities, grids, micro-grids and buildings of a division as GeoJSON (WGS-84)',
          querystring: MapQuery,
          response: { 200: TerritoryMap, ...errors },
        },
      },
      async (request) => getMap(deps, staffActor(request), request.query.division),
    );

    app.get(
      '/api/org/grids',
      {
        schema: {
          tags,
          summary: 'Grids in scope',
          querystring: GridListQuery,
          response: { 200: GridList, ...errors },
        },
      },
      async (request) => listGrids(deps, staffActor(request), request.query),
    );

    app.get(
      '/api/org/grids/:code',
      {
        schema: {
          tags,
          summary: 'One grid in detail',
          params: GridParams,
          response: { 200: GridDetail, ...errors },
        },
      },
      async (request) => getGrid(deps, staffActor(request), request.locale, request.params.code),
    );

    app.post(
      '/api/org/grids/import',
      {
        bodyLimit: 20 * 1024 * 1024,
        schema: {
          tags,
          summary: 'Import grids from a GeoJSON FeatureCollection (all or nothing)',
          description:
            'Properties per feature: code (15 digits), name, type (basic|exclusive), community (12 digits), unitName. ' +
            'Coordinates in the declared crs are converted to WGS-84. 422 ORG_IMPORT_INVALID lists every problem per feature ' +
            '(details.features). dryRun checks everything and writes nothing; with preview, a dry run also returns the ' +
            'features converted to WGS-84 (result.preview, or details.preview with the problems).',
          body: GridImportRequest,
          response: { 200: GridImportResult, 413: ErrorResponse, 422: ErrorResponse, ...errors },
        },
      },
      async (request) => {
        const actor = staffActor(request);
        if (orgPolicy.managePaths(actor.scope).length === 0) throw new AppError('FORBIDDEN');
        return importGrids(deps, actor, request.body, request.locale);
      },
    );

    app.post(
      '/api/org/divisions/import',
      {
        schema: {
          tags,
          summary: 'Add a county’s subdistricts and communities from the national division codes',
          body: z.strictObject({ county: z.string().regex(/^[1-9]\d{5}$/) }),
          response: {
            200: z.object({
              county: z.string(),
              district: z.number(),
              subdistricts: z.number(),
              communities: z.number(),
              alreadyPresent: z.number(),
            }),
            ...errors,
          },
        },
      },
      async (request) => importDivisions(deps, staffActor(request), request.body.county),
    );

    app.get(
      '/api/org/coverage',
      {
        schema: {
          tags,
          summary:
            'Coverage check: overlaps, gaps and grids outside their community (边界明确、无缝隙、全覆盖)',
          querystring: CoverageQuery,
          response: { 200: CoverageReport, ...errors },
        },
      },
      async (request) => {
        const actor = staffActor(request);
        const division = await findDivision(deps.db, request.query.division);
        if (!division || !orgPolicy.canReadInside(orgPolicy.readPaths(actor.scope), division.path)) {
          throw new AppError('ORG_DIVISION_NOT_FOUND');
        }
        return checkCoverage(deps.db, division, request.query.minAreaM2);
      },
    );

    app.get(
      '/api/org/locate',
      {
        schema: {
          tags,
          summary: 'Which micro-grid, grid, community, subdistrict and district a point lies in',
          querystring: LocateQuery,
          response: { 200: LocateResult, ...errors },
        },
      },
      async (request) => {
        requireAuth(request);
        return locate(deps.db, request.query, request.locale);
      },
    );

    app.get(
      '/api/org/party-orgs',
      {
        schema: {
          tags,
          summary: 'The party organisation tree under a division',
          querystring: z.strictObject({ division: DivisionCode }),
          response: { 200: PartyOrgList, ...errors },
        },
      },
      async (request) => listPartyOrgs(deps, staffActor(request), request.query.division),
    );

    app.get(
      '/api/org/departments',
      {
        schema: {
          tags,
          summary: 'Departments serving the caller’s territory',
          response: { 200: DepartmentList, ...errors },
        },
      },
      async (request) => listDepartments(deps, staffActor(request)),
    );
  };
}
