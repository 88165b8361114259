import type { DivisionNode, RoleOptions } from '@wangge/contracts';
import type { DepartmentOption } from '../../../api/caseDetail.ts';
import { fetchDepartments } from '../../../api/caseDetail.ts';
import { fetchTree } from '../../../api/org.ts';
import { fetchRoles } from '../../../api/staff.ts';
import { type AsyncState, useAsync } from '../../../hooks/useAsync.ts';
import { useI18n } from '../../../i18n/useT.ts';

export type RoleOption = RoleOptions['items'][number];

/** What the staff forms pick from: roles (named in our language), departments, the division tree. */
export interface StaffOptions {
  roles: RoleOption[];
  departments: DepartmentOption[];
  tree: DivisionNode[];
}

export function useStaffOptions(): AsyncState<StaffOptions> {
  const { locale } = useI18n();
  return useAsync(
    async (signal) => {
      const [roles, departments, tree] = await Promise.all([
        fetchRoles(signal),
        fetchDepartments(signal),
        fetchTree(signal),
      ]);
      return { roles: roles.items, departments: departments.items, tree: tree.roots };
    },
    // Role labels come in the request's language.
    [locale],
  );
}

/** Every community of the tree, in tree order, for filters. */
export function communitiesOf(nodes: DivisionNode[]): DivisionNode[] {
  return nodes.flatMap((n) => (n.level === 'community' ? [n] : communitiesOf(n.children)));
}
