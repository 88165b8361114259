import { one, rows } from '@wangge/db';
import { idNumberCheckChar } from '@wangge/domain';
import { sql } from 'drizzle-orm';
import type { TestApp } from './harness.ts';

/** A valid resident ID card number: address code, birth date (YYYYMMDD), 3-digit sequence (odd = male). */
export const idCard = (address: string, birth: string, seq: string) => {
  const first17 = `${address}${birth}${seq}`;
  return first17 + idNumberCheckChar(first17);
};

/** The grid a demo login holds its role in (the deepest grant), and another grid of the same community. */
export async function gridsOf(t: TestApp, username: string) {
  const own = await one<{ code: string; community_code: string }>(
    t.handle.db,
    sql`SELECT g.code, g.community_code FROM role_assignment ra JOIN app_user u ON u.id = ra.user_id
          JOIN grid g ON g.path = ra.scope_path WHERE u.username = ${username} LIMIT 1`,
  );
  const other = await one<{ code: string }>(
    t.handle.db,
    sql`SELECT code FROM grid WHERE community_code = ${own!.community_code} AND code <> ${own!.code} ORDER BY code LIMIT 1`,
  );
  const building = await one<{ code: string }>(
    t.handle.db,
    sql`SELECT b.code FROM building b JOIN grid g ON g.id = b.grid_id WHERE g.code = ${own!.code} ORDER BY b.code LIMIT 1`,
  );
  const otherBuilding = await one<{ code: string }>(
    t.handle.db,
    sql`SELECT b.code FROM building b JOIN grid g ON g.id = b.grid_id WHERE g.code = ${other!.code} ORDER BY b.code LIMIT 1`,
  );
  return {
    grid: own!.code,
    community: own!.community_code,
    otherGrid: other!.code,
    building: building!.code,
    otherBuilding: otherBuilding!.code,
  };
}

/** Every text value of every row of a table, as one string: for "no plaintext anywhere" checks. */
export async function tableText(t: TestApp, table: string): Promise<string> {
  const all = await rows<Record<string, unknown>>(t.handle.db, sql`SELECT * FROM ${sql.identifier(table)}`);
  return JSON.stringify(all);
}

export const countRows = async (t: TestApp, table: string) =>
  (await one<{ n: number }>(t.handle.db, sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`))!.n;
