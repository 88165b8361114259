import { type Db, one } from '@wangge/db';
import { sql } from 'drizzle-orm';

/**
 * Case numbers are handed out from blocks reserved in the per-district-and-day counter row. Every
 * report would otherwise update that one row and wait for the previous report's commit (measured:
 * the main queue at 50 concurrent reports). A block costs one short transaction per BLOCK reports.
 * Numbers stay unique and increasing within a process; several processes interleave their blocks,
 * and a restart or a failed submission leaves gaps.
 */
export const BLOCK = 20;

interface Range {
  next: number;
  end: number;
  refill?: Promise<void> | undefined;
}

const ranges = new WeakMap<Db, Map<string, Range>>();

async function reserve(db: Db, districtCode: string, day: string): Promise<number> {
  const row = await one<{ last: number }>(
    db,
    sql`INSERT INTO case_number_sequence (district_code, day, last) VALUES (${districtCode}, ${day}, ${BLOCK})
        ON CONFLICT (district_code, day) DO UPDATE SET last = case_number_sequence.last + ${BLOCK} RETURNING last`,
  );
  return row!.last;
}

/** The next sequence number of a district's day (1, 2, 3 … within a process). */
export async function nextCaseSequence(db: Db, districtCode: string, day: string): Promise<number> {
  let byKey = ranges.get(db);
  if (!byKey) {
    byKey = new Map();
    ranges.set(db, byKey);
  }
  const key = `${districtCode}|${day}`;
  for (;;) {
    let range = byKey.get(key);
    if (range && range.next <= range.end) return range.next++;
    if (range?.refill) {
      await range.refill;
      continue;
    }
    if (!range) {
      // A new day: forget the others' ranges.
      for (const k of byKey.keys()) if (!k.endsWith(`|${day}`)) byKey.delete(k);
      range = { next: 1, end: 0 };
      byKey.set(key, range);
    }
    const r = range;
    r.refill = reserve(db, districtCode, day)
      .then((last) => {
        r.next = last - BLOCK + 1;
        r.end = last;
      })
      .finally(() => {
        r.refill = undefined;
      });
    await r.refill;
  }
}
