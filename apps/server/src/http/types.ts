import type { Db } from '@wangge/db';
import type { Scope } from '@wangge/domain';
import type { Config } from '../config.ts';
import type { Clock } from '../lib/clock.ts';
import type { SmsCodeSender } from '../modules/portal/sms-sender.ts';
import type { Locale } from './errors.ts';

export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  kind: 'staff' | 'resident';
  locale: Locale;
}

/** Who is calling: resolved once per request from the session cookie. */
export interface AuthContext {
  user: AuthUser;
  scope: Scope;
  sessionTokenHash: string;
  csrfToken: string;
  expiresAt: Date;
}

/** What every use case gets: the database, the clock, and who asks in which request. */
export interface Deps {
  db: Db;
  config: Config;
  clock: Clock;
  /** Where SMS sign-in codes go; by default the configured gateway, or the log in development. */
  smsSender?: SmsCodeSender;
}

export interface Actor {
  userId: string | null;
  name: string | null;
  requestId: string | null;
  scope: Scope;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
    locale: Locale;
  }
}
