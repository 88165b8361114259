import type { Category } from '@wangge/contracts';
import type { Tx } from '@wangge/db';
import { categorySnapshot } from '../taxonomy/index.ts';

/**
 * Open311 services are our case categories that a report can be filed under: active, and items
 * rather than classes (the class becomes the service's group). The taxonomy's cached snapshot is
 * used, so the lists cost no query.
 */
export interface Service {
  category: Category;
  className: string | null;
}

export async function usableServices(db: Tx): Promise<Service[]> {
  const { byCode } = await categorySnapshot(db);
  const parents = new Set([...byCode.values()].map((c) => c.parentCode).filter((c) => c !== null));
  return [...byCode.values()]
    .filter((c) => c.active && c.kind !== 'class' && !parents.has(c.code))
    .map((c) => ({ category: c, className: c.parentCode ? (byCode.get(c.parentCode)?.name ?? null) : null }));
}

export async function findService(db: Tx, code: string): Promise<Service | undefined> {
  return (await usableServices(db)).find((s) => s.category.code === code);
}

/** When the services last changed: the discovery document's changeset. */
export async function servicesChangedAt(db: Tx): Promise<string> {
  const { byCode } = await categorySnapshot(db);
  let latest = '1970-01-01T00:00:00.000Z';
  for (const c of byCode.values()) if (c.updatedAt > latest) latest = c.updatedAt;
  return new Date(latest).toISOString();
}
