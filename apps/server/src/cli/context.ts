import type { DatabaseHandle } from '@wangge/db';
import { openConfiguredDatabase } from '../bootstrap.ts';
import { loadConfig } from '../config.ts';
import type { Actor, Deps } from '../http/types.ts';
import { systemClock } from '../lib/clock.ts';

/** The operator at the server's console: allowed everywhere, recorded in the audit log as "cli". */
export const cliActor: Actor = {
  userId: null,
  name: 'cli',
  requestId: null,
  scope: { userId: '', grants: [] },
};

/** Runs `fn` with an open database and closes it afterwards, whatever happens. */
export async function withDeps<T>(fn: (deps: Deps, handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const handle = await openConfiguredDatabase(config);
  try {
    return await fn({ db: handle.db, config, clock: systemClock }, handle);
  } finally {
    await handle.close();
  }
}
