import type { CategoryTransfer } from '@wangge/contracts';
import { AppError } from '../../http/errors.ts';

export type RoutingProblem =
  | { code: 'DEPARTMENT_UNKNOWN'; field: 'leadDepartment' | 'assistDepartments'; department: string }
  | { code: 'LEAD_REQUIRED'; field: 'leadDepartment' }
  | { code: 'LEAD_IN_ASSIST'; field: 'assistDepartments' };

type Routing = Pick<CategoryTransfer, 'defaultLevel' | 'leadDepartment' | 'assistDepartments'>;

/**
 * Checks a category's routing: named departments must exist in the editor's district, a
 * department-level category needs a lead (the whistle goes to someone), and the lead does not also
 * assist. `changed` limits the department check to the fields being set, so that a deployment
 * without one of the default departments can still edit other fields of such a category.
 */
export function routingProblems(
  r: Routing,
  known: ReadonlySet<string>,
  changed: { lead: boolean; assist: boolean } = { lead: true, assist: true },
): RoutingProblem[] {
  const out: RoutingProblem[] = [];
  if (changed.lead && r.leadDepartment !== null && !known.has(r.leadDepartment))
    out.push({ code: 'DEPARTMENT_UNKNOWN', field: 'leadDepartment', department: r.leadDepartment });
  if (changed.assist)
    for (const d of new Set(r.assistDepartments))
      if (!known.has(d)) out.push({ code: 'DEPARTMENT_UNKNOWN', field: 'assistDepartments', department: d });
  if (r.defaultLevel === 'department' && r.leadDepartment === null)
    out.push({ code: 'LEAD_REQUIRED', field: 'leadDepartment' });
  if (r.leadDepartment !== null && r.assistDepartments.includes(r.leadDepartment))
    out.push({ code: 'LEAD_IN_ASSIST', field: 'assistDepartments' });
  return out;
}

/** Repeated assistants collapse to one, in the order given. */
export const uniqueAssistants = (list: readonly string[]) => [...new Set(list)];

const ERROR_OF: Record<RoutingProblem['code'], string> = {
  DEPARTMENT_UNKNOWN: 'TAXONOMY_DEPARTMENT_UNKNOWN',
  LEAD_REQUIRED: 'TAXONOMY_LEAD_REQUIRED',
  LEAD_IN_ASSIST: 'TAXONOMY_LEAD_IN_ASSIST',
};

/** Throws the first problem as its error, with all of them in the details. */
export function assertRouting(problems: RoutingProblem[]) {
  const first = problems[0];
  if (!first) return;
  throw new AppError(
    ERROR_OF[first.code],
    { problems },
    first.code === 'DEPARTMENT_UNKNOWN' ? { code: first.department } : undefined,
  );
}
