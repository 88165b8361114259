import type { Tx } from '@wangge/db';
import type { Locale } from '../../http/errors.ts';
import type { Value } from './format.ts';
import { servicesChangedAt } from './services.ts';

const TEXT = {
  contact: {
    'zh-CN': '本平台管理员（各区县系统管理员）',
    en: 'The administrators of this platform (each district’s system administrator)',
  },
  keyService: {
    'zh-CN': '接入密钥（api_key）由区县系统管理员在平台“系统管理 → 开放接口”中签发，仅签发时显示一次',
    en: 'API keys are issued by a district’s system administrator (System administration → Open311); a key is shown once, when it is issued',
  },
} as const;

/**
 * The discovery document: one production endpoint, GeoReport v2, in XML and JSON. Its changeset is
 * when the services (our categories) last changed, which is what a client caches.
 */
export async function discovery(db: Tx, baseUrl: string, locale: Locale): Promise<Value> {
  const changeset = await servicesChangedAt(db);
  return {
    changeset,
    contact: TEXT.contact[locale],
    key_service: TEXT.keyService[locale],
    endpoints: [
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: `${baseUrl}/open311/v2`,
        changeset,
        type: 'production',
        formats: ['text/xml', 'application/json'],
      },
    ],
  };
}
