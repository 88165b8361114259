import { hasAnyRole, pathsWithRole, type Role, type Scope, STAFF_ROLES } from '@wangge/domain';

/** Every staff role reads the taxonomy: dispatching, handling and reporting all pick categories. */
const TAXONOMY_READERS: readonly Role[] = STAFF_ROLES;
/** The taxonomy is one table for the whole deployment: only administrators change it. */
const TAXONOMY_EDITORS: readonly Role[] = ['admin'];

export const taxonomyPolicy = {
  canRead: (scope: Scope) => hasAnyRole(scope, TAXONOMY_READERS),
  canEdit: (scope: Scope) => hasAnyRole(scope, TAXONOMY_EDITORS),
  /** The districts whose departments an editor may name as lead or assistant. */
  editDistricts: (scope: Scope) => [
    ...new Set(pathsWithRole(scope, TAXONOMY_EDITORS).map((p) => p.split('.')[0]!)),
  ],
};
