import { openConfiguredDatabase } from '../../bootstrap.ts';
import { loadConfig } from '../../config.ts';
import { systemClock } from '../../lib/clock.ts';
import { startLoops } from '../../worker/loops.ts';
import type { Command } from '../args.ts';

/** Console logging for the worker: JSON lines like the server's pino logs. */
const log = {
  info: (obj: object, msg: string) =>
    process.stdout.write(`${JSON.stringify({ level: 'info', time: Date.now(), msg, ...obj })}\n`),
  error: (obj: object, msg: string) =>
    process.stderr.write(
      `${JSON.stringify({ level: 'error', time: Date.now(), msg, ...obj, err: String((obj as { err?: unknown }).err) })}\n`,
    ),
};

export const worker: Command = {
  name: 'worker',
  summary: 'Run only the background loops: time-limit warnings and escalation, notification delivery',
  usage: 'wangge worker   (run the API processes with WANGGE_LOOPS=false)',
  options: {},
  async run() {
    const config = loadConfig();
    const handle = await openConfiguredDatabase(config);
    const loops = startLoops({ db: handle.db, config, clock: systemClock }, log);
    process.stdout.write(`Wangge worker running on ${handle.description}\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await loops.stop();
    await handle.close();
    return 0;
  },
};
