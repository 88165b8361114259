import { z } from 'zod';
import { Crs, DivisionCode, Geometry, GridCode, Latitude, Longitude } from './common.ts';

export const DivisionLevel = z.enum(['district', 'subdistrict', 'community']);

export const DivisionRef = z.object({ code: z.string(), name: z.string(), level: DivisionLevel });
export type DivisionRef = z.infer<typeof DivisionRef>;

export type DivisionNode = DivisionRef & { gridCount: number; children: DivisionNode[] };
export const DivisionNode: z.ZodType<DivisionNode> = z.lazy(() =>
  DivisionRef.extend({ gridCount: z.number().int(), children: z.array(DivisionNode) }),
);
export const TerritoryTree = z.object({ roots: z.array(DivisionNode) });

export const Feature = <P extends z.ZodTypeAny>(properties: P) =>
  z.object({ type: z.literal('Feature'), geometry: Geometry, properties });
export const FeatureCollection = <P extends z.ZodTypeAny>(properties: P) =>
  z.object({ type: z.literal('FeatureCollection'), features: z.array(Feature(properties)) });

export const GridType = z.enum(['basic', 'exclusive']);

/** GET /api/org/map: everything the territory page draws, all in WGS-84. */
export const MapQuery = z.strictObject({ division: DivisionCode.optional() });
export const TerritoryMap = z.object({
  division: DivisionRef,
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  communities: FeatureCollection(z.object({ code: z.string(), name: z.string() })),
  grids: FeatureCollection(
    z.object({
      code: z.string(),
      name: z.string(),
      type: GridType,
      communityCode: z.string(),
      communityName: z.string(),
      households: z.number().int(),
      buildings: z.number().int(),
      workers: z.number().int().describe('Grid workers (网格员) assigned to the grid'),
    }),
  ),
  microGrids: FeatureCollection(z.object({ code: z.string(), name: z.string(), gridCode: z.string() })),
  buildings: FeatureCollection(
    z.object({
      code: z.string(),
      name: z.string(),
      gridCode: z.string(),
      floors: z.number().int(),
      units: z.number().int(),
      households: z.number().int(),
    }),
  ),
});
export type TerritoryMap = z.infer<typeof TerritoryMap>;

export const GridSummary = z.object({
  code: z.string(),
  name: z.string(),
  type: GridType,
  communityCode: z.string(),
  communityName: z.string(),
  households: z.number().int(),
  buildings: z.number().int(),
  areaM2: z.number(),
});
export const GridListQuery = z.strictObject({
  division: DivisionCode.optional(),
  type: GridType.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});
export const GridList = z.object({ items: z.array(GridSummary), total: z.number().int() });

export const GridStaff = z.object({
  userId: z.string(),
  displayName: z.string(),
  role: z.string(),
  roleLabel: z.string(),
  force: z.enum(['basic', 'professional', 'linked']).nullable(),
  employment: z.enum(['full_time', 'part_time']).nullable(),
});

export const BuildingSummary = z.object({
  code: z.string(),
  name: z.string(),
  floors: z.number().int(),
  microGridCode: z.string().nullable(),
  units: z.array(z.object({ unitNo: z.number().int(), households: z.number().int() })),
  households: z.number().int(),
});

export const GridDetail = GridSummary.extend({
  unitName: z.string().nullable(),
  subdistrict: DivisionRef,
  district: DivisionRef,
  geometry: Geometry,
  microGrids: z.array(z.object({ code: z.string(), name: z.string(), buildings: z.number().int() })),
  buildingList: z.array(BuildingSummary),
  staff: z.array(GridStaff),
  partyOrgs: z.array(z.object({ id: z.string(), kind: z.string(), name: z.string() })),
});
export type GridDetail = z.infer<typeof GridDetail>;
export const GridParams = z.strictObject({ code: GridCode });

