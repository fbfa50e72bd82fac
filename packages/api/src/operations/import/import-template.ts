import { importCodesOf, PARTICIPATION_IMPORT_COLUMNS, type ProjectDefinition } from "@opis/domain";
import ExcelJS from "exceljs";

/**
 * The import template: the header row alone, as CSV the way Swedish Excel
 * opens it (UTF-8 with a BOM, semicolons, CRLF)…
 */
export function importTemplateCsv(): string {
  return `\uFEFF${PARTICIPATION_IMPORT_COLUMNS.join(";")}\r\n`;
}

/** …or as XLSX: the header on the first sheet, and a sheet "Koder" with every code the project accepts. */
export async function importTemplateXlsx(project: ProjectDefinition): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Deltaganden");
  sheet.addRow([...PARTICIPATION_IMPORT_COLUMNS]).font = { bold: true };
  sheet.columns.forEach((column) => {
    column.width = 18;
  });
  // Text cells, so Excel keeps leading zeros (0680) and does not turn personal numbers into exponents.
  for (let i = 1; i <= PARTICIPATION_IMPORT_COLUMNS.length; i++) sheet.getColumn(i).numFmt = "@";
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const codes = workbook.addWorksheet("Koder");
  codes.addRow(["kolumn", "kod", "betydelse"]).font = { bold: true };
  for (const code of importCodesOf(project)) codes.addRow([code.column, code.code, code.name]);
  codes.columns.forEach((column) => {
    column.width = 24;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
