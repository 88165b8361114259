import type { Open311Client } from '@wangge/contracts';
import { rows, type Tx } from '@wangge/db';
import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { iso } from '../../lib/iso.ts';

export type ClientView = z.infer<typeof Open311Client>;

interface ClientRow {
  id: string;
  name: string;
  contact: string | null;
  key_prefix: string;
  district_code: string;
  created_at: Date | string;
  created_by_name: string | null;
  revoked_at: Date | string | null;
  last_used_at: Date | string | null;
}

/** Client applications matching `where` (over `open311_client c`), newest first; never a key or its hash. */
export async function selectClients(db: Tx, where: SQL): Promise<ClientView[]> {
  const found = await rows<ClientRow>(
    db,
    sql`SELECT c.id, c.name, c.contact, c.key_prefix, c.district_code, c.created_at,
               u.display_name AS created_by_name, c.revoked_at, c.last_used_at
        FROM open311_client c LEFT JOIN app_user u ON u.id = c.created_by
        WHERE ${where}
        ORDER BY c.created_at DESC, c.id`,
  );
  return found.map((r) => ({
    id: r.id,
    name: r.name,
    contact: r.contact,
    keyPrefix: r.key_prefix,
    districtCode: r.district_code,
    createdAt: iso(r.created_at)!,
    createdByName: r.created_by_name,
    revokedAt: iso(r.revoked_at),
    lastUsedAt: iso(r.last_used_at),
  }));
}
