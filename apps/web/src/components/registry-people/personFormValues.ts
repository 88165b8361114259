import type { PersonDraft } from '@wangge/domain/registry';
import { RESIDENT_ID_CARD } from '@wangge/domain/registry';
import dayjs, { type Dayjs } from 'dayjs';
import type { PersonView } from '../../api/registry.ts';

export type ResidencyType = 'registered' | 'migrant' | 'overseas';

/** The person form's values (dates as dayjs for the pickers, the place as separate fields). */
export interface PersonFormValues {
  residencyType?: ResidencyType;
  name?: string;
  formerName?: string;
  idType?: string;
  /** On an edit, left empty to keep the stored number (the browser only has its mask). */
  idNumber?: string;
  sex?: string;
  birthDate?: Dayjs | null;
  ethnicity?: string;
  /** On an edit, left empty to keep the stored phone. */
  phone?: string;
  /** On an edit: remove the stored phone (sent as phone: null). */
  removePhone?: boolean;
  politicalStatus?: string;
  maritalStatus?: string;
  education?: string;
  religion?: string;
  occupation?: string;
  workplace?: string;
  nativePlace?: string;
  hukouPlace?: string;
  hukouAddress?: string;
  currentAddress?: string;
  hukouConsistent?: boolean | null;
  migrantReason?: string;
  permitType?: string;
  permitStart?: Dayjs | null;
  permitEnd?: Dayjs | null;
  nationality?: string;
  foreignName?: string;
  gridCode?: string;
  buildingCode?: string;
  unitNo?: number;
  roomNo?: string;
  relationToHead?: string;
}

/** Fields of one residency type only; the others' are not sent (the rules refuse them). */
export const TYPE_FIELDS: Record<ResidencyType, readonly (keyof PersonFormValues)[]> = {
  registered: ['hukouConsistent'],
  migrant: ['migrantReason', 'permitType', 'permitStart', 'permitEnd'],
  overseas: ['idType', 'nationality', 'foreignName'],
};

const COMMON_TEXT = [
  'name',
  'formerName',
  'idNumber',
  'sex',
  'ethnicity',
  'phone',
  'politicalStatus',
  'maritalStatus',
  'education',
  'religion',
  'occupation',
  'workplace',
  'nativePlace',
  'hukouPlace',
  'hukouAddress',
  'currentAddress',
] as const;

const text = (v: string | undefined | null): string | null => {
  const t = v?.trim();
  return t ? t : null;
};
const day = (v: Dayjs | null | undefined): string | null => (v ? v.format('YYYY-MM-DD') : null);

/** The form's person fields as the domain rules take them (blank as null, other types' fields left out). */
export function toDraft(v: PersonFormValues): PersonDraft {
  const draft: PersonDraft = { name: text(v.name), residencyType: v.residencyType ?? null };
  for (const key of COMMON_TEXT) draft[key] = text(v[key]);
  draft.birthDate = day(v.birthDate);
  if (v.residencyType === 'registered') {
    draft.idType = RESIDENT_ID_CARD;
    draft.hukouConsistent = v.hukouConsistent ?? null;
  } else if (v.residencyType === 'migrant') {
    draft.idType = RESIDENT_ID_CARD;
    draft.migrantReason = text(v.migrantReason);
    draft.permitType = text(v.permitType);
    draft.permitStart = day(v.permitStart);
    draft.permitEnd = day(v.permitEnd);
  } else if (v.residencyType === 'overseas') {
    draft.idType = text(v.idType);
    draft.nationality = text(v.nationality)?.toUpperCase() ?? null;
    draft.foreignName = text(v.foreignName);
  }
  return draft;
}

/**
 * An edit whose ID number was left empty keeps the stored one. For a resident ID card the stored
 * number says the sex and birth date: the form neither changes nor sends them, the server derives them.
 */
export function keepsIdNumber(v: PersonFormValues, original: PersonView | null): boolean {
  return original !== null && text(v.idNumber) === null;
}

/** The kept number is a resident ID card's (the person was and stays a citizen). */
export function keepsIdCard(v: PersonFormValues, original: PersonView | null): boolean {
  return (
    keepsIdNumber(v, original) && v.residencyType !== 'overseas' && original?.residencyType !== 'overseas'
  );
}

