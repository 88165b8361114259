import { checkCoverage, findDivision } from '../../modules/org/index.ts';
import { type Command, str, UsageError } from '../args.ts';
import { withDeps } from '../context.ts';

export const checkCoverageCommand: Command = {
  name: 'check-coverage',
  summary:
    'Check that grids cover a community/subdistrict without gaps or overlaps (边界明确、无缝隙、全覆盖)',
  usage: 'wangge check-coverage <division code> [--min-area 1] [--json]',
  options: {
    'min-area': { type: 'string', description: 'Ignore pieces smaller than this many m² (default 1)' },
    json: { type: 'boolean', description: 'Print the full report as JSON (with geometries)' },
  },
  async run(values, [code]) {
    if (!code || !/^[1-9]\d{5}(\d{3}(\d{3})?)?$/.test(code))
      throw new UsageError('give a 6-, 9- or 12-digit division code');
    const minArea = Number(str(values['min-area']) ?? '1');
    if (!Number.isFinite(minArea) || minArea < 0) throw new UsageError('--min-area must be a number ≥ 0');
    const report = await withDeps(async (deps) => {
      const division = await findDivision(deps.db, code);
      if (!division) throw new UsageError(`no division ${code}; import it with wangge import-divisions`);
      return checkCoverage(deps.db, division, minArea);
    });
    if (values.json) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return report.ok ? 0 : 2;
    }
    const out = [
      `${report.division.name} (${report.division.code}): ${report.gridCount} grids, ${report.communitiesChecked} communities checked`,
    ];
    for (const o of report.overlaps) out.push(`  OVERLAP  ${o.gridA} × ${o.gridB}: ${o.areaM2} m²`);
    for (const g of report.gaps) out.push(`  GAP      in ${g.communityCode}: ${g.areaM2} m²`);
    for (const o of report.outside)
      out.push(`  OUTSIDE  ${o.grid} strays ${o.areaM2} m² outside ${o.communityCode}`);
    for (const c of report.communitiesWithoutBoundary)
      out.push(`  NOTE     community ${c} has no boundary: gaps not checked`);
    out.push(
      report.ok ? 'OK: 边界明确、无缝隙、全覆盖 (no gaps, no overlaps)' : 'FAILED: see the findings above',
    );
    process.stdout.write(`${out.join('\n')}\n`);
    // Exit 2 on findings, so scripts can act on it.
    return report.ok ? 0 : 2;
  },
};
