import { one, type Tx } from '@wangge/db';
import { isWithin } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';

/**
 * The path of a division or grid code that overlaps `paths` (lies inside one, or frames one);
 * anything else does not exist for the caller.
 */
export async function findPlace(db: Tx, code: string, paths: readonly string[]): Promise<string> {
  const node = await one<{ path: string }>(
    db,
    sql`SELECT path::text AS path FROM division WHERE code = ${code}
        UNION ALL SELECT path::text FROM grid WHERE code = ${code}`,
  );
  if (!node || !paths.some((p) => isWithin(node.path, p) || isWithin(p, node.path)))
    throw new AppError('AUTH_PLACE_NOT_FOUND', undefined, { code });
  return node.path;
}
