import { rows, type Tx } from '@wangge/db';
import { canSeeTag, type Role } from '@wangge/domain';
import { sql } from 'drizzle-orm';

export interface CareTagRow {
  code: string;
  name_zh: string;
  name_en: string;
  visit_every_days: number;
  visible_to: string[];
}

/** The care groups (a handful of rows, read per request: an admin's edit applies at once). */
export const loadCareTags = (tx: Tx) =>
  rows<CareTagRow>(
    tx,
    sql`SELECT code, name_zh, name_en, visit_every_days, visible_to FROM care_tag ORDER BY sort, code`,
  );

/** The codes of the tags someone holding `roles` may see. */
export const visibleTagCodes = (tags: readonly CareTagRow[], roles: readonly Role[]) =>
  tags.filter((t) => canSeeTag(roles, t.visible_to)).map((t) => t.code);
