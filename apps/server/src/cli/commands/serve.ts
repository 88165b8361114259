import { DEMO_LOGINS, seedDemo } from '@wangge/db';
import { buildApp } from '../../app.ts';
import { openConfiguredDatabase } from '../../bootstrap.ts';
import { loadConfig } from '../../config.ts';
import { describeDemoCases, seedDemoCases } from '../../demo/seed-demo-cases.ts';
import { describeDemoRegistry, seedDemoRegistry } from '../../demo/seed-demo-registry.ts';
import { offsetClock, systemClock } from '../../lib/clock.ts';
import { failInterruptedImports } from '../../modules/registry/index.ts';
import { calendarWarning } from '../../modules/sla/index.ts';
import { startLoops } from '../../worker/loops.ts';
import { type Command, str } from '../args.ts';

export const serve: Command = {
  name: 'serve',
  summary: 'Run the server: JSON API, API docs and the web pages',
  usage: 'wangge serve [--port 3000] [--host 127.0.0.1]',
  options: {
    port: { type: 'string', description: 'Port to listen on (default: PORT or 3000; 0 = any free port)' },
    host: { type: 'string', description: 'Address to listen on (default: HOST or 127.0.0.1)' },
  },
  async run(values) {
    const started = Date.now();
    const config = loadConfig({
      ...process.env,
      ...(str(values.port) ? { PORT: str(values.port) } : {}),
      ...(str(values.host) ? { HOST: str(values.host) } : {}),
    });
    const handle = await openConfiguredDatabase(config);
    // WANGGE_TEST_CLOCK (journeys): real time plus an offset that POST /api/system/test-clock moves.
    const deps = { db: handle.db, config, clock: config.testClock ? offsetClock() : systemClock };
    let seeded = false;
    let demoCases: string | null = null;
    let demoRegistry: string | null = null;
    if (handle.fresh && config.demo) {
      await seedDemo(handle.db);
      seeded = true;
      // A failure costs the demo (some of) its cases, not the server its start.
      if (config.demoCases)
        demoCases = await seedDemoCases(deps).then(
          describeDemoCases,
          (e: Error) => `Demo cases: none (${e.message})`,
        );
      if (config.demoCases)
        demoRegistry = await seedDemoRegistry(deps).then(
          describeDemoRegistry,
          (e: Error) => `Demo registry: none (${e.message})`,
        );
    }
    const interrupted = await failInterruptedImports(deps);
    const app = await buildApp(deps);
    const loops = config.loops ? startLoops(deps, app.log) : null;
    const address = await app.listen({ port: config.port, host: config.host });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const lines = [
      '',
      `  网格 Wangge is running at ${address}/`,
      `  Residents: ${address}/m/  (report, follow, rate; public board ${address}/m/board)`,
      `  Open311:   ${address}/open311/discovery.json  (GeoReport v2 at ${address}/open311/v2)`,
      `  API docs:  ${address}/api/docs`,
      `  Database:  ${handle.description}${seeded ? ' (demo 甸柳新村街道 seeded on this first start)' : ''}`,
      ...(demoCases ? [`  ${demoCases}`] : []),
      ...(demoRegistry ? [`  ${demoRegistry}`] : []),
      ...(interrupted
        ? [`  Imports interrupted by the last stop: ${interrupted} (marked failed; upload their files again)`]
        : []),
      `  Ready in ${seconds} s`,
    ];
    if (config.testClock) {
      lines.push(
        '',
        '  ⚠ WANGGE_TEST_CLOCK: the clock can be moved by POST /api/system/test-clock (tests only)',
      );
    }
    const warning = await calendarWarning(handle.db, deps.clock.now());
    if (warning) lines.push('', `  ⚠ ${warning['zh-CN']}`, `    ${warning.en}`);
    if (config.demo) {
      lines.push('', '  Demo logins (password for all: Demo2026!):');
      for (const l of DEMO_LOGINS) lines.push(`    ${l.username.padEnd(12)} ${l.description}`);
    }
    process.stdout.write(`${lines.join('\n')}\n\n`);

    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await loops?.stop();
    await app.close();
    await handle.close();
    return 0;
  },
};
