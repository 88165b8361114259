import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Config } from '../config.ts';

const cache = new Map<string, Buffer>();

/**
 * The secret of the blind indexes (HMAC-SHA256) that let us find a resident by phone number without
 * keeping the number: WANGGE_PII_KEY (64 hex characters), or the key file WANGGE_PII_KEY_FILE, or, in
 * development and tests, `<data dir>/keys/pii.key`, made on first use (mode 0600; never in git).
 * Production must name a key, so every process of a deployment computes the same index.
 */
export function piiKey(config: Config): Buffer {
  const known = byConfig.get(config);
  if (known) return known;
  const key = loadPiiKey(config);
  byConfig.set(config, key);
  return key;
}

/** Per config object: blind indexes are computed per row of an import, path.resolve each time showed up. */
const byConfig = new WeakMap<Config, Buffer>();

function loadPiiKey(config: Config): Buffer {
  if (config.piiKey) return Buffer.from(config.piiKey, 'hex');
  const file = resolve(config.piiKeyFile ?? join(config.dataDir, 'keys', 'pii.key'));
  const known = cache.get(file);
  if (known) return known;
  if (!existsSync(file)) {
    if (config.env === 'production' && !config.piiKeyFile)
      throw new Error('WANGGE_PII_KEY or WANGGE_PII_KEY_FILE is required in production');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
  }
  const hex = readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error(`${file}: not a 64-hex-character key`);
  const key = Buffer.from(hex, 'hex');
  cache.set(file, key);
  return key;
}

/** HMAC blind index of a personal number (phone, later ID numbers): equal inputs, equal index. */
export function blindIndex(config: Config, kind: 'phone' | 'id', value: string): string {
  return createHmac('sha256', piiKey(config)).update(`${kind}:${value}`).digest('hex');
}
