import { CASE_READERS, pathsWithRole, type Role, type Scope } from '@wangge/domain';

/**
 * A case's files are seen by whoever sees the case: the case readers inside their territory
 * (CASE_READERS), and department handlers on the cases assigned to their department.
 */
const CASE_FILE_READERS: readonly Role[] = CASE_READERS;
const DEPARTMENT_READERS: readonly Role[] = ['departmentHandler'];

/**
 * Uploading: any signed-in user (residents attach photos to their reports). Attaching a file to a
 * case: only its uploader. Reading: the uploader, or staff who can see a case the file is attached
 * to; anyone else is told the file does not exist.
 */
export const filesPolicy = {
  readPaths: (scope: Scope) => pathsWithRole(scope, CASE_FILE_READERS),
  readDepartments: (scope: Scope) => [
    ...new Set(
      scope.grants
        .filter((g) => DEPARTMENT_READERS.includes(g.role) && g.departmentId)
        .map((g) => g.departmentId!),
    ),
  ],
  isUploader: (userId: string | null, file: { uploaderId: string | null }) =>
    userId !== null && file.uploaderId === userId,
};