/** GET /api/org/locate */
export const LocateQuery = z.strictObject({
  lng: z.coerce.number().pipe(Longitude),
  lat: z.coerce.number().pipe(Latitude),
  crs: Crs.default('WGS84'),
});
export const LocateResult = z.object({
  found: z.boolean(),
  point: z.object({ lng: z.number(), lat: z.number() }).describe('The point converted to WGS-84'),
  microGrid: z.object({ code: z.string(), name: z.string() }).nullable(),
  grid: z.object({ code: z.string(), name: z.string(), type: GridType }).nullable(),
  community: DivisionRef.nullable(),
  subdistrict: DivisionRef.nullable(),
  district: DivisionRef.nullable(),
  nearest: z
    .object({ code: z.string(), name: z.string(), distanceM: z.number() })
    .nullable()
    .describe('When outside every grid: the nearest grid within 1 km'),
  message: z.string().nullable(),
});
export type LocateResult = z.infer<typeof LocateResult>;

/** GET /api/org/coverage?division= (边界明确、无缝隙、全覆盖) */
export const CoverageQuery = z.strictObject({
  division: DivisionCode,
  minAreaM2: z.coerce.number().min(0).max(1e6).default(1).describe('Ignore slivers smaller than this'),
});
export const CoverageReport = z.object({
  division: DivisionRef,
  ok: z.boolean(),
  gridCount: z.number().int(),
  communitiesChecked: z.number().int(),
  overlaps: z.array(
    z.object({ gridA: z.string(), gridB: z.string(), areaM2: z.number(), geometry: Geometry }),
  ),
  gaps: z.array(z.object({ communityCode: z.string(), areaM2: z.number(), geometry: Geometry })),
  outside: z.array(
    z.object({ grid: z.string(), communityCode: z.string(), areaM2: z.number(), geometry: Geometry }),
  ),
  communitiesWithoutBoundary: z.array(z.string()),
});
export type CoverageReport = z.infer<typeof CoverageReport>;

/** POST /api/org/grids/import */
export const GridImportRequest = z.strictObject({
  crs: Crs,
  dryRun: z.boolean().default(false),
  mode: z
    .enum(['create', 'replace'])
    .default('create')
    .describe(
      'create: an existing code is an error; replace: existing grids get the new name, type and shape',
    ),
  featureCollection: z.object({ type: z.string(), features: z.array(z.unknown()).max(5000) }).passthrough(),
  preview: z
    .boolean()
    .default(false)
    .describe(
      'Dry runs only: also return every feature whose shape could be read, converted to WGS-84 (in the result, or in the 422 details)',
    ),
});
export type GridImportRequest = z.input<typeof GridImportRequest>;
export const GridImportProblem = z.object({
  index: z.number().int(),
  code: z.string().nullable(),
  errors: z.array(
    z.object({
      code: z.string(),
      message: z.string(),
      messages: z.object({ 'zh-CN': z.string(), en: z.string() }),
      property: z
        .enum(['code', 'name', 'type', 'community', 'unitName', 'geometry'])
        .nullable()
        .describe('The feature property at fault; null for the feature as a whole'),
    }),
  ),
});
export type GridImportProblem = z.infer<typeof GridImportProblem>;
/** A feature of an import as the map draws it: WGS-84, with its index in the file. */
export const GridImportPreview = FeatureCollection(
  z.object({ index: z.number().int(), code: z.string().nullable(), name: z.string().nullable() }),
);
export type GridImportPreview = z.infer<typeof GridImportPreview>;
/** The 422 ORG_IMPORT_INVALID details. */
export const GridImportInvalidDetails = z.object({
  features: z.array(GridImportProblem),
  preview: GridImportPreview.optional(),
});
export type GridImportInvalidDetails = z.infer<typeof GridImportInvalidDetails>;
export const GridImportResult = z.object({
  imported: z.number().int(),
  dryRun: z.boolean(),
  grids: z.array(z.string()),
  created: z.number().int().describe('Grids new to the database (would be, on a dry run)'),
  updated: z.number().int().describe('Existing grids replaced (mode replace)'),
  preview: GridImportPreview.optional(),
});
export type GridImportResult = z.infer<typeof GridImportResult>;

export const PartyOrgNode = z.object({
  id: z.string(),
  kind: z.enum([
    'subdistrict_committee',
    'community_committee',
    'grid_branch',
    'party_group',
    'household_hub',
  ]),
  name: z.string(),
  territoryPath: z.string(),
  households: z.number().int(),
  parentId: z.string().nullable(),
});
export const PartyOrgList = z.object({ items: z.array(PartyOrgNode) });

export const Department = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  jurisdiction: z.string(),
});
export const DepartmentList = z.object({ items: z.array(Department) });
