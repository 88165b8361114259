import {
  columnChoices,
  ORGANISATION_COLUMNS,
  PERSON_COLUMNS,
  ROOM_COLUMNS,
  type SheetColumn,
} from '@wangge/domain';
import type { Locale } from '../../../http/errors.ts';
import { type SheetTarget, writeTemplate } from '../../../lib/sheets/index.ts';
import type { ImportEntity } from './import-sheet.ts';

/** Each entity's columns, sheet name and download names (Chinese for offices, ASCII for old clients). */
export const TEMPLATES: Record<
  ImportEntity,
  { columns: readonly SheetColumn[]; zh: string; en: string; ascii: string }
> = {
  people: { columns: PERSON_COLUMNS, zh: '实有人口', en: 'People', ascii: 'people-template.xlsx' },
  rooms: { columns: ROOM_COLUMNS, zh: '实有房屋', en: 'Rooms', ascii: 'rooms-template.xlsx' },
  organisations: {
    columns: ORGANISATION_COLUMNS,
    zh: '单位组织',
    en: 'Organisations',
    ascii: 'organisations-template.xlsx',
  },
};

/**
 * An entity's import template: every column (required ones marked, a note on how to fill it),
 * drop-downs from the dictionaries, number columns formatted as text. No example row: one left in
 * would be imported.
 */
export async function writeEntityTemplate(target: SheetTarget, entity: ImportEntity, locale: Locale) {
  const t = TEMPLATES[entity];
  await writeTemplate(target, {
    sheetName: locale === 'zh-CN' ? t.zh : t.en,
    dictionarySheetName: locale === 'zh-CN' ? '字典' : 'Dictionaries',
    columns: t.columns.map((c) => ({
      header: locale === 'zh-CN' ? c.zh : c.en,
      required: c.required ?? false,
      ...(c.note ? { note: c.note } : {}),
      text: c.text ?? false,
      ...(columnChoices(c) ? { choices: columnChoices(c)! } : {}),
    })),
  });
}
