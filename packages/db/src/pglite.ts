import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { ltree } from '@electric-sql/pglite/contrib/ltree';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { postgis } from '@electric-sql/pglite-postgis';

export const pgliteExtensions = { postgis, pg_trgm, ltree, pgcrypto, btree_gist };

/** Opens PGlite with our extensions; `dataDir` undefined = in memory; `snapshot` = a gzip dump to start from. */
export function createPglite(options: { dataDir?: string; snapshot?: Blob }): Promise<PGlite> {
  return PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.snapshot ? { loadDataDir: options.snapshot } : {}),
    extensions: pgliteExtensions,
  });
}
