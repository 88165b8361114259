import { validateIdNumber } from '../codes/id-number.ts';
import { codeOf } from './dictionaries.ts';
import type { FieldError, PersonErrorCode } from './person.ts';
import { normalizePhone } from './phone.ts';
import { validateUscc } from './uscc.ts';

/** An organisation (单位、企业、社会组织、物业、业委会) as entered, before the rules. */
export interface OrganisationDraft {
  name: string | null;
  kind: string | null;
  uscc?: string | null;
  legalRepName?: string | null;
  legalRepIdNumber?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  address?: string | null;
  employees?: number | null;
  hasPartyOrg?: boolean | null;
  partyMembers?: number | null;
}

export interface Organisation {
  name: string;
  kind: string;
  uscc: string | null;
  legalRepName: string | null;
  legalRepIdNumber: string | null;
  contactName: string | null;
  contactPhone: string | null;
  address: string | null;
  employees: number | null;
  hasPartyOrg: boolean;
  partyMembers: number | null;
}

export type OrganisationField = keyof OrganisationDraft;
export type OrganisationErrorCode = PersonErrorCode | 'USCC_MALFORMED' | 'USCC_CHECKSUM' | 'NUMBER_INVALID';

/** Registered bodies have a credit code; owners' committees, public units and others may not yet. */
const NEEDS_USCC = new Set(['company', 'individual', 'social', 'property']);
const LIMITS = { name: 100, legalRepName: 50, contactName: 50, address: 200 } as const;

export function validateOrganisation(
  draft: OrganisationDraft,
  today: Date,
): { ok: true; organisation: Organisation } | { ok: false; errors: FieldError<OrganisationField>[] } {
  const errors: FieldError<OrganisationField>[] = [];
  const fail = (field: OrganisationField, code: OrganisationErrorCode) =>
    errors.push({ field, code: code as PersonErrorCode });
  const text = (field: keyof typeof LIMITS, required = false): string | null => {
    const v = draft[field];
    if (v == null || v.trim() === '') {
      if (required) fail(field, 'REQUIRED');
      return null;
    }
    const t = v.trim().replace(/\s+/g, ' ');
    if (t.length > LIMITS[field]) fail(field, 'TOO_LONG');
    return t;
  };
  const count = (field: 'employees' | 'partyMembers'): number | null => {
    const v = draft[field];
    if (v == null) return null;
    if (!Number.isInteger(v) || v < 0 || v > 1_000_000) fail(field, 'NUMBER_INVALID');
    return v;
  };

  const name = text('name', true);
  let kind: string | null = null;
  if (draft.kind == null || draft.kind.trim() === '') fail('kind', 'REQUIRED');
  else {
    kind = codeOf('orgKind', draft.kind) ?? null;
    if (!kind) fail('kind', 'CODE_UNKNOWN');
  }

  let uscc: string | null = null;
  if (draft.uscc != null && draft.uscc.trim() !== '') {
    const r = validateUscc(draft.uscc);
    if (r.ok) uscc = r.uscc;
    else fail('uscc', r.error);
  } else if (kind && NEEDS_USCC.has(kind)) fail('uscc', 'REQUIRED');

  let legalRepIdNumber: string | null = null;
  if (draft.legalRepIdNumber != null && draft.legalRepIdNumber.trim() !== '') {
    const r = validateIdNumber(draft.legalRepIdNumber.trim(), today);
    if (r.ok) legalRepIdNumber = r.idNumber;
    else fail('legalRepIdNumber', r.error);
  }
  let contactPhone: string | null = null;
  if (draft.contactPhone != null && draft.contactPhone.trim() !== '') {
    const r = normalizePhone(draft.contactPhone);
    if (r.ok) contactPhone = r.phone;
    else fail('contactPhone', r.error);
  }
  const partyMembers = count('partyMembers');
  const hasPartyOrg = draft.hasPartyOrg ?? false;

  const organisation: Organisation = {
    name: name ?? '',
    kind: kind ?? '',
    uscc,
    legalRepName: text('legalRepName'),
    legalRepIdNumber,
    contactName: text('contactName'),
    contactPhone,
    address: text('address'),
    employees: count('employees'),
    hasPartyOrg,
    partyMembers,
  };
  return errors.length > 0 ? { ok: false, errors } : { ok: true, organisation };
}
