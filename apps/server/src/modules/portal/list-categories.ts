import type { Category } from '@wangge/contracts';
import { type Db, rows } from '@wangge/db';
import { sql } from 'drizzle-orm';
import { categorySnapshot } from '../taxonomy/index.ts';

const COMMON = 8;
const TTL_MS = 10 * 60_000;
/** Until a deployment has history, what residents report most everywhere (DOMAIN.md §5 examples). */
const EVERYDAY_WORDS = ['路灯', '垃圾', '井盖', '占道', '噪音', '漏水', '停车', '消防通道'];

let cached: { at: number; db: Db; codes: string[] } | undefined;

/** The categories residents may pick: active matters, the most reported of the last 90 days first. */
export async function listPortalCategories(db: Db, now: Date) {
  const snapshot = await categorySnapshot(db);
  const all = [...snapshot.byCode.values()];
  const usable = all.filter((c) => c.active && c.kind !== 'class');
  const common = new Set(await commonCodes(db, now, usable));
  const classOf = (c: Category): string => {
    let node: Category | undefined = c;
    while (node?.parentCode) {
      const parent = snapshot.byCode.get(node.parentCode);
      if (!parent) break;
      node = parent;
    }
    return node && node !== c ? node.name : '';
  };
  const items = usable.map((c) => ({
    code: c.code,
    name: c.name,
    className: classOf(c),
    keywords: c.keywords,
    common: common.has(c.code),
  }));
  const rank = [...common];
  items.sort((a, b) => {
    const ra = a.common ? rank.indexOf(a.code) : Number.MAX_SAFE_INTEGER;
    const rb = b.common ? rank.indexOf(b.code) : Number.MAX_SAFE_INTEGER;
    return ra - rb || a.code.localeCompare(b.code);
  });
  return { items };
}

/** Counting every case is a scan: once per ten minutes per process is plenty. */
async function commonCodes(db: Db, now: Date, usable: Category[]): Promise<string[]> {
  if (cached && cached.db === db && now.getTime() - cached.at < TTL_MS) return cached.codes;
  const since = new Date(now.getTime() - 90 * 86_400_000);
  const counted = await rows<{ code: string }>(
    db,
    sql`SELECT category_code AS code FROM case_record
        WHERE reported_at >= ${since} AND category_code IS NOT NULL
        GROUP BY category_code ORDER BY count(*) DESC, category_code LIMIT ${COMMON}`,
  );
  const active = new Set(usable.map((c) => c.code));
  let codes = counted.map((r) => r.code).filter((c) => active.has(c));
  if (codes.length < COMMON) {
    const everyday = EVERYDAY_WORDS.flatMap(
      (w) => usable.find((c) => c.name.includes(w) || c.keywords.includes(w))?.code ?? [],
    );
    codes = [...new Set([...codes, ...everyday])].slice(0, COMMON);
  }
  cached = { at: now.getTime(), db, codes };
  return codes;
}
