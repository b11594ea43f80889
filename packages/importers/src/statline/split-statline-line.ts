import { importText } from "../messages/say.ts";

/** The fields of one line of a StatLine CSV file, with the column where each starts. */
export interface StatlineFields {
  readonly fields: readonly string[];
  /** 1-based column of each field's first character (its opening quote). */
  readonly columns: readonly number[];
}

/** A syntax error in a line, with the 1-based column. */
export interface StatlineSyntaxError {
  readonly column: number;
  /** In English; `id` and `data` say the same for the importers' catalogue. */
  readonly message: string;
  readonly id: "statline/quote-not-closed" | "statline/after-quote";
  readonly data: Readonly<Record<string, string>>;
}

/**
 * Splits one line of a StatLine "download as CSV" file: fields separated by
 * `;`, each normally in double quotes, a quote inside a field written twice.
 * Unquoted fields are accepted as they are. StatLine never breaks a field over
 * two lines, so an unclosed quote is an error of this line.
 *
 * @param text - the line, without its line ending
 * @returns the fields, or the first syntax error with its column
 * @example
 * splitStatlineLine('"Laren (NH.)";"482";"."') //=> { fields: ["Laren (NH.)", "482", "."], columns: [1, 15, 21] }
 * splitStatlineLine('"Laren;"482"') //=> { column: 8, message: 'unexpected "4" after a closing quote; ...' }
 */
export function splitStatlineLine(
  text: string,
  separator = ";",
): StatlineFields | StatlineSyntaxError {
  const fields: string[] = [];
  const columns: number[] = [];
  let i = 0;
  for (;;) {
    columns.push(i + 1);
    if (text[i] === '"') {
      const opening = i;
      let value = "";
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1) {
          return syntaxError(opening + 1, "statline/quote-not-closed", {});
        }
        value += text.slice(i, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          i = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      fields.push(value);
      if (i === text.length) return { fields, columns };
      if (text[i] !== separator) {
        return syntaxError(i + 1, "statline/after-quote", {
          char: JSON.stringify(text[i]),
          separator,
        });
      }
      i++;
    } else {
      const next = text.indexOf(separator, i);
      const end = next === -1 ? text.length : next;
      fields.push(text.slice(i, end));
      if (next === -1) return { fields, columns };
      i = next + 1;
    }
  }
}

function syntaxError(
  column: number,
  id: StatlineSyntaxError["id"],
  data: StatlineSyntaxError["data"],
): StatlineSyntaxError {
  return { column, message: importText("en", id, data), id, data };
}
