import { pathsWithRole, type Role, type Scope } from '@wangge/domain';

/**
 * Staff who see the files of the cases inside their territory: the territory readers of the org
 * policy, except department handlers, whose grants span their whole jurisdiction; they see the
 * files of the cases assigned to their department instead.
 */
const CASE_FILE_READERS: readonly Role[] = [
  'admin',
  'leader',
  'subdistrictDispatcher',
  'hotlineOperator',
  'communityStaff',
  'gridLeader',
  'gridWorker',
  'buildingLeader',
  'unitLeader',
  'mediator',
];
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
