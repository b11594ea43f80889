import type { Language } from "@ivp/model";
import { planFileSay } from "./messages/say.ts";

/** A CSV record with the line and column where each field starts (1-based). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
  readonly columns: readonly number[];
}

/** A CSV syntax error. */
export interface CsvSyntaxError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/**
 * Splits CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into
 * records that remember where each field starts. Blank lines are skipped.
 * A syntax error's message is in `lang` (default English).
 *
 * @example
 * parseCsv('a,"b ""c"""\n1,2\n').records.map((r) => r.fields) //=> [["a", 'b "c"'], ["1", "2"]]
 */
export function parseCsv(
  text: string,
  delimiter = ",",
  lang: Language = "en",
): { readonly records: CsvRecord[]; readonly error?: CsvSyntaxError } {
  const records: CsvRecord[] = [];
  let line = 1;
  let column = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let fields: string[] = [];
  let columns: number[] = [];
  let recordLine = 1;
  let field = "";
  let fieldColumn = 1;
  let inQuotes = false;
  // Where the open quoted field started: an unclosed quote is reported there,
  // not at the end of the file, where nothing shows what went wrong.
  let quoteLine = 1;
  let quoteColumn = 1;
  let quotedField = false;
  let afterQuote = false;

  const endField = () => {
    fields.push(field);
    columns.push(fieldColumn);
    field = "";
    quotedField = false;
    afterQuote = false;
  };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === "" && !quotedField)) {
      records.push({ line: recordLine, fields, columns });
    }
    fields = [];
    columns = [];
  };

  // Characters are copied in runs (up to the next quote, delimiter or line
  // break), not one by one: appending single characters builds a chain of
  // tiny strings that took 1.2 GB for a 50 MB file.
  while (i < text.length) {
    const ch = text[i] as string;
    if (inQuotes) {
      const end = text.indexOf('"', i);
      const stop = end === -1 ? text.length : end;
      const run = text.slice(i, stop);
      field += run;
      const lastBreak = run.lastIndexOf("\n");
      if (lastBreak === -1) column += run.length;
      else {
        for (let k = run.indexOf("\n"); k !== -1; k = run.indexOf("\n", k + 1)) line++;
        column = run.length - lastBreak;
      }
      i = stop;
      if (end === -1) break;
      if (text[i + 1] === '"') {
        field += '"';
        i += 2;
        column += 2;
        continue;
      }
      inQuotes = false;
      afterQuote = true;
      i++;
      column++;
      continue;
    }
    if (ch === '"' && field === "" && !quotedField) {
      inQuotes = true;
      quotedField = true;
      quoteLine = line;
      quoteColumn = column;
      if (fields.length === 0) recordLine = line;
      i++;
      column++;
      continue;
    }
    if (ch === delimiter) {
      endField();
      i++;
      column++;
      fieldColumn = column;
      continue;
    }
    if (ch === "\r" && text[i + 1] === "\n") {
      i++;
      continue;
    }
    if (ch === "\n") {
      endRecord();
      i++;
      line++;
      column = 1;
      fieldColumn = 1;
      recordLine = line;
      continue;
    }
    if (afterQuote) {
      return {
        records,
        error: {
          line,
          column,
          message: planFileSay(lang)("csv", "quote-after-closing", { char: JSON.stringify(ch) }),
        },
      };
    }
    if (fields.length === 0 && field === "") recordLine = line;
    // A run of ordinary characters: up to a delimiter or a line break (a
    // quote inside an unquoted field is an ordinary character).
    let end = i + 1;
    while (end < text.length) {
      const next = text[end];
      if (next === delimiter || next === "\n" || next === "\r") break;
      end++;
    }
    field += text.slice(i, end);
    column += end - i;
    i = end;
  }
  if (inQuotes) {
    return {
      records,
      error: {
        line: quoteLine,
        column: quoteColumn,
        message: planFileSay(lang)("csv", "quote-not-closed"),
      },
    };
  }
  if (field !== "" || fields.length > 0 || quotedField) endRecord();
  return { records };
}
