import { formatNumber, type Language } from "@ivp/model";
import { neutraliseFormula } from "../escape.ts";

/**
 * A table for spreadsheets: typed columns and cells that are numbers, text or
 * empty. `ivp table`, `ivp status` and `ivp compare` build one; it is written
 * as CSV in one convention for every command ({@link renderSheetCsv}) or, by
 * the CLI, as an .xlsx workbook with real numbers and number formats.
 */
export interface Sheet {
  /** The name of the worksheet (at most 31 characters in a workbook). */
  readonly name: string;
  readonly columns: readonly SheetColumn[];
  /**
   * One array per row, a cell per column: a number (written in its column's
   * format), a number with a format of its own, a text, or `null` for an
   * empty cell.
   */
  readonly rows: readonly (readonly SheetValue[])[];
}

/**
 * A number with a format of its own, for a column whose rows differ in unit:
 * the change of a count in percent next to that of a percentage in
 * procentpunten in the status's change columns.
 */
export interface SheetNumber {
  readonly value: number;
  readonly format: SheetFormat;
}

/** A cell of a {@link Sheet}. */
export type SheetValue = number | string | SheetNumber | null;

/**
 * The number of a cell and the format it is written in (its own, else its
 * column's); `null` for text and empty cells.
 *
 * @example
 * sheetNumber({ value: -0.2, format: { kind: "decimal", decimals: 1 } }, { kind: "percent-change", decimals: 0 })
 * //=> { value: -0.2, format: { kind: "decimal", decimals: 1 } }
 */
export function sheetNumber(value: SheetValue, columnFormat: SheetFormat): SheetNumber | null {
  if (value === null || typeof value === "string") return null;
  return typeof value === "number" ? { value, format: columnFormat } : value;
}

/**
 * How a column's numbers are written: `integer` (counts), `number` (as they
 * are: a count whole, a grade with its decimals), `decimal` with `decimals`
 * places (rates), or `percent-change` (a change in percent, such as -52 for
 * -52%, written `-52%` and `+3%`).
 */
export type SheetFormat =
  | { readonly kind: "text" }
  | { readonly kind: "integer" }
  | { readonly kind: "number" }
  | { readonly kind: "decimal"; readonly decimals: number }
  | { readonly kind: "percent-change"; readonly decimals: number };

/** A column of a {@link Sheet}. */
export interface SheetColumn {
  readonly header: string;
  readonly format: SheetFormat;
}

/** The CSV convention of a language: Dutch spreadsheets expect `;` and a decimal comma. */
export interface CsvDialect {
  readonly separator: ";" | ",";
  readonly decimalSeparator: "," | ".";
}

/**
 * The CSV dialect of a language: `nl` is what Dutch Excel and LibreOffice
 * open correctly by a double click (`;` between fields, a decimal comma);
 * `en` is the international form (`,` and a decimal point).
 *
 * @example
 * csvDialect("nl") //=> { separator: ";", decimalSeparator: "," }
 */
export function csvDialect(lang: Language): CsvDialect {
  return lang === "en"
    ? { separator: ",", decimalSeparator: "." }
    : { separator: ";", decimalSeparator: "," };
}

/** A number as its column writes it, in a dialect. */
function numberText(value: number, format: SheetFormat, decimalSeparator: "," | "."): string {
  switch (format.kind) {
    case "text":
    case "number":
    case "integer":
      return decimalSeparator === "." ? String(value) : String(value).replace(".", ",");
    case "decimal":
      return formatNumber(value, { decimals: format.decimals, decimalSeparator });
    case "percent-change": {
      const text = formatNumber(value, { decimals: format.decimals, decimalSeparator });
      return `${value > 0 ? "+" : ""}${text}%`;
    }
  }
}

function field(text: string, separator: string): string {
  const safe = neutraliseFormula(text);
  return safe.includes(separator) || /["\r\n]/.test(safe)
    ? `"${safe.replaceAll('"', '""')}"`
    : safe;
}

/**
 * A sheet as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel
 * reads the accents), the language's dialect (`nl`: `;` and a decimal comma;
 * `en`: `,` and a point), CRLF line ends, a header row, and fields quoted
 * where needed (RFC 4180) with spreadsheet formulas neutralised. Every
 * command's `--format csv` is written by this one function.
 *
 * @param sheet - the table
 * @param lang - the dialect's language
 * @example
 * renderSheetCsv({ name: "t", columns: [{ header: "cijfer", format: { kind: "decimal", decimals: 1 } }], rows: [[7.3]] }, "nl")
 * //=> "\uFEFFcijfer\r\n7,3\r\n"
 */
export function renderSheetCsv(sheet: Sheet, lang: Language): string {
  const { separator, decimalSeparator } = csvDialect(lang);
  const line = (cells: readonly string[]) => cells.map((c) => field(c, separator)).join(separator);
  const header = line(sheet.columns.map((c) => c.header));
  const rows = sheet.rows.map((row) =>
    line(
      row.map((value, i) => {
        if (value === null) return "";
        if (typeof value === "string") return value;
        const number = sheetNumber(value, sheet.columns[i]?.format ?? { kind: "text" });
        return number ? numberText(number.value, number.format, decimalSeparator) : "";
      }),
    ),
  );
  return `\uFEFF${[header, ...rows].join("\r\n")}\r\n`;
}
