import { DEMO_SUBDISTRICT, seedDemo } from '@wangge/db';
import { type Command } from '../args.ts';
import { withDeps } from '../context.ts';
import { findDivision } from '../../modules/org/index.ts';

export const demo: Command = {
  name: 'demo',
  summary: 'Seed the demo subdistrict 甸柳新村街道 (历下区, 济南市) with grids, buildings, staff and logins',
  usage: 'wangge demo',
  options: {},
  async run() {
    return withDeps(async (deps) => {
      if (await findDivision(deps.db, DEMO_SUBDISTRICT.code)) {
        process.stdout.write('The demo subdistrict is already there; nothing done.\n');
        return 0;
      }
      const summary = await seedDemo(deps.db);
      process.stdout.write(`Demo seeded: ${JSON.stringify(summary)}\n`);
      return 0;
    });
  },
};
