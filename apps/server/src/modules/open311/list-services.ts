import type { Tx } from '@wangge/db';
import type { Value } from './format.ts';
import { usableServices } from './services.ts';

/** GET services: every category a report can be filed under, as a GeoReport v2 service list. */
export async function listServices(db: Tx): Promise<Value[]> {
  return (await usableServices(db)).map(({ category: c, className }) => ({
    service_code: c.code,
    service_name: c.name,
    description: className ? `${className}：${c.name}（${c.source}）` : `${c.name}（${c.source}）`,
    // Every service asks the shared attributes (appeal nature, signs): clients should read them.
    metadata: true,
    type: 'realtime',
    keywords: c.keywords.join(','),
    group: className,
  }));
}
