import { systemClock } from '../../lib/clock.ts';
import { ENCRYPTED_COLUMNS } from '../../lib/encrypted-columns.ts';
import {
  activePiiKeyId,
  newPiiKeyLine,
  PII_KEY_ID,
  PiiDecryptError,
  piiKeyIds,
} from '../../lib/pii-crypto.ts';
import { piiKeyCounts, rotatePii } from '../../lib/pii-rotate.ts';
import { type Command, str, UsageError } from '../args.ts';
import { withDeps } from '../context.ts';

const out = (text: string) => process.stdout.write(`${text}\n`);
const err = (text: string) => process.stderr.write(`${text}\n`);

function newKey(id: string | undefined): number {
  // Dated ids say how old a key is, and sort in the order the keys were made.
  const keyId = id ?? `k${systemClock.now().toISOString().slice(0, 10).replaceAll('-', '')}`;
  if (!PII_KEY_ID.test(keyId)) throw new UsageError('--id must be 1–16 characters of a-z, 0-9 and "-"');
  out(newPiiKeyLine(keyId));
  err(
    [
      '',
      'A new personal-data encryption key (secret: never in git, never in a ticket or chat).',
      'To rotate, in the file named by WANGGE_PII_ENC_KEYS_FILE (development: <data dir>/keys/pii-enc.keys):',
      '  1. put this line FIRST, keeping the old line(s) below it (they still decrypt);',
      '  2. restart every process (server, worker) so they all encrypt with the new key;',
      '  3. run `wangge pii rotate`, then `wangge pii status` until no value is under the old id;',
      '  4. only then remove the old line and restart again.',
      'With WANGGE_PII_ENC_KEYS, write it as "id:hex" at the front of the comma list. See docs/personal-data.md.',
    ].join('\n'),
  );
  return 0;
}

async function rotate(batch: string | undefined): Promise<number> {
  const batchSize = batch === undefined ? 500 : Number(batch);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000)
    throw new UsageError('--batch must be a whole number from 1 to 100000');
  if (ENCRYPTED_COLUMNS.length === 0) {
    out('No encrypted columns are registered (apps/server/src/lib/encrypted-columns.ts): nothing to rotate.');
    return 0;
  }
  return withDeps(async ({ db, config }) => {
    const active = activePiiKeyId(config);
    err(`Re-encrypting with the active key "${active}"…`);
    const tty = process.stderr.isTTY;
    try {
      const results = await rotatePii(db, config, ENCRYPTED_COLUMNS, {
        batchSize,
        onProgress: (done, total) => {
          if (tty) process.stderr.write(`\r  ${done} / ${total}`);
        },
      });
      if (tty) process.stderr.write('\n');
      let skipped = 0;
      for (const r of results) {
        out(
          `${r.table}.${r.column}: ${r.rotated} re-encrypted${r.skipped ? `, ${r.skipped} changed meanwhile` : ''}`,
        );
        skipped += r.skipped;
      }
      if (skipped) err('Some values changed while they were read: run `wangge pii rotate` again.');
      return 0;
    } catch (error) {
      if (!(error instanceof PiiDecryptError)) throw error;
      if (tty) process.stderr.write('\n');
      err(`Stopped: ${error.message}. Batches before it are done; nothing after it was changed.`);
      return 1;
    }
  });
}

async function status(): Promise<number> {
  if (ENCRYPTED_COLUMNS.length === 0) {
    out('No encrypted columns are registered (apps/server/src/lib/encrypted-columns.ts).');
    return 0;
  }
  return withDeps(async ({ db, config }) => {
    const ring = piiKeyIds(config);
    const [active] = ring;
    out(`Keyring: ${ring.map((id) => (id === active ? `${id} (active)` : id)).join(', ')}`);
    let old = 0;
    let unreadable = 0;
    for (const c of await piiKeyCounts(db, ENCRYPTED_COLUMNS)) {
      out(`${c.table}.${c.column}`);
      if (c.keys.length === 0) out('  (no values)');
      for (const { key, count } of c.keys) {
        const note =
          key === null
            ? 'not encrypted (v1.<key id>.<data> expected)'
            : key === active
              ? 'active'
              : ring.includes(key)
                ? 'old key: run `wangge pii rotate`'
                : 'NOT IN THE KEYRING: these cannot be decrypted';
        out(`  ${(key ?? '-').padEnd(18)}${String(count).padStart(10)}  ${note}`);
        if (key !== active) old += count;
        if (key === null || !ring.includes(key)) unreadable += count;
      }
    }
    if (old === 0) out(`Every value is under the active key "${active}": the other keys may be removed.`);
    return unreadable ? 1 : 0;
  });
}

export const pii: Command = {
  name: 'pii',
  summary:
    'Personal-data encryption keys: make a new key, re-encrypt with the active key, count values per key',
  usage: 'wangge pii new-key [--id ID] | wangge pii rotate [--batch N] | wangge pii status',
  options: {
    id: { type: 'string', description: 'new-key: id of the key (a-z, 0-9, "-", ≤16; default k<YYYYMMDD>)' },
    batch: { type: 'string', description: 'rotate: values re-encrypted per transaction (default 500)' },
  },
  async run(values, [action, ...rest]) {
    if (rest.length) throw new UsageError(`unexpected argument: ${rest.join(' ')}`);
    if (values.id !== undefined && action !== 'new-key') throw new UsageError('--id goes with new-key');
    if (values.batch !== undefined && action !== 'rotate') throw new UsageError('--batch goes with rotate');
    if (action === 'new-key') return newKey(str(values.id));
    if (action === 'rotate') return rotate(str(values.batch));
    if (action === 'status') return status();
    throw new UsageError(
      action ? `unknown pii action: ${action}` : 'give an action: new-key, rotate or status',
    );
  },
};
