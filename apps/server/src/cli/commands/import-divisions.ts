import { importDivisions } from '../../modules/org/index.ts';
import { type Command, UsageError } from '../args.ts';
import { cliActor, withDeps } from '../context.ts';

export const importDivisionsCommand: Command = {
  name: 'import-divisions',
  summary: 'Add a county’s subdistricts/towns and communities/villages from the national division codes',
  usage: 'wangge import-divisions <6-digit county code>   e.g. wangge import-divisions 370102',
  options: {},
  async run(_values, [county]) {
    if (!county || !/^[1-9]\d{5}$/.test(county))
      throw new UsageError('give a 6-digit county code, e.g. 370102');
    const summary = await withDeps((deps) => importDivisions(deps, cliActor, county, true));
    process.stdout.write(
      `County ${county}: added ${summary.district} district, ${summary.subdistricts} subdistricts/towns, ` +
        `${summary.communities} communities/villages; ${summary.alreadyPresent} were already there.\n`,
    );
    return 0;
  },
};
