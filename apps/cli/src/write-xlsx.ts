import { type Sheet, type SheetFormat, sheetNumber } from "@ivp/report";
import { unzipSync, type Zippable, zipSync } from "fflate";
import writeXlsxFile, { type Cell, type SheetData } from "write-excel-file/node";

/**
 * Sheets as an .xlsx workbook (Office Open XML), written by write-excel-file:
 * numbers are numbers with a number format (counts `0`, rates and grades with
 * their decimals, changes as percentages `+0%;-0%;0%` of the fraction, so
 * -52% is the number -0.52), text is text, a missing figure is an empty cell;
 * the header row is bold and stays in view. A spreadsheet shows the numbers in
 * the reader's own notation (a decimal comma in Dutch) and can compute with them.
 *
 * @param sheets - one worksheet each
 * @returns the bytes of the .xlsx file
 * @example
 * await sheetsToXlsx([tableToSheet(table, "nl")]) //=> Buffer <50 4b 03 04 ...> (a zip file)
 */
export async function sheetsToXlsx(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const workbook = await writeXlsxFile(
    sheets.map((sheet) => ({
      sheet: sheet.name,
      data: sheetData(sheet),
      stickyRowsCount: 1,
      columns: sheet.columns.map((column, i) => ({
        width: Math.min(
          60,
          Math.max(
            8,
            column.header.length + 2,
            ...sheet.rows.map((row) => cellText(row[i] ?? null).length + 2),
          ),
        ),
      })),
    })),
  ).toBuffer();
  return withFixedDates(workbook);
}

/**
 * A zip archive with every file dated 1 January 1980, 00:00 (a date in the
 * local time zone, as zip dates are, so the bytes do not depend on it), in
 * the same order; fflate unzips and zips again, compressing as write-excel-file
 * does (DEFLATE, level 6).
 */
function withFixedDates(zip: Uint8Array): Uint8Array {
  const mtime = new Date(1980, 0, 1);
  const files: Zippable = {};
  for (const [name, data] of Object.entries(unzipSync(zip))) {
    files[name] = [data, { mtime, level: 6 }];
  }
  return zipSync(files);
}

/** The number format of a column, in Excel's notation; `undefined` for General. */
function numberFormat(format: SheetFormat): string | undefined {
  switch (format.kind) {
    case "text":
    case "number":
      return undefined;
    case "integer":
      return "0";
    case "decimal":
      return format.decimals === 0 ? "0" : `0.${"0".repeat(format.decimals)}`;
    case "percent-change": {
      const digits = format.decimals === 0 ? "0" : `0.${"0".repeat(format.decimals)}`;
      return `+${digits}%;-${digits}%;${digits}%`;
    }
  }
}

/** A cell as text, for the width of its column. */
function cellText(value: Sheet["rows"][number][number]): string {
  if (value === null) return "";
  return typeof value === "object" ? String(value.value) : String(value);
}

function sheetData(sheet: Sheet): SheetData {
  const header: Cell[] = sheet.columns.map((column) => ({
    value: column.header,
    type: String,
    fontWeight: "bold",
  }));
  const rows = sheet.rows.map((row) =>
    row.map((value, i): Cell => {
      if (value === null) return null;
      if (typeof value === "string") return { value, type: String };
      const cell = sheetNumber(value, sheet.columns[i]?.format ?? { kind: "number" });
      if (!cell) return null;
      const { format } = cell;
      const number = format.kind === "percent-change" ? cell.value / 100 : cell.value;
      const excelFormat = numberFormat(format);
      return { value: number, type: Number, ...(excelFormat && { format: excelFormat }) };
    }),
  );
  return [header, ...rows];
}
