// `npm test`: every unit and API test on the embedded database, or on PostgreSQL when DATABASE_URL
// is set. Test databases are prepared once up front so parallel test files do not race to build them.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const roots = [
  'packages/domain/src',
  'packages/contracts/src',
  'packages/db/src',
  'apps/server/src',
  'apps/server/test',
];

function find(dir) {
  let out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out = out.concat(find(full));
    else if (name.endsWith('.test.ts')) out.push(relative(root, full));
  }
  return out;
}

const filter = process.argv.slice(2);
const files = roots
  .flatMap((r) => find(join(root, r)))
  .filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)))
  .sort();

const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

const target = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite';
process.stdout.write(`Preparing test databases on ${target}…\n`);
if (run(['--import', 'tsx', 'apps/server/test/prepare.ts']) !== 0) process.exit(1);
process.stdout.write(`Running ${files.length} test files…\n`);
// Two at a time: each PGlite test process holds ~1 GB, and the machines have 2 cores.
process.exit(run(['--import', 'tsx', '--test', '--test-concurrency=2', ...files]));