/**
 * The edit changes the type of identity document. A kept number must stay the number of the same type
 * of document: a passport number is no ID card number.
 */
export function idTypeChanged(v: PersonFormValues, original: PersonView | null): boolean {
  if (!original) return false;
  const now = v.residencyType === 'overseas' ? (text(v.idType) ?? '') : RESIDENT_ID_CARD;
  return now !== original.idType;
}

/**
 * The draft the browser checks and sends: on an edit without a new ID number the number (and, for an
 * ID card, the sex and birth date it says) is left out.
 */
export function toEditDraft(v: PersonFormValues, original: PersonView | null): PersonDraft {
  const draft = toDraft(v);
  if (!original) return draft;
  if (keepsIdNumber(v, original)) draft.idNumber = undefined;
  if (keepsIdCard(v, original)) {
    draft.sex = undefined;
    draft.birthDate = undefined;
  }
  if (v.removePhone) draft.phone = null;
  return draft;
}

/**
 * The request body: the draft's fields (only those with a value: the server treats absent and null
 * alike, except on an edit for the ID number and phone, where absent keeps the stored number and
 * `phone: null` removes the phone) and the place. The household link stays only while the person
 * stays in the same room.
 */
export function toBody(v: PersonFormValues, original: PersonView | null): Record<string, unknown> {
  const draft = toEditDraft(v, original);
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(draft))
    if (value !== null && value !== undefined) body[key] = value;
  if (original && v.removePhone) body.phone = null;
  if (v.gridCode) body.gridCode = v.gridCode;
  if (v.buildingCode) {
    body.room = {
      buildingCode: v.buildingCode,
      unitNo: v.unitNo,
      roomNo: text(v.roomNo)?.toUpperCase() ?? '',
    };
  }
  const address = original?.address;
  const sameRoom =
    address &&
    v.buildingCode === address.buildingCode &&
    v.unitNo === address.unitNo &&
    text(v.roomNo)?.toUpperCase() === address.roomNo;
  if (original?.householdId && sameRoom) {
    body.householdId = original.householdId;
    if (v.relationToHead) body.relationToHead = v.relationToHead;
  }
  return body;
}

/** A stored record as form values; the ID number and phone start empty (kept unless typed). */
export function fromView(p: PersonView): PersonFormValues {
  const d = (s: string | null) => (s ? dayjs(s) : null);
  const s = (x: string | null) => x ?? undefined;
  return {
    residencyType: p.residencyType,
    name: p.name,
    formerName: s(p.formerName),
    idType: p.idType,
    sex: s(p.sex),
    birthDate: d(p.birthDate),
    ethnicity: s(p.ethnicity),
    politicalStatus: s(p.politicalStatus),
    maritalStatus: s(p.maritalStatus),
    education: s(p.education),
    religion: s(p.religion),
    occupation: s(p.occupation),
    workplace: s(p.workplace),
    nativePlace: s(p.nativePlace),
    hukouPlace: s(p.hukouPlace),
    hukouAddress: s(p.hukouAddress),
    currentAddress: s(p.currentAddress),
    hukouConsistent: p.hukouConsistent,
    migrantReason: s(p.migrantReason),
    permitType: s(p.permitType),
    permitStart: d(p.permitStart),
    permitEnd: d(p.permitEnd),
    nationality: s(p.nationality),
    foreignName: s(p.foreignName),
    gridCode: p.grid.code,
    buildingCode: p.address?.buildingCode,
    unitNo: p.address?.unitNo,
    roomNo: p.address?.roomNo,
    relationToHead: s(p.relationToHead),
  };
}

/** Where a body path's problem shows in the form (the room's parts are separate fields). */
export function fieldOfPath(path: PropertyKey[]): string[] | null {
  const [head, sub] = path.map(String);
  if (!head) return null;
  if (head === 'room')
    return [sub === 'buildingCode' ? 'buildingCode' : sub === 'unitNo' ? 'unitNo' : 'roomNo'];
  if (head === 'version' || head === 'householdId') return null;
  return [head];
}
