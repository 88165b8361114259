// Writes migration 0003 (the case taxonomy's reference rows) from packages/db/data/taxonomy/ and
// packages/db/src/reference/taxonomy-defaults.ts. Run from the repository root:
//   npx tsx packages/db/scripts/taxonomy-seed.ts
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { SEED_MIGRATION, taxonomySeedFromRepository } from '../src/reference/taxonomy.ts';

const content = taxonomySeedFromRepository();
writeFileSync(SEED_MIGRATION, content);
const rows = content.match(/^\('/gm)?.length ?? 0;
process.stdout.write(`${relative(process.cwd(), SEED_MIGRATION)}: ${rows} categories\n`);
