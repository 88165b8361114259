import { DEMO_SUBDISTRICT, one, seedDemo } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { describeDemoCases, seedDemoCases } from '../../demo/seed-demo-cases.ts';
import { describeDemoRegistry, seedDemoRegistry } from '../../demo/seed-demo-registry.ts';
import type { Command } from '../args.ts';
import { withDeps } from '../context.ts';

export const demo: Command = {
  name: 'demo',
  summary:
    'Seed the demo subdistrict 甸柳新村街道 (历下区, 济南市): territory, staff, logins and three months of cases',
  usage: 'wangge demo',
  options: {},
  async run() {
    return withDeps(async (deps) => {
      const seeded = await one(
        deps.db,
        sql`SELECT 1 FROM grid WHERE community_code LIKE ${`${DEMO_SUBDISTRICT.code}%`} LIMIT 1`,
      );
      if (seeded) {
        process.stdout.write('The demo subdistrict is already there; nothing done.\n');
        return 0;
      }
      const summary = await seedDemo(deps.db);
      process.stdout.write(`Demo seeded: ${JSON.stringify(summary)}\n`);
      if (!deps.config.demoCases) return 0;
      const cases = await seedDemoCases(deps);
      process.stdout.write(`${describeDemoCases(cases)}\n`);
      process.stdout.write(`${describeDemoRegistry(await seedDemoRegistry(deps))}\n`);
      return cases.error ? 1 : 0;
    });
  },
};
