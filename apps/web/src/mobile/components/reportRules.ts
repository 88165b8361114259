import type { PickedLocation } from './location.ts';

// The contract's limits (PortalReportRequest), checked here to answer before anything is uploaded.
export const DESCRIPTION_MIN = 5;
export const DESCRIPTION_MAX = 1000;
export const ADDRESS_MAX = 200;

export interface Draft {
  categoryCode: string | null;
  description: string;
  address: string;
  location: PickedLocation | null;
}

export type DraftField = 'category' | 'description' | 'address' | 'location';
export type DraftProblems = Partial<Record<DraftField, 'required' | 'tooShort' | 'tooLong'>>;

/** What is missing or wrong in the form, by field (empty when it can be sent). */
export function checkDraft(draft: Draft): DraftProblems {
  const problems: DraftProblems = {};
  if (!draft.categoryCode) problems.category = 'required';
  const description = draft.description.trim();
  if (!description) problems.description = 'required';
  else if (description.length < DESCRIPTION_MIN) problems.description = 'tooShort';
  else if (description.length > DESCRIPTION_MAX) problems.description = 'tooLong';
  if (draft.address.trim().length > ADDRESS_MAX) problems.address = 'tooLong';
  if (!draft.location) problems.location = 'required';
  return problems;
}
