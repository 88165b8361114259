import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type Config, ConfigError } from '../config.ts';

/** The columns a value may be encrypted for; the name is authenticated with the value (GCM AAD). */
export type PiiField = 'id_number' | 'phone';

/** Key ids are written into every stored value, so they cannot hold the '.' that separates its parts. */
export const PII_KEY_ID = /^[a-z0-9-]{1,16}$/;

const IV_BYTES = 12;
const TAG_BYTES = 16;
const STORED = /^v1\.([a-z0-9-]{1,16})\.([A-Za-z0-9_-]+)$/;

interface Keyring {
  /** The first key: every new value is encrypted with it. */
  active: string;
  keys: ReadonlyMap<string, Buffer>;
}

/**
 * A stored value that cannot be read: not in the `v1.<key>.<data>` form, under a key the ring does not
 * hold (removed too early, or another deployment's), or failing authentication (altered, or copied from
 * another column). Never answered with a guess.
 */
export class PiiDecryptError extends Error {
  override name = 'PiiDecryptError';
  constructor(
    message: string,
    readonly reason: 'malformed' | 'unknown-key' | 'unauthenticated',
  ) {
    super(message);
  }
}

const cache = new Map<string, Keyring>();

/**
 * The encryption keys of personal data (AES-256-GCM), first key active, the others kept to read values
 * written before a rotation: WANGGE_PII_ENC_KEYS ("id:64hex,id:64hex"), or the file
 * WANGGE_PII_ENC_KEYS_FILE (`id 64hex` per line), or, in development and tests,
 * `<data dir>/keys/pii-enc.keys`, made on first use (mode 0600; never in git). A named file must exist:
 * making a fresh key where an operator expected theirs would write data no other process can read.
 */
function keyring(config: Config): Keyring {
  // Per config object first: an import seals 200,000 values, and path.resolve per value shows up.
  const known = byConfig.get(config);
  if (known) return known;
  const ring = loadKeyring(config);
  byConfig.set(config, ring);
  return ring;
}

const byConfig = new WeakMap<Config, Keyring>();

function loadKeyring(config: Config): Keyring {
  if (config.piiEncKeys) {
    const id = `env:${config.piiEncKeys}`;
    const known = cache.get(id);
    if (known) return known;
    const ring = build(
      'WANGGE_PII_ENC_KEYS',
      config.piiEncKeys.split(',').map((entry, i) => {
        const where = `WANGGE_PII_ENC_KEYS: key ${i + 1}`;
        const parts = entry.trim().split(':');
        if (parts.length !== 2) throw new ConfigError(`${where}: expected "<key id>:<64 hex characters>"`);
        return { where, keyId: parts[0] ?? '', hex: parts[1] ?? '' };
      }),
    );
    cache.set(id, ring);
    return ring;
  }
  const file = resolve(config.piiEncKeysFile ?? join(config.dataDir, 'keys', 'pii-enc.keys'));
  const known = cache.get(file);
  if (known) return known;
  if (!existsSync(file)) {
    if (config.piiEncKeysFile) throw new ConfigError(`WANGGE_PII_ENC_KEYS_FILE: ${file} does not exist`);
    if (config.env === 'production')
      throw new ConfigError('WANGGE_PII_ENC_KEYS or WANGGE_PII_ENC_KEYS_FILE is required in production');
    createDevelopmentKeys(file);
  }
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const entries = lines.flatMap((line, i) => {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) return [];
    const parts = text.split(/\s+/);
    if (parts.length !== 2)
      throw new ConfigError(`${file}:${i + 1}: expected "<key id> <64 hex characters>"`);
    return [{ where: `${file}:${i + 1}`, keyId: parts[0] ?? '', hex: parts[1] ?? '' }];
  });
  const ring = build(file, entries);
  cache.set(file, ring);
  return ring;
}

