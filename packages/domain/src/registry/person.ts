import { isProvincePrefix } from '../codes/division-code.ts';
import { validateIdNumber } from '../codes/id-number.ts';
import {
  codeOf,
  type DictionaryName,
  PARTY_MEMBER_STATUSES,
  RESIDENT_ID_CARD,
  type ResidencyType,
} from './dictionaries.ts';
import { normalizePhone } from './phone.ts';

/**
 * A person of the registry (实有人口) as entered in a form or a spreadsheet row, before the rules:
 * every field a string or null (dictionary fields as a code or a label), booleans as booleans.
 * The rules make it a `Person`: codes normalised, birth date and sex taken from the ID card number,
 * the fields a residency type needs present, the fields it does not have cleared.
 */
export interface PersonDraft {
  name: string | null;
  formerName?: string | null;
  idType?: string | null;
  idNumber?: string | null;
  sex?: string | null;
  birthDate?: string | null;
  ethnicity?: string | null;
  nativePlace?: string | null;
  maritalStatus?: string | null;
  politicalStatus?: string | null;
  education?: string | null;
  religion?: string | null;
  occupation?: string | null;
  workplace?: string | null;
  phone?: string | null;
  hukouPlace?: string | null;
  hukouAddress?: string | null;
  currentAddress?: string | null;
  residencyType: string | null;
  hukouConsistent?: boolean | null;
  migrantReason?: string | null;
  permitType?: string | null;
  permitStart?: string | null;
  permitEnd?: string | null;
  nationality?: string | null;
  foreignName?: string | null;
}

export interface Person {
  name: string;
  formerName: string | null;
  idType: string;
  idNumber: string;
  sex: string | null;
  birthDate: string | null;
  ethnicity: string | null;
  nativePlace: string | null;
  maritalStatus: string | null;
  politicalStatus: string | null;
  partyMember: boolean;
  education: string | null;
  religion: string | null;
  occupation: string | null;
  workplace: string | null;
  phone: string | null;
  hukouPlace: string | null;
  hukouAddress: string | null;
  currentAddress: string | null;
  residencyType: ResidencyType;
  hukouConsistent: boolean | null;
  migrantReason: string | null;
  permitType: string | null;
  permitStart: string | null;
  permitEnd: string | null;
  nationality: string | null;
  foreignName: string | null;
}

export type PersonField = keyof PersonDraft;

/** Why a field was refused; the API and the import report translate these codes. */
export type PersonErrorCode =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'CODE_UNKNOWN'
  | 'DATE_INVALID'
  | 'DIVISION_CODE_INVALID'
  | 'PHONE_INVALID'
  | 'ID_NUMBER_MALFORMED'
  | 'ID_NUMBER_ADDRESS_INVALID'
  | 'ID_NUMBER_BIRTH_DATE_INVALID'
  | 'ID_NUMBER_BIRTH_DATE_FUTURE'
  | 'ID_NUMBER_CHECKSUM'
  | 'ID_TYPE_NOT_ALLOWED'
  | 'SEX_MISMATCH'
  | 'BIRTH_DATE_MISMATCH'
  | 'PERMIT_DATES_ORDER'
  | 'NATIONALITY_INVALID'
  | 'NOT_APPLICABLE';

export interface FieldError<F extends string = PersonField> {
  field: F;
  code: PersonErrorCode;
}

export type PersonResult = { ok: true; person: Person } | { ok: false; errors: FieldError[] };

export const PERSON_TEXT_LIMITS = {
  name: 50,
  formerName: 50,
  foreignName: 100,
  occupation: 50,
  workplace: 100,
  hukouAddress: 200,
  currentAddress: 200,
  idNumber: 30,
} as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NATIONALITY = /^[A-Z]{3}$/;

const blank = (v: string | null | undefined): v is null | undefined => v == null || v.trim() === '';

function isIsoDate(v: string): boolean {
  if (!ISO_DATE.test(v)) return false;
  const [y, m, d] = v.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1800;
}

