import type { CategoryTransfer, CategoryUpdate } from '@wangge/contracts';
import { schema } from '@wangge/db';
import { eq } from 'drizzle-orm';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/index.ts';
import { departmentCodes, findCategory, toColumns, toTransfer } from './category.repo.ts';
import { invalidateCategories } from './category-cache.ts';
import { taxonomyPolicy } from './taxonomy.policy.ts';
import { assertRouting, routingProblems, uniqueAssistants } from './validate-category.ts';

/**
 * Changes a category's editable fields (PATCH: only those given; limits stage by stage). The code,
 * class, kind and source stay. Checked before writing; written with its audit record, before and after.
 */
export async function updateCategory(deps: Deps, actor: Actor, code: string, patch: CategoryUpdate) {
  if (!taxonomyPolicy.canEdit(actor.scope)) throw new AppError('FORBIDDEN');
  const result = await deps.db.transaction(async (tx) => {
    const current = await findCategory(tx, code, true);
    if (!current) throw new AppError('TAXONOMY_CATEGORY_NOT_FOUND');
    const before = toTransfer(current);
    const after: CategoryTransfer = {
      ...before,
      ...(patch.name === undefined ? {} : { name: patch.name }),
      ...(patch.keywords === undefined ? {} : { keywords: [...new Set(patch.keywords)] }),
      ...(patch.defaultLevel === undefined ? {} : { defaultLevel: patch.defaultLevel }),
      ...(patch.leadDepartment === undefined ? {} : { leadDepartment: patch.leadDepartment }),
      ...(patch.assistDepartments === undefined
        ? {}
        : { assistDepartments: uniqueAssistants(patch.assistDepartments) }),
      ...(patch.autoEscalate === undefined ? {} : { autoEscalate: patch.autoEscalate }),
      ...(patch.active === undefined ? {} : { active: patch.active }),
      limits: { ...before.limits, ...patch.limits },
    };
    const known = await departmentCodes(tx, taxonomyPolicy.editDistricts(actor.scope));
    assertRouting(
      routingProblems(after, known, {
        lead: patch.leadDepartment !== undefined,
        assist: patch.assistDepartments !== undefined,
      }),
    );
    const { code: _, ...columns } = toColumns(after);
    const at = deps.clock.now();
    await tx
      .update(schema.caseCategory)
      .set({ ...columns, updatedAt: at })
      .where(eq(schema.caseCategory.code, code));
    await recordAudit(tx, actor, at, {
      action: 'case_category.update',
      entityType: 'case_category',
      entityId: code,
      before,
      after,
    });
    return (await findCategory(tx, code))!;
  });
  // After the commit: intake's cached classifier must see the change.
  invalidateCategories();
  return result;
}
