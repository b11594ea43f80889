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
 *
 * @example
 * parseCsv('a,"b ""c"""\n1,2\n').records.map((r) => r.fields) //=> [["a", 'b "c"'], ["1", "2"]]
 */
export function parseCsv(
  text: string,
  delimiter = ",",
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

  while (i < text.length) {
    const ch = text[i] as string;
    if (inQuotes) {
      if (ch === '"') {
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
      if (ch === "\n") {
        line++;
        column = 1;
      } else {
        column++;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "" && !quotedField) {
      inQuotes = true;
      quotedField = true;
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
          message: `unexpected ${JSON.stringify(ch)} after a closing quote; a quote inside a quoted field is written twice ("")`,
        },
      };
    }
    if (fields.length === 0 && field === "") recordLine = line;
    field += ch;
    i++;
    column++;
  }
  if (inQuotes) {
    return {
      records,
      error: { line, column, message: "a quoted field is not closed before the end of the file" },
    };
  }
  if (field !== "" || fields.length > 0 || quotedField) endRecord();
  return { records };
}