/** Applies every rule of a person record; `today` bounds birth dates. All errors are listed, not the first. */
export function validatePerson(draft: PersonDraft, today: Date): PersonResult {
  const errors: FieldError[] = [];
  const fail = (field: PersonField, code: PersonErrorCode) => errors.push({ field, code });

  const text = (field: keyof typeof PERSON_TEXT_LIMITS & PersonField, required = false): string | null => {
    const v = draft[field] as string | null | undefined;
    if (blank(v)) {
      if (required) fail(field, 'REQUIRED');
      return null;
    }
    const t = v.trim().replace(/\s+/g, ' ');
    if (t.length > PERSON_TEXT_LIMITS[field]) fail(field, 'TOO_LONG');
    return t;
  };
  const dict = (field: PersonField, name: DictionaryName, required = false): string | null => {
    const v = draft[field] as string | null | undefined;
    if (blank(v)) {
      if (required) fail(field, 'REQUIRED');
      return null;
    }
    const code = codeOf(name, v);
    if (code === undefined) fail(field, 'CODE_UNKNOWN');
    return code ?? null;
  };
  const date = (field: PersonField): string | null => {
    const v = draft[field] as string | null | undefined;
    if (blank(v)) return null;
    if (!isIsoDate(v.trim())) {
      fail(field, 'DATE_INVALID');
      return null;
    }
    return v.trim();
  };
  const division = (field: PersonField): string | null => {
    const v = draft[field] as string | null | undefined;
    if (blank(v)) return null;
    const t = v.trim();
    if (!/^\d{6}$/.test(t) || !isProvincePrefix(t.slice(0, 2))) fail(field, 'DIVISION_CODE_INVALID');
    return t;
  };

  const name = text('name', true);
  const residencyType = dict('residencyType', 'residencyType', true) as ResidencyType | null;
  const idType = dict('idType', 'idDocumentType') ?? (residencyType === 'overseas' ? null : RESIDENT_ID_CARD);
  let idNumber = text('idNumber', true);
  let sex = dict('sex', 'sex');
  let birthDate = date('birthDate');
  if (birthDate && birthDate > new Date(today.getTime() + 8 * 3600_000).toISOString().slice(0, 10))
    fail('birthDate', 'DATE_INVALID');

  // Chinese citizens living here are identified by their resident ID card; overseas persons never are.
  if (residencyType && idType) {
    const citizen = residencyType !== 'overseas';
    if (citizen !== (idType === RESIDENT_ID_CARD)) fail('idType', 'ID_TYPE_NOT_ALLOWED');
  }
  if (residencyType === 'overseas' && !idType) fail('idType', 'REQUIRED');

  if (idNumber && idType === RESIDENT_ID_CARD) {
    const id = validateIdNumber(idNumber, today);
    if (!id.ok) fail('idNumber', id.error);
    else {
      idNumber = id.idNumber;
      const idSex = id.sex === 'male' ? '1' : '2';
      if (sex && (sex === '1' || sex === '2') && sex !== idSex) fail('sex', 'SEX_MISMATCH');
      if (birthDate && birthDate !== id.birthDate) fail('birthDate', 'BIRTH_DATE_MISMATCH');
      sex = idSex;
      birthDate = id.birthDate;
    }
  } else if (idNumber) {
    idNumber = idNumber.toUpperCase().replace(/\s/g, '');
  }

  let phone: string | null = null;
  if (!blank(draft.phone)) {
    const p = normalizePhone(draft.phone);
    if (p.ok) phone = p.phone;
    else fail('phone', 'PHONE_INVALID');
  }

  const politicalStatus = dict('politicalStatus', 'politicalStatus');
  const person: Person = {
    name: name ?? '',
    formerName: text('formerName'),
    idType: idType ?? '',
    idNumber: idNumber ?? '',
    sex,
    birthDate,
    ethnicity: dict('ethnicity', 'ethnicity'),
    nativePlace: division('nativePlace'),
    maritalStatus: dict('maritalStatus', 'maritalStatus'),
    politicalStatus,
    partyMember: politicalStatus !== null && PARTY_MEMBER_STATUSES.includes(politicalStatus),
    education: dict('education', 'education'),
    religion: dict('religion', 'religion'),
    occupation: text('occupation'),
    workplace: text('workplace'),
    phone,
    hukouPlace: division('hukouPlace'),
    hukouAddress: text('hukouAddress'),
    currentAddress: text('currentAddress'),
    residencyType: residencyType ?? 'registered',
    hukouConsistent: null,
    migrantReason: null,
    permitType: null,
    permitStart: null,
    permitEnd: null,
    nationality: null,
    foreignName: null,
  };

  // The fields of each residency type (GB/T 31000 subtypes); another type's fields are refused, not
  // silently dropped, so a spreadsheet with a wrong type column is noticed.
  const others = (fields: PersonField[]) => {
    for (const f of fields) {
      const v = draft[f];
      if (v != null && !(typeof v === 'string' && v.trim() === '')) fail(f, 'NOT_APPLICABLE');
    }
  };
  const migrantFields: PersonField[] = ['migrantReason', 'permitType', 'permitStart', 'permitEnd'];
  const overseasFields: PersonField[] = ['nationality', 'foreignName'];
  if (residencyType === 'registered') {
    person.hukouConsistent = draft.hukouConsistent ?? null;
    others([...migrantFields, ...overseasFields]);
  } else if (residencyType === 'migrant') {
    person.migrantReason = dict('migrantReason', 'migrantReason', true);
    person.permitType = dict('permitType', 'permitType');
    person.permitStart = date('permitStart');
    person.permitEnd = date('permitEnd');
    if (person.permitStart && person.permitEnd && person.permitEnd < person.permitStart)
      fail('permitEnd', 'PERMIT_DATES_ORDER');
    if (draft.hukouConsistent != null) fail('hukouConsistent', 'NOT_APPLICABLE');
    others(overseasFields);
  } else if (residencyType === 'overseas') {
    const nat = blank(draft.nationality) ? null : draft.nationality.trim().toUpperCase();
    if (!nat) fail('nationality', 'REQUIRED');
    else if (!NATIONALITY.test(nat)) fail('nationality', 'NATIONALITY_INVALID');
    person.nationality = nat;
    person.foreignName = text('foreignName');
    if (draft.hukouConsistent != null) fail('hukouConsistent', 'NOT_APPLICABLE');
    others(migrantFields);
  }

  return errors.length > 0 ? { ok: false, errors } : { ok: true, person };
}
