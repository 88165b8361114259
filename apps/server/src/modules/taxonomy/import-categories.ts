import { CategoryTransfer } from '@wangge/contracts';
import { schema } from '@wangge/db';
import { getTableColumns, sql } from 'drizzle-orm';
import { AppError, type Locale } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/index.ts';
import { departmentCodes, selectCategories, toColumns, toTransfer } from './category.repo.ts';
import { invalidateCategories } from './category-cache.ts';
import { CATEGORY_IMPORT_MESSAGES } from './taxonomy.errors.ts';
import { taxonomyPolicy } from './taxonomy.policy.ts';
import { routingProblems } from './validate-category.ts';

interface ItemError {
  code: string;
  field?: string;
  message: string;
}
interface Problem {
  index: number;
  code: string | null;
  errors: ItemError[];
}

const CLASS_CODE = /^(C\d{2}|[A-Z]{2})$/;
const t = schema.caseCategory;

/**
 * Imports categories in the export format: every item is checked (shape, code and kind, class,
 * departments) and every problem is reported per item; when any item fails, nothing is written.
 * Known codes are updated, new ones created; categories missing from the file are left alone.
 */
export async function importCategories(deps: Deps, actor: Actor, items: unknown[], locale: Locale) {
  if (!taxonomyPolicy.canEdit(actor.scope)) throw new AppError('FORBIDDEN');
  const problems = new Map<number, Problem>();
  const problem = (index: number, code: string | null, errorCode: string, field?: string) => {
    const p = problems.get(index) ?? { index, code, errors: [] };
    const message = CATEGORY_IMPORT_MESSAGES[errorCode]?.[locale] ?? errorCode;
    p.errors.push({ code: errorCode, ...(field === undefined ? {} : { field }), message });
    problems.set(index, p);
  };

  const parsed: Array<{ index: number; item: CategoryTransfer }> = [];
  const seen = new Set<string>();
  items.forEach((raw, index) => {
    const result = CategoryTransfer.safeParse(raw);
    if (!result.success) {
      const rawCode = (raw as { code?: unknown } | null)?.code;
      const code = typeof rawCode === 'string' ? rawCode : null;
      for (const issue of result.error.issues) problem(index, code, 'FIELD_INVALID', issue.path.join('.'));
      return;
    }
    const item = { ...result.data, assistDepartments: [...new Set(result.data.assistDepartments)] };
    if (seen.has(item.code)) problem(index, item.code, 'DUPLICATE_CODE_IN_FILE', 'code');
    seen.add(item.code);
    if (CLASS_CODE.test(item.code) !== (item.kind === 'class'))
      problem(index, item.code, 'CODE_KIND_MISMATCH', 'kind');
    if (item.kind === 'class' && item.parentCode !== null)
      problem(index, item.code, 'CLASS_HAS_PARENT', 'parentCode');
    if (item.kind !== 'class' && item.parentCode === null)
      problem(index, item.code, 'PARENT_REQUIRED', 'parentCode');
    parsed.push({ index, item });
  });

  const result = await deps.db.transaction(async (tx) => {
    // Serialises imports, so that the comparison below holds until the write.
    await tx.execute(sql`LOCK TABLE case_category IN SHARE ROW EXCLUSIVE MODE`);
    const existing = new Map((await selectCategories(tx)).map((c) => [c.code, toTransfer(c)]));
    const classes = new Set([...existing.values()].filter((c) => c.kind === 'class').map((c) => c.code));
    for (const { item } of parsed) {
      if (item.kind === 'class') classes.add(item.code);
    }
    const known = await departmentCodes(tx, taxonomyPolicy.editDistricts(actor.scope));
    for (const { index, item } of parsed) {
      if (item.parentCode !== null && item.kind !== 'class' && !classes.has(item.parentCode))
        problem(index, item.code, 'PARENT_UNKNOWN', 'parentCode');
      for (const p of routingProblems(item, known)) problem(index, item.code, p.code, p.field);
    }
    if (problems.size > 0) {
      const list = [...problems.values()].sort((a, b) => a.index - b.index);
      throw new AppError('TAXONOMY_IMPORT_INVALID', { items: list }, { count: list.length });
    }

    const created: string[] = [];
    const updated: string[] = [];
    const changed: CategoryTransfer[] = [];
    for (const { item } of parsed) {
      const was = existing.get(item.code);
      if (!was) created.push(item.code);
      else if (JSON.stringify(toColumns(was)) !== JSON.stringify(toColumns(item))) updated.push(item.code);
      else continue;
      changed.push(item);
    }
    const at = deps.clock.now();
    if (changed.length > 0) {
      const excluded = (column: string) => sql.raw(`excluded.${column}`);
      const { code: _, ...columns } = getTableColumns(t);
      await tx
        .insert(t)
        .values(changed.map((c) => ({ ...toColumns(c), updatedAt: at })))
        .onConflictDoUpdate({
          target: t.code,
          set: Object.fromEntries(Object.entries(columns).map(([key, col]) => [key, excluded(col.name)])),
        });
    }
    const summary = {
      total: parsed.length,
      created: created.length,
      updated: updated.length,
      unchanged: parsed.length - created.length - updated.length,
    };
    await recordAudit(tx, actor, at, {
      action: 'case_category.import',
      entityType: 'case_category',
      after: { ...summary, createdCodes: created, updatedCodes: updated },
    });
    return summary;
  });
  // After the commit: intake's cached classifier must see the change.
  invalidateCategories();
  return result;
}
