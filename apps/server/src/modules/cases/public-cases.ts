import { sql } from 'drizzle-orm';

/**
 * Cases the public may read about (the resident board, Open311's GET requests), as a condition on
 * `case_record c`: disputes between neighbours (矛盾纠纷) are people's private quarrels, so they are
 * never listed publicly, even without names; withdrawn reports are nobody's business.
 */
export const publicCaseSql = sql`c.status <> 'cancelled' AND NOT EXISTS (
  SELECT 1 FROM case_category k WHERE k.code = c.category_code AND k.kind = 'dispute')`;
