/**
 * Message catalogues as data, as the linter's and the CLI's are: every text a
 * package writes, in one language, keyed by group and a stable kebab-case id,
 * with `{placeholders}` for the values, and plurals as one text per plural
 * category of the language (`Intl.PluralRules`), chosen by the data's
 * `count`. Dutch (`nl.ts`) is the source; another language has exactly its
 * groups and ids, which {@link CatalogueLike} makes the type checker enforce.
 *
 * `@ivp/plan-file` keeps its own texts (and those of the model's errors it
 * words, see word-error.ts) this way; `@ivp/importers` uses the same types
 * and {@link renderMessage} for its catalogue.
 */
import { type ErrorData, fillMessage, IvpError, type MessageText } from "@ivp/model";

/** Every text of a package in one language. */
export interface MessageCatalogue {
  /** The locale whose plural rules the texts follow (`nl`, `en`). */
  readonly locale: string;
  readonly messages: Readonly<Record<string, Readonly<Record<string, MessageText>>>>;
}

/** A catalogue with exactly the groups and message ids of `Source`. */
export interface CatalogueLike<Source extends MessageCatalogue> {
  readonly locale: string;
  readonly messages: {
    readonly [G in keyof Source["messages"]]: {
      readonly [I in keyof Source["messages"][G]]: MessageText;
    };
  };
}

/**
 * A text of a catalogue, with its plural chosen by the data's `count` and
 * its placeholders filled.
 *
 * @param catalogue - the texts of one language
 * @param group - the message's group
 * @param id - its id in the group
 * @param data - the values of its placeholders
 * @returns the text; throws an `internal` IvpError for an unknown id or a missing value (a bug)
 * @example
 * renderMessage(en, "files", "no-such-file") //=> "no such file"
 */
export function renderMessage(
  catalogue: MessageCatalogue,
  group: string,
  id: string,
  data: ErrorData = {},
): string {
  const text = catalogue.messages[group]?.[id];
  if (text === undefined) throw new IvpError("internal", `No text for ${group}/${id}`);
  return fillMessage(catalogue.locale, text, data, `${group}/${id}`);
}