function createDevelopmentKeys(file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const text = `# Personal-data encryption keys (development). The first key encrypts; keep it secret.\n${newPiiKeyLine('k1')}\n`;
  try {
    writeFileSync(file, text, { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
  } catch (error) {
    // Another process (the worker beside the server) made it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

function build(source: string, entries: { where: string; keyId: string; hex: string }[]): Keyring {
  const keys = new Map<string, Buffer>();
  for (const { where, keyId, hex } of entries) {
    if (!PII_KEY_ID.test(keyId))
      throw new ConfigError(`${where}: key id "${keyId}" must be 1–16 characters of a-z, 0-9 and '-'`);
    if (!/^[0-9a-fA-F]{64}$/.test(hex))
      throw new ConfigError(`${where}: key "${keyId}" must be 64 hexadecimal characters (32 bytes)`);
    if (keys.has(keyId)) throw new ConfigError(`${where}: key id "${keyId}" appears twice`);
    keys.set(keyId, Buffer.from(hex, 'hex'));
  }
  const active = entries[0]?.keyId;
  if (active === undefined) throw new ConfigError(`${source}: no encryption key (the first key encrypts)`);
  return { active, keys };
}

/** The id of the key new values are encrypted with (the first of the ring). */
export function activePiiKeyId(config: Config): string {
  return keyring(config).active;
}

/** Every key id of the ring, the active one first. */
export function piiKeyIds(config: Config): string[] {
  return [...keyring(config).keys.keys()];
}

/**
 * IVs come from a pool of random bytes refilled 1,024 IVs at a time: one CSPRNG call per value cost
 * more than the encryption. Each IV is used once.
 */
let ivPool = Buffer.alloc(0);
let ivOffset = 0;
function nextIv(): Buffer {
  if (ivOffset + IV_BYTES > ivPool.length) {
    ivPool = randomBytes(IV_BYTES * 1024);
    ivOffset = 0;
  }
  const iv = ivPool.subarray(ivOffset, ivOffset + IV_BYTES);
  ivOffset += IV_BYTES;
  return iv;
}

/** `v1.<key id>.<base64url(IV | ciphertext | tag)>`, a new random IV each time. */
export function encryptPii(config: Config, field: PiiField, plaintext: string): string {
  const { active, keys } = keyring(config);
  const iv = nextIv();
  const cipher = createCipheriv('aes-256-gcm', keys.get(active)!, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(field, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return `v1.${active}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')}`;
}

export function decryptPii(config: Config, field: PiiField, stored: string): string {
  const [, keyId, data] = parse(stored);
  const key = keyring(config).keys.get(keyId);
  if (!key) throw new PiiDecryptError(`no key "${keyId}" in the personal-data keyring`, 'unknown-key');
  const bytes = Buffer.from(data, 'base64url');
  if (bytes.length < IV_BYTES + TAG_BYTES)
    throw new PiiDecryptError('encrypted value too short', 'malformed');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES), {
    authTagLength: TAG_BYTES,
  });
  decipher.setAAD(Buffer.from(field, 'utf8'));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    throw new PiiDecryptError(
      `value under key "${keyId}" failed authentication (altered, or not a ${field} value)`,
      'unauthenticated',
    );
  }
}

/** The id of the key a stored value was encrypted with. */
export function piiKeyIdOf(stored: string): string {
  return parse(stored)[1];
}

function parse(stored: string): [string, string, string] {
  const match = STORED.exec(stored);
  if (!match) throw new PiiDecryptError('not an encrypted value (v1.<key id>.<data>)', 'malformed');
  return [match[0], match[1] ?? '', match[2] ?? ''];
}

/** A line for the key file: `<id> <64 hex characters>` of a new random 32-byte key. */
export function newPiiKeyLine(id: string): string {
  if (!PII_KEY_ID.test(id))
    throw new RangeError(`key id "${id}" must be 1–16 characters of a-z, 0-9 and '-'`);
  return `${id} ${randomBytes(32).toString('hex')}`;
}
