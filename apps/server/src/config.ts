import { randomBytes } from 'node:crypto';
import { z } from 'zod';

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  WANGGE_DATA_DIR: z.string().min(1).default('./data'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  WANGGE_SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  WANGGE_SESSION_HOURS: z.coerce
    .number()
    .min(0.01)
    .max(24 * 30)
    .default(12),
  WANGGE_COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  WANGGE_TILE_URL: z
    .string()
    .regex(/^https?:\/\/.*\{z\}.*\{x\}.*\{y\}/, 'must be an http(s) URL template with {z}, {x} and {y}')
    .optional(),
  WANGGE_TILE_ATTRIBUTION: z.string().max(200).optional(),
  WANGGE_DEMO: z.enum(['true', 'false']).default('true'),
  WANGGE_DEMO_CASES: z.enum(['true', 'false']).default('true'),
  WANGGE_LOOPS: z.enum(['true', 'false']).default('true'),
  WANGGE_SMS_WEBHOOK: z.url({ protocol: /^https?$/ }).optional(),
  /** Secret of the personal-data blind indexes (HMAC): 64 hex characters, or a file holding them. */
  WANGGE_PII_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hexadecimal characters (32 bytes)')
    .optional(),
  WANGGE_PII_KEY_FILE: z.string().min(1).optional(),
  /** Encryption keys of personal data (AES-256-GCM), the first one active: "id:64hex,id:64hex", or a file. */
  WANGGE_PII_ENC_KEYS: z
    .string()
    .regex(
      /^[a-z0-9-]{1,16}:[0-9a-fA-F]{64}(,[a-z0-9-]{1,16}:[0-9a-fA-F]{64})*$/,
      'must be "id:64hex" entries separated by commas (ids of a-z, 0-9, "-", at most 16 characters)',
    )
    .optional(),
  WANGGE_PII_ENC_KEYS_FILE: z.string().min(1).optional(),
  /** Days a deleted registry record (a person) is kept, restorable, before the purge removes it. */
  WANGGE_REGISTRY_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  WANGGE_WECHAT_WEBHOOK: z.url({ protocol: /^https?$/ }).optional(),
  /** Serve the web pages from another build (e.g. a second checkout's); default apps/web/dist. */
  WANGGE_WEB_DIR: z.string().min(1).optional(),
  /** Browser journeys only: an offset clock moved by POST /api/system/test-clock. */
  WANGGE_TEST_CLOCK: z.enum(['true', 'false']).default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  databaseUrl: string | undefined;
  dataDir: string;
  host: string;
  port: number;
  sessionSecret: string;
  sessionHours: number;
  cookieSecure: boolean;
  tileUrl: string | null;
  tileAttribution: string | null;
  demo: boolean;
  /** Seed the demo's case history with the demo (three months of cases, some still open). */
  demoCases: boolean;
  /** Run the time-limit sweep and the outbox in the server process (off when a `wangge worker` runs them). */
  loops: boolean;
  smsWebhook: string | null;
  piiKey: string | null;
  piiKeyFile: string | null;
  piiEncKeys: string | null;
  piiEncKeysFile: string | null;
  wechatWebhook: string | null;
  registryRetentionDays: number;
  webDir: string | null;
  /** The server's clock can be moved through POST /api/system/test-clock (never in production). */
  testClock: boolean;
  logLevel: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the environment once, validated; fails fast with every problem named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.WANGGE_SESSION_SECRET) {
    throw new ConfigError('Invalid configuration:\n  WANGGE_SESSION_SECRET: required in production');
  }
  if (e.NODE_ENV === 'production' && e.WANGGE_TEST_CLOCK === 'true') {
    throw new ConfigError('Invalid configuration:\n  WANGGE_TEST_CLOCK: not allowed in production');
  }
  return {
    env: e.NODE_ENV,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.WANGGE_DATA_DIR,
    host: e.HOST,
    port: e.PORT,
    // Development only: a random secret per process (sessions end when it restarts).
    sessionSecret: e.WANGGE_SESSION_SECRET ?? randomBytes(32).toString('hex'),
    sessionHours: e.WANGGE_SESSION_HOURS,
    cookieSecure: e.WANGGE_COOKIE_SECURE ? e.WANGGE_COOKIE_SECURE === 'true' : e.NODE_ENV === 'production',
    tileUrl: e.WANGGE_TILE_URL ?? null,
    tileAttribution: e.WANGGE_TILE_ATTRIBUTION ?? null,
    demo: e.WANGGE_DEMO === 'true',
    demoCases: e.WANGGE_DEMO_CASES === 'true',
    loops: e.WANGGE_LOOPS === 'true',
    smsWebhook: e.WANGGE_SMS_WEBHOOK ?? null,
    piiKey: e.WANGGE_PII_KEY ?? null,
    piiKeyFile: e.WANGGE_PII_KEY_FILE ?? null,
    piiEncKeys: e.WANGGE_PII_ENC_KEYS ?? null,
    piiEncKeysFile: e.WANGGE_PII_ENC_KEYS_FILE ?? null,
    wechatWebhook: e.WANGGE_WECHAT_WEBHOOK ?? null,
    registryRetentionDays: e.WANGGE_REGISTRY_RETENTION_DAYS,
    webDir: e.WANGGE_WEB_DIR ?? null,
    testClock: e.WANGGE_TEST_CLOCK === 'true',
    logLevel: e.LOG_LEVEL,
  };
}
