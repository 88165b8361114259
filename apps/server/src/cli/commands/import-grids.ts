import { readFileSync, statSync } from 'node:fs';
import { Crs } from '@wangge/contracts';
import { importGrids } from '../../modules/org/index.ts';
import { type Command, str, UsageError } from '../args.ts';
import { cliActor, withDeps } from '../context.ts';

const MAX_BYTES = 200 * 1024 * 1024;

export const importGridsCommand: Command = {
  name: 'import-grids',
  summary:
    'Import grids from a GeoJSON FeatureCollection (all or nothing; every problem reported per feature)',
  usage: 'wangge import-grids <file.geojson> [--crs WGS84|GCJ02|BD09] [--replace] [--dry-run]',
  options: {
    crs: { type: 'string', description: 'Coordinate system of the file (default WGS84)' },
    replace: { type: 'boolean', description: 'Update grids whose code exists instead of refusing them' },
    'dry-run': { type: 'boolean', description: 'Check everything, write nothing' },
  },
  async run(values, [file]) {
    if (!file) throw new UsageError('give the GeoJSON file to import');
    const crs = Crs.safeParse(str(values.crs) ?? 'WGS84');
    if (!crs.success) throw new UsageError('--crs must be WGS84, GCJ02 or BD09');
    if (statSync(file).size > MAX_BYTES) throw new UsageError(`${file} is larger than 200 MB`);
    let featureCollection: unknown;
    try {
      featureCollection = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
    }
    const result = await withDeps((deps) =>
      importGrids(
        deps,
        cliActor,
        {
          crs: crs.data,
          dryRun: values['dry-run'] === true,
          mode: values.replace ? 'replace' : 'create',
          featureCollection,
        },
        'zh-CN',
        true,
      ),
    );
    process.stdout.write(
      `${result.dryRun ? 'Dry run: would import' : 'Imported'} ${result.imported} grids: ${result.grids.join(', ')}\n`,
    );
    return 0;
  },
};
