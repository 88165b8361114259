import type { PiiField } from './pii-crypto.ts';

/** A column holding `encryptPii` values, and the primary key (uuid) that names its rows. */
export interface EncryptedColumn {
  table: string;
  key: string;
  column: string;
  field: PiiField;
}

/**
 * Every column that stores encrypted personal data MUST be listed here: `wangge pii rotate` re-encrypts
 * only these, and `wangge pii status` counts only these, so an unlisted column would keep values under
 * an old key that is then removed, and become unreadable. A test checks that every `*_enc` column of
 * the schema is here.
 */
export const ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = [
  { table: 'person', key: 'id', column: 'id_number_enc', field: 'id_number' },
  { table: 'person', key: 'id', column: 'phone_enc', field: 'phone' },
  { table: 'organisation', key: 'id', column: 'legal_rep_id_enc', field: 'id_number' },
  { table: 'organisation', key: 'id', column: 'contact_phone_enc', field: 'phone' },
  { table: 'room', key: 'id', column: 'owner_phone_enc', field: 'phone' },
];
