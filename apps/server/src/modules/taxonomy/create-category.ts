import type { CategoryCreate, CategoryTransfer } from '@wangge/contracts';
import { schema } from '@wangge/db';
import { AppError } from '../../http/errors.ts';
import type { Actor, Deps } from '../../http/types.ts';
import { recordAudit } from '../audit/index.ts';
import { departmentCodes, findCategory, toColumns } from './category.repo.ts';
import { invalidateCategories } from './category-cache.ts';
import { taxonomyPolicy } from './taxonomy.policy.ts';
import { assertRouting, routingProblems, uniqueAssistants } from './validate-category.ts';

/** Local categories are marked so that an export shows what a deployment added. */
export const LOCAL_SOURCE = 'local';

/** Adds a local item under an existing class (a GB/T matter missing here, or an item of our own). */
export async function createCategory(deps: Deps, actor: Actor, input: CategoryCreate) {
  if (!taxonomyPolicy.canEdit(actor.scope)) throw new AppError('FORBIDDEN');
  const result = await deps.db.transaction(async (tx) => {
    if (await findCategory(tx, input.code)) {
      throw new AppError('TAXONOMY_CODE_TAKEN', undefined, { code: input.code });
    }
    const parent = await findCategory(tx, input.parentCode);
    if (parent?.kind !== 'class') {
      throw new AppError('TAXONOMY_PARENT_UNKNOWN', undefined, { code: input.parentCode });
    }
    const row: CategoryTransfer = {
      ...input,
      source: LOCAL_SOURCE,
      keywords: [...new Set(input.keywords)],
      assistDepartments: uniqueAssistants(input.assistDepartments),
    };
    const known = await departmentCodes(tx, taxonomyPolicy.editDistricts(actor.scope));
    assertRouting(routingProblems(row, known));
    const at = deps.clock.now();
    // A concurrent create of the same code loses here rather than with a key violation.
    const inserted = await tx
      .insert(schema.caseCategory)
      .values({ ...toColumns(row), updatedAt: at })
      .onConflictDoNothing()
      .returning({ code: schema.caseCategory.code });
    if (inserted.length === 0) throw new AppError('TAXONOMY_CODE_TAKEN', undefined, { code: row.code });
    await recordAudit(tx, actor, at, {
      action: 'case_category.create',
      entityType: 'case_category',
      entityId: row.code,
      after: row,
    });
    return (await findCategory(tx, row.code))!;
  });
  // After the commit: intake's cached classifier must see the change.
  invalidateCategories();
  return result;
}
