import { columnChoices, PERSON_COLUMNS } from '@wangge/domain';
import type { Locale } from '../../../http/errors.ts';
import { type SheetTarget, writeTemplate } from '../../../lib/sheets/index.ts';

/**
 * The people template: every column (required ones marked, a note on how to fill it), drop-downs
 * from the dictionaries, number columns formatted as text. No example row: one left in would be imported.
 */
export async function writePeopleTemplate(target: SheetTarget, locale: Locale) {
  await writeTemplate(target, {
    sheetName: locale === 'zh-CN' ? '实有人口' : 'People',
    dictionarySheetName: locale === 'zh-CN' ? '字典' : 'Dictionaries',
    columns: PERSON_COLUMNS.map((c) => ({
      header: locale === 'zh-CN' ? c.zh : c.en,
      required: c.required ?? false,
      ...(c.note ? { note: c.note } : {}),
      text: c.text ?? false,
      ...(columnChoices(c) ? { choices: columnChoices(c)! } : {}),
    })),
  });
}
