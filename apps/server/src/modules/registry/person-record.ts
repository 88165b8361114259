import { diffFields, type FieldChange, maskAnyPhone, maskIdNumber, type Person } from '@wangge/domain';
import type { Config } from '../../config.ts';
import { encryptPii } from '../../lib/pii-crypto.ts';
import { idNumberHash, phoneHash } from './pii.ts';

/** The person's columns in the database (snake_case), from a validated person and where they live. */
export function personColumns(config: Config, p: Person) {
  return withCiphertexts(config, p, unsealedPersonColumns(config, p));
}

/**
 * The columns with blind indexes and masks but no ciphertexts yet (''): what comparing needs. An
 * import seals only the rows it writes: re-importing 100,000 unchanged people encrypts nothing.
 */
export function unsealedPersonColumns(config: Config, p: Person) {
  const id = { enc: '', hash: idNumberHash(config, p.idType, p.idNumber), mask: maskIdNumber(p.idNumber) };
  const phone = p.phone ? { enc: '', hash: phoneHash(config, p.phone), mask: maskAnyPhone(p.phone) } : null;
  return {
    name: p.name,
    former_name: p.formerName,
    id_type: p.idType,
    id_number_enc: id.enc,
    id_number_hash: id.hash,
    id_number_mask: id.mask,
    sex: p.sex,
    birth_date: p.birthDate,
    ethnicity: p.ethnicity,
    native_place: p.nativePlace,
    marital_status: p.maritalStatus,
    political_status: p.politicalStatus,
    party_member: p.partyMember,
    education: p.education,
    religion: p.religion,
    occupation: p.occupation,
    workplace: p.workplace,
    phone_enc: phone?.enc ?? null,
    phone_hash: phone?.hash ?? null,
    phone_mask: phone?.mask ?? null,
    hukou_place: p.hukouPlace,
    hukou_address: p.hukouAddress,
    current_address: p.currentAddress,
    residency_type: p.residencyType,
    hukou_consistent: p.hukouConsistent,
    migrant_reason: p.migrantReason,
    permit_type: p.permitType,
    permit_start: p.permitStart,
    permit_end: p.permitEnd,
    nationality: p.nationality,
    foreign_name: p.foreignName,
  };
}
export type PersonColumns = ReturnType<typeof unsealedPersonColumns>;

/** The same columns with the numbers encrypted (AES-256-GCM, a fresh IV each). */
export function withCiphertexts(config: Config, p: Person, columns: PersonColumns): PersonColumns {
  return {
    ...columns,
    id_number_enc: encryptPii(config, 'id_number', p.idNumber),
    phone_enc: p.phone ? encryptPii(config, 'phone', p.phone) : null,
  };
}

/** Everything the history compares, without ciphertexts (their random IVs differ every time). */
const COMPARED = [
  'name',
  'former_name',
  'id_type',
  'id_number_hash',
  'sex',
  'birth_date',
  'ethnicity',
  'native_place',
  'marital_status',
  'political_status',
  'party_member',
  'education',
  'religion',
  'occupation',
  'workplace',
  'phone_hash',
  'hukou_place',
  'hukou_address',
  'current_address',
  'residency_type',
  'hukou_consistent',
  'migrant_reason',
  'permit_type',
  'permit_start',
  'permit_end',
  'nationality',
  'foreign_name',
  'grid_id',
  'room_id',
  'household_id',
  'relation_to_head',
] as const;

export type PersonSnapshot = Partial<
  Record<(typeof COMPARED)[number] | 'id_number_mask' | 'phone_mask', unknown>
>;

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The changes between two states of a person, as the history keeps them: field names in the API's
 * camelCase, personal numbers compared by their blind index and shown as masks (never in the clear).
 * An empty list means nothing changed (a re-import of the same row writes nothing).
 */
export function personChanges(before: PersonSnapshot | null, after: PersonSnapshot): FieldChange[] {
  const pick = (s: PersonSnapshot | null) =>
    s ? Object.fromEntries(COMPARED.map((k) => [k, normalise(s[k])])) : null;
  const changes = diffFields(pick(before), pick(after) as Record<string, unknown>);
  return changes.map((c) => {
    if (c.field === 'id_number_hash')
      return {
        field: 'idNumber',
        old: before?.id_number_mask ?? null,
        new: after.id_number_mask ?? null,
        masked: true,
      };
    if (c.field === 'phone_hash')
      return { field: 'phone', old: before?.phone_mask ?? null, new: after.phone_mask ?? null, masked: true };
    return { ...c, field: camel(c.field) };
  });
}

/** Dates come back from the database as strings or Dates depending on the driver: compare as YYYY-MM-DD. */
function normalise(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v ?? null;
}

/** The person's number hashes for de-duplication, without encrypting (imports look up first). */
export const personKeys = (config: Config, p: Person) => ({
  idNumberHash: idNumberHash(config, p.idType, p.idNumber),
  phoneHash: p.phone ? phoneHash(config, p.phone) : null,
});
