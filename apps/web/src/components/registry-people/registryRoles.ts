// Which buttons to offer: the roles of the registry's policy (apps/server/src/modules/registry/
// registry.policy.ts). The server decides per record and territory; these only hide what it would
// refuse anyway.

/** Who keeps the registry current. */
export const EDIT_ROLES: ReadonlySet<string> = new Set([
  'admin',
  'subdistrictDispatcher',
  'communityStaff',
  'gridLeader',
  'gridWorker',
]);

/** Spreadsheet exports and imports are office work. */
export const BULK_ROLES: ReadonlySet<string> = new Set(['admin', 'subdistrictDispatcher', 'communityStaff']);

/** Who sees deleted records (awaiting purge) and brings them back. */
export const RESTORE_ROLES: ReadonlySet<string> = new Set([
  'admin',
  'subdistrictDispatcher',
  'communityStaff',
]);

/** Who reads the access report. */
export const AUDIT_ROLES: ReadonlySet<string> = new Set(['admin']);
