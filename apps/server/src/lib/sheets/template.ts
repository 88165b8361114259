import ExcelJS from 'exceljs';
import { openOutput, type SheetTarget } from './output.ts';
import { displayWidth } from './write-sheet.ts';

export interface TemplateColumn {
  /** Written exactly as given, so an import matches headers without cleaning them. */
  header: string;
  /** Marked by a red header and "必填 Required" in its note (not by changing the header text). */
  required?: boolean;
  /** Shown as a comment on the header cell. */
  note?: string;
  /** Format the column as text ('@'), so Excel keeps ID numbers, phone numbers and leading zeros. */
  text?: boolean;
  width?: number;
  /** A dropdown of these values, kept on the dictionary sheet. */
  choices?: string[];
}

export interface TemplateSpec {
  sheetName: string;
  columns: TemplateColumn[];
  /** Rows shown under the header, in grey italics, as a filled-in example. */
  example?: string[][];
  /** Where dropdown values live, one column per dropdown; default 字典. */
  dictionarySheetName?: string;
}

/** Rows under the header given a dropdown: an import is not expected to be larger. */
export const TEMPLATE_ROWS = 100_000;

const RED = { argb: 'FFC00000' };
const GREY = { argb: 'FF808080' };

/** `worksheet.dataValidations` (ranges allowed) exists in exceljs 4.4 but not in its type definitions. */
interface WithValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** A sheet name inside a formula: always quoted, quotes doubled. */
const quoteSheet = (name: string) => `'${name.replaceAll("'", "''")}'`;

/**
 * An import template: header row (frozen, bold; required columns red), notes on header cells, text
 * columns formatted '@', dropdowns for columns with choices, example rows. The '@' format is set on
 * the whole column (Excel's column style, applied to every cell typed there) rather than on 100,000
 * cells, which would make the file large. Dropdowns point at a list on the dictionary sheet: an inline
 * list is limited to 255 characters. Built in memory: a template is small.
 */
export async function writeTemplate(target: SheetTarget, spec: TemplateSpec): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((c) => ({
    width: c.width ?? Math.max(12, displayWidth(c.header) + 4),
    style: c.text ? { numFmt: '@' } : {},
  }));

  const header = sheet.getRow(1);
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true, ...(c.required ? { color: RED } : {}) };
    const note = [c.required ? '必填 Required' : '', c.note ?? ''].filter(Boolean).join('\n');
    if (note) cell.note = note;
  });

  for (const values of spec.example ?? []) {
    const row = sheet.addRow(values);
    row.font = { italic: true, color: GREY };
  }

  const withChoices = spec.columns.flatMap((c, i) =>
    c.choices?.length ? [{ column: c, choices: c.choices, index: i + 1 }] : [],
  );
  if (withChoices.length > 0) {
    const dictionary = workbook.addWorksheet(spec.dictionarySheetName ?? '字典');
    withChoices.forEach(({ column, choices, index }, k) => {
      const dictColumn = dictionary.getColumn(k + 1);
      dictColumn.values = [column.header, ...choices];
      dictColumn.width = Math.max(12, displayWidth(column.header) + 4);
      dictColumn.numFmt = '@'; // choices such as "01" must stay text
      const letter = dictColumn.letter;
      const list = `${quoteSheet(dictionary.name)}!$${letter}$2:$${letter}$${choices.length + 1}`;
      const input = sheet.getColumn(index).letter;
      (sheet as unknown as WithValidations).dataValidations.add(`${input}2:${input}${TEMPLATE_ROWS + 1}`, {
        type: 'list',
        allowBlank: true,
        formulae: [list],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: column.header,
        error: '请从下拉列表中选择 / Choose a value from the list',
      });
    });
    dictionary.getRow(1).font = { bold: true };
  }

  // writeBuffer rather than xlsx.write(stream): write() resolves before the stream has finished.
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const output = openOutput(target);
  await output.race(
    new Promise<void>((resolve, reject) => {
      output.stream.end(buffer, (error?: unknown) => (error ? reject(error) : resolve()));
    }),
  );
}
