import { randomBytes } from 'node:crypto';
import { rows, type Tx } from '@wangge/db';
import { sql } from 'drizzle-orm';

/**
 * Creates a resident account (no password: residents sign in by SMS code or a tracking link) with the
 * resident role over every district the deployment serves, so they may report anywhere in it. The
 * role gives no reading rights: residents see only their own and followed cases.
 */
export async function createResidentAccount(
  tx: Tx,
  input: { username: string; displayName: string; phoneHash: string | null; phoneMasked: string | null },
): Promise<string> {
  const [user] = await rows<{ id: string }>(
    tx,
    sql`INSERT INTO app_user (username, display_name, kind, phone_hash, phone_masked)
        VALUES (${input.username}, ${input.displayName}, 'resident', ${input.phoneHash}, ${input.phoneMasked})
        RETURNING id`,
  );
  await tx.execute(
    sql`INSERT INTO role_assignment (user_id, role, scope_path)
        SELECT ${user!.id}, 'resident', path FROM division WHERE level = 'district'`,
  );
  return user!.id;
}

export const randomToken = (bytes = 24) => randomBytes(bytes).toString('base64url');
