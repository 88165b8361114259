import type { Command } from '../args.ts';
import { checkCoverageCommand } from './check-coverage.ts';
import { createUserCommand } from './create-user.ts';
import { demo } from './demo.ts';
import { importDivisionsCommand } from './import-divisions.ts';
import { importGridsCommand } from './import-grids.ts';
import { importRegistryCommand } from './import-registry.ts';
import { migrate } from './migrate.ts';
import { pii } from './pii.ts';
import { serve } from './serve.ts';
import { worker } from './worker.ts';

export const commands: Command[] = [
  serve,
  migrate,
  demo,
  importDivisionsCommand,
  importGridsCommand,
  checkCoverageCommand,
  createUserCommand,
  worker,
  importRegistryCommand,
  pii,
];
