import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { helpText } from '../src/cli/args.ts';
import { commands } from '../src/cli/commands/index.ts';

/** The wangge CLI as an operator runs it, on a fresh embedded database in a temporary directory. */
const bin = resolve(import.meta.dirname, '../bin/wangge.mjs');
let dir: string;
const env = () => {
  const { DATABASE_URL: _, ...rest } = process.env;
  // Without the demo's case history and registry: this checks the commands, not the demo (which has its own tests).
  return { ...rest, WANGGE_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'warn', WANGGE_DEMO_CASES: 'false' };
};
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { env: env(), encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'wangge-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const COMMANDS = [
  'serve',
  'migrate',
  'demo',
  'import-divisions',
  'import-grids',
  'check-coverage',
  'create-user',
  'worker',
  'import',
  'pii',
];

describe('wangge CLI', () => {
  it('lists its commands, explains one with --help, and refuses unknown ones', () => {
    const list = cli('--help');
    assert.equal(list.code, 0);
    for (const c of commands) assert.match(list.out, new RegExp(`\\b${c.name}\\b`));
    const help = cli('import-grids', '--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /Usage: wangge import-grids <file.geojson>/);
    assert.match(help.out, /--crs <value>/);
    const unknown = cli('frobnicate');
    assert.equal(unknown.code, 1);
    assert.match(unknown.err, /Unknown command: frobnicate/);
    const badFlag = cli('check-coverage', '--nope');
    assert.equal(badFlag.code, 1);
    assert.match(badFlag.err, /Unknown option '--nope'/);
  });

  it('gives every command a usage line and described options', () => {
    assert.deepEqual(
      commands.map((c) => c.name),
      COMMANDS,
    );
    for (const c of commands) {
      const text = helpText(c);
      assert.match(text, new RegExp(`^wangge ${c.name}: `), c.name);
      assert.match(text, new RegExp(`Usage: wangge ${c.name}`), c.name);
      for (const [name, o] of Object.entries(c.options))
        assert.ok(o.description.length > 5, `${c.name} --${name}`);
    }
  });

  it('imports a county’s divisions, then grids in GCJ-02, and refuses a bad file with per-feature codes', () => {
    const divisions = cli('import-divisions', '370102');
    assert.equal(divisions.code, 0, divisions.err);
    assert.match(divisions.out, /added 1 district, 13 subdistricts\/towns/);

    const good = join(dir, 'good.geojson');
    writeFileSync(
      good,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { code: '370102001002001', name: '解放桥第1网格' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [117.03, 36.66],
                  [117.031, 36.66],
                  [117.031, 36.661],
                  [117.03, 36.661],
                  [117.03, 36.66],
                ],
              ],
            },
          },
        ],
      }),
    );
    const imported = cli('import-grids', good, '--crs', 'GCJ02');
    assert.equal(imported.code, 0, imported.err);
    assert.match(imported.out, /Imported 1 grids: 370102001002001/);

    const again = cli('import-grids', good);
    assert.equal(again.code, 1);
    assert.match(again.err, /ORG_IMPORT_INVALID/);
    assert.match(again.err, /DUPLICATE_CODE/);

    const notJson = join(dir, 'bad.geojson');
    writeFileSync(notJson, '{"type": "FeatureCollection", ');
    const bad = cli('import-grids', notJson);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /is not valid JSON/);
  });

  it('creates a user with a role, and refuses a bad role spec before touching the database', () => {
    const args = ['create-user', '--username', 'wang.fang', '--name', '王芳', '--password', 'Grid2026ok'];
    const created = cli(...args, '--role', 'communityStaff@370102001002');
    assert.equal(created.code, 0, created.err);
    assert.match(created.out, /Created user wang\.fang/);
    const bad = cli(...args, '--role', 'communityStaff');
    assert.equal(bad.code, 1);
    assert.match(bad.err, /expected role@code/);
  });

  it('seeds the demo and checks its coverage', () => {
    const demo = cli('demo');
    assert.equal(demo.code, 0, demo.err);
    const report = cli('check-coverage', '370102009');
    assert.equal(report.code, 0, report.out + report.err);
    assert.match(report.out, /52 grids, 8 communities checked/);
    assert.match(report.out, /OK: 边界明确、无缝隙、全覆盖/);
    const unbounded = cli('check-coverage', '370102001');
    assert.equal(unbounded.code, 0);
    assert.match(unbounded.out, /community 370102001002 has no boundary: gaps not checked/);
  });

  it('refuses a second process on the same data directory', async () => {
    const server: ChildProcess = spawn(process.execPath, [bin, 'serve', '--port', '0'], {
      env: env(),
      stdio: 'pipe',
    });
    try {
      await new Promise<void>((ok, fail) => {
        let out = '';
        server.stdout!.on('data', (d) => {
          out += d;
          if (out.includes('is running at')) ok();
        });
        server.on('exit', () => fail(new Error(`server exited: ${out}`)));
      });
      const second = cli('migrate');
      assert.equal(second.code, 1);
      assert.match(second.err, /is in use by another Wangge process \(pid \d+\)/);
    } finally {
      server.kill('SIGTERM');
      await new Promise((ok) => server.once('exit', ok));
    }
    assert.equal(cli('migrate').code, 0, 'the lock is released when the server stops');
  });
});
