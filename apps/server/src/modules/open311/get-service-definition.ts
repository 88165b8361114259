import type { Tx } from '@wangge/db';
import type { Locale } from '../../http/errors.ts';
import { SHARED_ATTRIBUTES } from './attributes.ts';
import { clip, refuse } from './error-list.ts';
import type { Value } from './format.ts';
import { findService } from './services.ts';

/** GET services/{code}: the attributes a report of this service may answer (the same for all). */
export async function getServiceDefinition(db: Tx, code: string, locale: Locale): Promise<Value> {
  const service = await findService(db, code);
  if (!service) refuse([{ code: 'OPEN311_SERVICE_UNKNOWN', params: { code: clip(code) } }]);
  return {
    service_code: service.category.code,
    attributes: SHARED_ATTRIBUTES.map((a) => ({
      variable: true,
      code: a.code,
      datatype: a.datatype,
      required: a.required,
      datatype_description: a.datatypeDescription[locale],
      order: a.order,
      description: a.description[locale],
      values: a.values.map((v) => ({ key: v.key, name: v.name[locale] })),
    })),
  };
}
