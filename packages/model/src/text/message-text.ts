/**
 * How every message catalogue of ivp (the linter's, the plan reader's, the
 * importers', the CLI's) turns a text into a message: the plural form chosen
 * by the data's `count` (see plural.ts), then each `{placeholder}` filled
 * from the data. One rule, so that a catalogue of one package never reads a
 * placeholder or a plural differently from another's.
 */
import { IvpError } from "../errors.ts";
import { type PluralText, plural } from "./plural.ts";

/** A text with `{placeholders}`, or one per plural category of its language. */
export type MessageText = string | PluralText;

/** A placeholder in a text, `{file}`: group 1 is its name. */
export const MESSAGE_PLACEHOLDER = /\{(\w+)\}/g;

/**
 * A catalogue's text filled with its data.
 *
 * @param locale - the language whose plural rules choose the form (`nl`, `en`)
 * @param text - the text, or its plural forms
 * @param data - the placeholders' values; a plural's number is `count`
 * @param what - the text's name in its catalogue, for the error a bug gets
 * @param write - how a value is written (default `String`)
 * @returns the message; throws an `internal` IvpError for a plural without a
 *   number as its count or a placeholder without a value (a bug, never input)
 * @example
 * fillMessage("en", { one: "{count} figure", other: "{count} figures" }, { count: 2 }, "figures")
 * //=> "2 figures"
 */
export function fillMessage<V>(
  locale: string,
  text: MessageText,
  data: Readonly<Record<string, V>>,
  what: string,
  write: (value: V) => string = String,
): string {
  let chosen: string;
  if (typeof text === "string") chosen = text;
  else {
    const count = data.count;
    if (typeof count !== "number")
      throw new IvpError("internal", `${what} needs a number as its count`);
    chosen = plural(locale, count, text);
  }
  return chosen.replace(MESSAGE_PLACEHOLDER, (_, name: string) => {
    const value = data[name];
    if (value === undefined) throw new IvpError("internal", `${what} needs a value for {${name}}`);
    return write(value);
  });
}
