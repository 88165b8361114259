import type { Category, CategoryTransfer } from '@wangge/contracts';
import { rows, schema, type Tx } from '@wangge/db';
import { asc, eq, type SQL, sql } from 'drizzle-orm';

const t = schema.caseCategory;
export type CategoryRecord = typeof t.$inferSelect;

export function toCategory(r: CategoryRecord): Category {
  return {
    code: r.code,
    name: r.name,
    parentCode: r.parentCode,
    kind: r.kind,
    source: r.source,
    keywords: r.keywords,
    defaultLevel: r.defaultLevel,
    leadDepartment: r.leadDepartment,
    assistDepartments: r.assistDepartments,
    limits: {
      accept: { amount: r.acceptAmount, unit: r.acceptUnit },
      handle: { amount: r.handleAmount, unit: r.handleUnit },
      verify: { amount: r.verifyAmount, unit: r.verifyUnit },
    },
    autoEscalate: r.autoEscalate,
    active: r.active,
    updatedAt: new Date(r.updatedAt).toISOString(),
  };
}

/** The export/import shape: everything but the update time. */
export function toTransfer(c: Category): CategoryTransfer {
  const { updatedAt: _, ...rest } = c;
  return rest;
}

/** Column values of a category, for inserts and updates. */
export function toColumns(c: CategoryTransfer) {
  return {
    code: c.code,
    name: c.name,
    parentCode: c.parentCode,
    kind: c.kind,
    source: c.source,
    keywords: c.keywords,
    defaultLevel: c.defaultLevel,
    leadDepartment: c.leadDepartment,
    assistDepartments: c.assistDepartments,
    acceptAmount: c.limits.accept.amount,
    acceptUnit: c.limits.accept.unit,
    handleAmount: c.limits.handle.amount,
    handleUnit: c.limits.handle.unit,
    verifyAmount: c.limits.verify.amount,
    verifyUnit: c.limits.verify.unit,
    autoEscalate: c.autoEscalate,
    active: c.active,
  };
}

/** Stable order: each class, then its items, by code (byte order, the same on every collation). */
export const CATEGORY_ORDER = [
  sql`COALESCE(${t.parentCode}, ${t.code}) COLLATE "C"`,
  sql`${t.parentCode} IS NOT NULL`,
  sql`${t.code} COLLATE "C"`,
];

export async function selectCategories(db: Tx, where?: SQL): Promise<Category[]> {
  const found = await db
    .select()
    .from(t)
    .where(where)
    .orderBy(...CATEGORY_ORDER);
  return found.map(toCategory);
}

export async function findCategory(db: Tx, code: string, forUpdate = false): Promise<Category | null> {
  const query = db.select().from(t).where(eq(t.code, code)).orderBy(asc(t.code));
  const [found] = forUpdate ? await query.for('update') : await query;
  return found ? toCategory(found) : null;
}

/** The department codes of the given districts: what a category may name as lead or assistant. */
export async function departmentCodes(db: Tx, districts: readonly string[]): Promise<Set<string>> {
  if (districts.length === 0) return new Set();
  const found = await rows<{ code: string }>(
    db,
    sql`SELECT DISTINCT code FROM department WHERE district_code IN (${sql.join(
      districts.map((d) => sql`${d}`),
      sql`, `,
    )})`,
  );
  return new Set(found.map((r) => r.code));
}
