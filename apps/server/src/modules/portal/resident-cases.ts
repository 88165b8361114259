import { one, type Tx } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';

export interface ResidentCaseRef {
  id: string;
  number: string;
  relation: 'reporter' | 'follower';
}

/**
 * A case the resident reported or follows, by its number. Any other case answers as if it did not
 * exist: a resident's page never shows another resident's report in detail.
 */
export async function residentCase(db: Tx, userId: string, number: string): Promise<ResidentCaseRef> {
  const found = await one<{ id: string; number: string; reporter: boolean; follower: boolean }>(
    db,
    sql`SELECT c.id, c.number, c.reporter_id = ${userId} AS reporter,
               EXISTS (SELECT 1 FROM case_follower f WHERE f.case_id = c.id AND f.user_id = ${userId}) AS follower
        FROM case_record c WHERE c.number = ${number}`,
  );
  if (!found || (!found.reporter && !found.follower)) throw new AppError('PORTAL_CASE_NOT_FOUND');
  return { id: found.id, number: found.number, relation: found.reporter ? 'reporter' : 'follower' };
}

/** The SQL condition "the resident reported or follows case c". */
export const mineSql = (userId: string) =>
  sql`(c.reporter_id = ${userId} OR EXISTS (SELECT 1 FROM case_follower f WHERE f.case_id = c.id AND f.user_id = ${userId}))`;
