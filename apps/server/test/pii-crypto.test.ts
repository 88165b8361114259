import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../src/config.ts';
import {
  activePiiKeyId,
  decryptPii,
  encryptPii,
  newPiiKeyLine,
  PiiDecryptError,
  piiKeyIdOf,
  piiKeyIds,
} from '../src/lib/pii-crypto.ts';

const K1 = '1'.repeat(64);
const K2 = 'ab'.repeat(32);

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'wangge-pii-crypto-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const config = (env: Record<string, string> = {}) =>
  loadConfig({ NODE_ENV: 'test', WANGGE_DATA_DIR: join(dir, 'unused'), ...env });

const decryptFails = (fn: () => unknown, reason: PiiDecryptError['reason']) =>
  assert.throws(fn, (e: unknown) => e instanceof PiiDecryptError && e.reason === reason);

describe('personal-data encryption', () => {
  const one = config({ WANGGE_PII_ENC_KEYS: `k1:${K1}` });

  it('round-trips any text, including Chinese and the empty string, with a new IV every time', () => {
    for (const text of ['13812345678', '110101199003071234', '张三 北京市东城区', '', '😀'.repeat(100)]) {
      const stored = encryptPii(one, 'phone', text);
      assert.match(stored, /^v1\.k1\.[A-Za-z0-9_-]+$/);
      assert.equal(decryptPii(one, 'phone', stored), text);
    }
    const a = encryptPii(one, 'id_number', '110101199003071234');
    const b = encryptPii(one, 'id_number', '110101199003071234');
    assert.notEqual(a, b);
    // 12-byte IV + 18 bytes + 16-byte tag.
    assert.equal(Buffer.from(a.split('.')[2] ?? '', 'base64url').length, 12 + 18 + 16);
    assert.notEqual(a.split('.')[2]?.slice(0, 16), b.split('.')[2]?.slice(0, 16));
    assert.equal(piiKeyIdOf(a), 'k1');
    assert.equal(activePiiKeyId(one), 'k1');
  });

  it('binds a value to its field: a phone ciphertext does not decrypt as an ID number', () => {
    const stored = encryptPii(one, 'phone', '13812345678');
    decryptFails(() => decryptPii(one, 'id_number', stored), 'unauthenticated');
  });

  it('refuses altered values, unknown keys and what is not a ciphertext, never returning garbage', () => {
    const stored = encryptPii(one, 'phone', '13812345678');
    const bytes = Buffer.from(stored.slice('v1.k1.'.length), 'base64url');
    for (const i of [0, 12, bytes.length - 1]) {
      const altered = Buffer.from(bytes);
      altered[i] = (altered[i] ?? 0) ^ 1;
      decryptFails(
        () => decryptPii(one, 'phone', `v1.k1.${altered.toString('base64url')}`),
        'unauthenticated',
      );
    }
    const truncated = bytes.subarray(0, bytes.length - 1).toString('base64url');
    decryptFails(() => decryptPii(one, 'phone', `v1.k1.${truncated}`), 'unauthenticated');
    decryptFails(() => decryptPii(one, 'phone', `v1.k9.${bytes.toString('base64url')}`), 'unknown-key');
    // The same bytes under another ring's key of the same id: the tag does not match.
    const other = config({ WANGGE_PII_ENC_KEYS: `k1:${K2}` });
    decryptFails(() => decryptPii(other, 'phone', stored), 'unauthenticated');
    for (const bad of ['13812345678', '', 'v2.k1.AAAA', 'v1.K1.AAAA', 'v1.k1.', 'v1.k1.AAAA', 'v1.k1.a+b/']) {
      decryptFails(() => decryptPii(one, 'phone', bad), 'malformed');
    }
    assert.throws(() => piiKeyIdOf('13812345678'), PiiDecryptError);
  });

  it('encrypts with the first key and still decrypts with the older ones', () => {
    const before = encryptPii(one, 'phone', '13812345678');
    const rotated = config({ WANGGE_PII_ENC_KEYS: `k2:${K2},k1:${K1}` });
    assert.equal(activePiiKeyId(rotated), 'k2');
    assert.deepEqual(piiKeyIds(rotated), ['k2', 'k1']);
    assert.equal(decryptPii(rotated, 'phone', before), '13812345678');
    const now = encryptPii(rotated, 'phone', '13812345678');
    assert.equal(piiKeyIdOf(now), 'k2');
    assert.equal(decryptPii(rotated, 'phone', now), '13812345678');
    decryptFails(() => decryptPii(one, 'phone', now), 'unknown-key');
  });

  it('reads a key file with comments and blank lines', () => {
    const file = join(dir, 'good.keys');
    writeFileSync(file, `# rotated 2026-11-20\n\nk2   ${K2}\r\n  # the old one\nk1\t${K1}\n`);
    const c = config({ WANGGE_PII_ENC_KEYS_FILE: file });
    assert.deepEqual(piiKeyIds(c), ['k2', 'k1']);
    const stored = encryptPii(config({ WANGGE_PII_ENC_KEYS: `k1:${K1}` }), 'id_number', '110101199003071234');
    assert.equal(decryptPii(c, 'id_number', stored), '110101199003071234');
  });

  it('prefers WANGGE_PII_ENC_KEYS to the key file', () => {
    const c = config({
      WANGGE_PII_ENC_KEYS: `env-key:${K1}`,
      WANGGE_PII_ENC_KEYS_FILE: join(dir, 'none.keys'),
    });
    assert.equal(activePiiKeyId(c), 'env-key');
  });

  it('rejects bad keys in the environment with the setting named', () => {
    for (const value of [
      `k1:${K1.slice(1)}`,
      `K1:${K1}`,
      `k1 ${K1}`,
      `k1:${K1},`,
      `${'k'.repeat(17)}:${K1}`,
      '',
    ]) {
      assert.throws(
        () => config({ WANGGE_PII_ENC_KEYS: value }),
        (e: unknown) => e instanceof ConfigError && /WANGGE_PII_ENC_KEYS: must be "id:64hex"/.test(e.message),
        value,
      );
    }
    assert.throws(
      () => activePiiKeyId(config({ WANGGE_PII_ENC_KEYS: `k1:${K1},k1:${K2}` })),
      (e: unknown) => e instanceof ConfigError && /key 2: key id "k1" appears twice/.test(e.message),
    );
  });

  it('rejects a bad key file with the file and line named', () => {
    const cases: [string, RegExp][] = [
      [`k1 ${K1.slice(2)}\n`, /bad-0\.keys:1: key "k1" must be 64 hexadecimal characters/],
      [`k1 ${K1}\nk1 ${K2}\n`, /bad-1\.keys:2: key id "k1" appears twice/],
      [`# nothing\n\n`, /bad-2\.keys: no encryption key/],
      [`k1:${K1}\n`, /bad-3\.keys:1: expected "<key id> <64 hex characters>"/],
      [`k1 ${K1} extra\n`, /bad-4\.keys:1: expected/],
      [`Key.1 ${K1}\n`, /bad-5\.keys:1: key id "Key\.1" must be 1–16 characters/],
    ];
    cases.forEach(([text, message], i) => {
      const file = join(dir, `bad-${i}.keys`);
      writeFileSync(file, text);
      assert.throws(
        () => encryptPii(config({ WANGGE_PII_ENC_KEYS_FILE: file }), 'phone', '1'),
        (e: unknown) => e instanceof ConfigError && message.test(e.message),
        text,
      );
    });
    const missing = join(dir, 'missing.keys');
    assert.throws(
      () => activePiiKeyId(config({ WANGGE_PII_ENC_KEYS_FILE: missing })),
      (e: unknown) =>
        e instanceof ConfigError &&
        /WANGGE_PII_ENC_KEYS_FILE: .*missing\.keys does not exist/.test(e.message),
    );
    assert.equal(existsSync(missing), false);
  });

  it('makes a development key file on first use, readable by its owner only, and keeps it', () => {
    const dataDir = join(dir, 'dev-data');
    const c = loadConfig({ NODE_ENV: 'development', WANGGE_DATA_DIR: dataDir });
    const stored = encryptPii(c, 'phone', '13812345678');
    const file = join(dataDir, 'keys', 'pii-enc.keys');
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.match(readFileSync(file, 'utf8'), /^#.*\nk1 [0-9a-f]{64}\n$/);
    assert.equal(piiKeyIdOf(stored), 'k1');
    // Read again from the file (through a link: another path, so not from the cache), not made anew.
    const link = join(dir, 'dev-data-link');
    symlinkSync(dataDir, link);
    const again = loadConfig({ NODE_ENV: 'development', WANGGE_DATA_DIR: link });
    assert.equal(decryptPii(again, 'phone', stored), '13812345678');
  });

  it('refuses to run in production without configured keys', () => {
    const dataDir = join(dir, 'prod-data');
    const c = loadConfig({
      NODE_ENV: 'production',
      WANGGE_DATA_DIR: dataDir,
      WANGGE_SESSION_SECRET: 'production-secret-production-secret-01',
    });
    assert.throws(
      () => encryptPii(c, 'phone', '13812345678'),
      (e: unknown) =>
        e instanceof ConfigError &&
        e.message === 'WANGGE_PII_ENC_KEYS or WANGGE_PII_ENC_KEYS_FILE is required in production',
    );
    assert.equal(existsSync(join(dataDir, 'keys', 'pii-enc.keys')), false);
  });

  it('makes new key lines from random bytes', () => {
    const a = newPiiKeyLine('k2');
    assert.match(a, /^k2 [0-9a-f]{64}$/);
    assert.notEqual(a, newPiiKeyLine('k2'));
    assert.throws(() => newPiiKeyLine('K.2'), RangeError);
  });
});

describe('wangge pii new-key', () => {
  const bin = resolve(import.meta.dirname, '../bin/wangge.mjs');
  const cli = (...args: string[]) => {
    const env = { ...process.env, WANGGE_DATA_DIR: join(dir, 'cli-data') };
    const r = spawnSync(process.execPath, [bin, 'pii', ...args], { env, encoding: 'utf8', timeout: 60_000 });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it('prints a key line on stdout and how to use it on stderr, without opening the database', () => {
    const made = cli('new-key', '--id', 'k2');
    assert.equal(made.code, 0, made.err);
    assert.match(made.out, /^k2 [0-9a-f]{64}\n$/);
    assert.match(made.err, /put this line FIRST/);
    const dated = cli('new-key');
    assert.match(dated.out, /^k\d{8} [0-9a-f]{64}\n$/);
    const bad = cli('new-key', '--id', 'Key.2');
    assert.equal(bad.code, 1);
    assert.equal(bad.out, '');
    assert.match(bad.err, /--id must be 1–16 characters/);
    const unknown = cli('forget');
    assert.equal(unknown.code, 1);
    assert.match(unknown.err, /unknown pii action: forget/);
    assert.equal(existsSync(join(dir, 'cli-data')), false);
  });
});
