import type { Command } from '../args.ts';
import { withDeps } from '../context.ts';

export const migrate: Command = {
  name: 'migrate',
  summary: 'Apply the database migrations (the server also does this at start)',
  usage: 'wangge migrate',
  options: {},
  async run() {
    await withDeps(async (_deps, handle) => {
      process.stdout.write(`Migrations applied: ${handle.description}\n`);
    });
    return 0;
  },
};
