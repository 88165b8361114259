import type { Deps } from '../http/types.ts';
import { autoEscalate } from '../modules/cases/auto-escalate.ts';
import { sweepWarnings } from '../modules/cases/sweep-warnings.ts';
import {
  deliverOutbox,
  inAppSender,
  logSender,
  type Sender,
  webhookSender,
} from '../modules/notify/index.ts';
import { purgeDeleted } from '../modules/registry/index.ts';

export interface LoopLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface LoopOptions {
  sweepMs: number;
  outboxMs: number;
  purgeMs: number;
}

export const DEFAULT_LOOPS: LoopOptions = { sweepMs: 60_000, outboxMs: 5_000, purgeMs: 6 * 3600_000 };

/** The worker purging deleted registry records after the retention period (WANGGE_REGISTRY_RETENTION_DAYS). */
const PURGE_ACTOR = { userId: null, name: 'system', requestId: null, scope: { userId: '', grants: [] } };

/** Senders per channel: in-app always; SMS and WeChat through their webhooks, or the log in development. */
export function sendersFor(deps: Deps, log: LoopLog): Record<'in_app' | 'sms' | 'wechat', Sender> {
  const toLog = logSender((line) => log.info({ line }, 'notification (no gateway configured)'));
  return {
    in_app: inAppSender,
    sms: deps.config.smsWebhook ? webhookSender(deps.config.smsWebhook) : toLog,
    wechat: deps.config.wechatWebhook ? webhookSender(deps.config.wechatWebhook) : toLog,
  };
}

/** One pass of every loop: warnings, automatic escalation, then the outbox (which carries their notices). */
export async function runLoopsOnce(deps: Deps, log: LoopLog) {
  const now = deps.clock.now();
  const warnings = await deps.db.transaction((tx) => sweepWarnings(tx, now));
  const escalated = await autoEscalate(deps);
  const delivered = await deliverOutbox(deps.db, sendersFor(deps, log), deps.clock.now());
  return { warnings, escalated, delivered };
}

/**
 * The background loops (ARCHITECTURE: `wangge worker`, or inside `wangge serve`): the time-limit
 * sweep every minute and the outbox every few seconds. A pass never overlaps the previous one, and
 * an error is logged and retried at the next tick.
 */
export function startLoops(
  deps: Deps,
  log: LoopLog,
  options: LoopOptions = DEFAULT_LOOPS,
): { stop(): Promise<void> } {
  let stopped = false;
  const running = new Set<Promise<unknown>>();
  const timers = new Set<NodeJS.Timeout>();
  const every = (ms: number, name: string, pass: () => Promise<unknown>) => {
    const tick = () => {
      if (stopped) return;
      const p = pass()
        .then((result) => {
          if (result && JSON.stringify(result).match(/[1-9]/)) log.info({ loop: name, result }, 'loop pass');
        })
        .catch((error) => log.error({ err: error, loop: name }, 'loop pass failed'))
        .finally(() => {
          running.delete(p);
          if (!stopped) timers.add(setTimeout(tick, ms));
        });
      running.add(p);
    };
    timers.add(setTimeout(tick, 0));
  };
  every(options.sweepMs, 'sweep', async () => ({
    warnings: await deps.db.transaction((tx) => sweepWarnings(tx, deps.clock.now())),
    escalated: await autoEscalate(deps),
  }));
  every(options.outboxMs, 'outbox', () => deliverOutbox(deps.db, sendersFor(deps, log), deps.clock.now()));
  every(options.purgeMs, 'purge', () => purgeDeleted(deps, PURGE_ACTOR, deps.config.registryRetentionDays));
  return {
    stop: async () => {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      await Promise.all(running);
    },
  };
}
