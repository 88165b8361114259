import type { Crs, GridImportProblem, GridImportResult } from '@wangge/contracts';
import { rows } from '@wangge/db';
import { findDuplicateCodes, isWithin, toWgs84Geometry, validateGridFeature } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { AppError, type Locale } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/record.ts';
import { importPreview } from './import-preview.ts';
import { GRID_IMPORT_MESSAGES } from './org.errors.ts';
import { orgPolicy } from './org.policy.ts';

export interface GridImportInput {
  crs: Crs;
  dryRun: boolean;
  /** create: a code that exists is an error; replace: existing grids get the new name, type and shape. */
  mode: 'create' | 'replace';
  featureCollection: unknown;
  /** Dry runs: return the features converted to WGS-84 for a map (in the result or the error details). */
  preview?: boolean;
  /** Pieces outside the community smaller than this are digitising slivers, not errors. */
  toleranceM2?: number;
}

type Problem = GridImportProblem;

/**
 * Imports grids from a GeoJSON FeatureCollection. Every feature is checked (shape, codes,
 * community, validity, containment) and every problem is reported per feature; when any feature
 * fails, nothing is written. `system` is the CLI, which may import anywhere.
 */
export async function importGrids(
  deps: Deps,
  actor: Actor,
  input: GridImportInput,
  locale: Locale,
  system = false,
): Promise<GridImportResult> {
  const fc = input.featureCollection as { type?: unknown; features?: unknown };
  if (!fc || typeof fc !== 'object' || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new AppError('ORG_IMPORT_NOT_FEATURE_COLLECTION');
  }
  if (fc.features.length === 0) throw new AppError('ORG_IMPORT_EMPTY');
  const message = (code: string) => {
    const known = GRID_IMPORT_MESSAGES[code];
    const messages = { 'zh-CN': known?.['zh-CN'] ?? code, en: known?.en ?? code };
    return { code, message: messages[locale], messages, property: known?.property ?? null };
  };
  const preview = input.dryRun && input.preview ? importPreview(fc.features, input.crs) : undefined;
  const problems = new Map<number, Problem>();
  const problem = (index: number, code: string | null, errorCode: string) => {
    const p = problems.get(index) ?? { index, code, errors: [] };
    p.errors.push(message(errorCode));
    problems.set(index, p);
  };

  const valid: Array<{
    index: number;
    code: string;
    name: string;
    type: string;
    community: string;
    unitName: string | null;
    geometry: unknown;
  }> = [];
  fc.features.forEach((feature, index) => {
    const checked = validateGridFeature(feature, index);
    if (!checked.ok) {
      for (const e of checked.errors) problem(index, checked.code, e.code);
      return;
    }
    const v = checked.value;
    valid.push({
      index,
      code: v.code,
      name: v.name,
      type: v.type,
      community: v.communityCode,
      unitName: v.unitName,
      geometry: toWgs84Geometry(v.geometry, input.crs),
    });
  });
  for (const [code, indices] of findDuplicateCodes(valid.map((v) => v.code))) {
    for (const i of indices) problem(valid[i]!.index, code, 'DUPLICATE_CODE_IN_FILE');
  }

  const managePaths = system ? null : orgPolicy.managePaths(actor.scope);
  const payload = JSON.stringify(valid.map((v) => ({ ...v, geometry: JSON.stringify(v.geometry) })));
  const tolerance = input.toleranceM2 ?? 1;

  return deps.db.transaction(async (tx) => {
    const checks = await rows<{
      idx: number;
      code: string;
      valid: boolean;
      area: number;
      community_path: string | null;
      outside_area: number | null;
      code_exists: boolean;
    }>(
      tx,
      sql`WITH f AS (
            SELECT (item->>'index')::int AS idx, item->>'code' AS code, item->>'community' AS community,
                   ST_SetSRID(ST_GeomFromGeoJSON(item->>'geometry'), 4326) AS geom
            FROM json_array_elements(${payload}::json) AS item
          )
          SELECT f.idx, f.code, ST_IsValid(f.geom) AS valid, ST_Area(f.geom::geography) AS area,
                 c.path::text AS community_path,
                 CASE WHEN c.boundary IS NOT NULL AND ST_IsValid(f.geom)
                      THEN ST_Area(ST_Difference(f.geom, c.boundary, 1e-9)::geography) END AS outside_area,
                 EXISTS (SELECT 1 FROM grid g WHERE g.code = f.code) AS code_exists
          FROM f LEFT JOIN division c ON c.code = f.community AND c.level = 'community'
          ORDER BY f.idx`,
    );
    // The grid size (1e-9°) makes GEOS snap-round instead of retrying through a C++ exception, which
    // PGlite's WebAssembly build cannot catch (the query then returns no rows): see check-coverage.ts.
    if (checks.length !== valid.length) throw new Error('grid import checks returned too few rows');
    for (const c of checks) {
      const inScope =
        c.community_path && (!managePaths || managePaths.some((p) => isWithin(c.community_path!, p)));
      if (!inScope) problem(c.idx, c.code, 'COMMUNITY_UNKNOWN');
      if (!c.valid) problem(c.idx, c.code, 'GEOMETRY_INVALID');
      else if (!(c.area > 0)) problem(c.idx, c.code, 'GEOMETRY_EMPTY');
      if (c.outside_area !== null && c.outside_area > tolerance)
        problem(c.idx, c.code, 'GRID_OUTSIDE_COMMUNITY');
      if (c.code_exists && input.mode === 'create') problem(c.idx, c.code, 'DUPLICATE_CODE');
    }
    if (problems.size > 0) {
      const features = [...problems.values()].sort((a, b) => a.index - b.index);
      throw new AppError('ORG_IMPORT_INVALID', { features, preview }, { count: features.length });
    }
    if (input.dryRun) {
      const existing = checks.filter((c) => c.code_exists).length;
      return {
        imported: valid.length,
        dryRun: true,
        grids: valid.map((v) => v.code),
        created: valid.length - existing,
        updated: existing,
        ...(preview ? { preview } : {}),
      };
    }

    const before = await rows<{ code: string; name: string; type: string; area: number }>(
      tx,
      sql`SELECT code, name, type, ST_Area(boundary::geography) AS area FROM grid
          WHERE code IN (SELECT item->>'code' FROM json_array_elements(${payload}::json) AS item)`,
    );
    const written = await rows<{
      code: string;
      name: string;
      type: string;
      area: number;
      district_code: string;
    }>(
      tx,
      sql`INSERT INTO grid (code, name, type, community_code, district_code, path, boundary, unit_name)
          SELECT item->>'code', item->>'name', item->>'type', c.code, c.district_code,
                 c.path || (item->>'code'), ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(item->>'geometry'), 4326)),
                 item->>'unitName'
          FROM json_array_elements(${payload}::json) AS item JOIN division c ON c.code = item->>'community'
          ON CONFLICT (code) DO UPDATE SET name = excluded.name, type = excluded.type, boundary = excluded.boundary,
                 unit_name = excluded.unit_name, updated_at = now()
          RETURNING code, name, type, ST_Area(boundary::geography) AS area, district_code`,
    );
    const old = new Map(before.map((b) => [b.code, b]));
    await recordAudit(
      tx,
      actor,
      deps.clock.now(),
      written.map((g) => {
        const was = old.get(g.code);
        return {
          action: was ? 'grid.replace' : 'grid.create',
          entityType: 'grid',
          entityId: g.code,
          districtCode: g.district_code,
          before: was ? { name: was.name, type: was.type, areaM2: Math.round(was.area) } : null,
          after: { name: g.name, type: g.type, areaM2: Math.round(g.area) },
        };
      }),
    );
    const updated = written.filter((g) => old.has(g.code)).length;
    return {
      imported: written.length,
      dryRun: false,
      grids: written.map((g) => g.code),
      created: written.length - updated,
      updated,
    };
  });
}
