/**
 * The importers' texts in a language, and the errors that carry them. An
 * importer throws an {@link ImportError} whose `message` and `hint` are
 * English and whose `messageId`, `hintId` and `data` say the same as data;
 * `wordImportError` (word-import-error.ts) words it in the reader's language
 * where that is known (the CLI).
 */
import type { ErrorData, IssueCode, Language, SourceLocation } from "@ivp/model";
import { type MessageCatalogue, renderMessage } from "@ivp/plan-file";
import { ImportError } from "../import-error.ts";
import { en } from "./en.ts";
import { nl } from "./nl.ts";

/** Every language's texts of `@ivp/importers`. */
export const IMPORT_CATALOGUES = { nl, en } as const satisfies Record<Language, MessageCatalogue>;

type Messages = (typeof nl)["messages"];

/** A message of the importers' catalogue, as `<group>/<id>`: `municipality/unknown-name`. */
export type ImportMessageId = {
  [G in keyof Messages]: `${G & string}/${keyof Messages[G] & string}`;
}[keyof Messages];

/**
 * A text of the importers' catalogue in `lang`.
 *
 * @example
 * importText("nl", "source-file/empty") //=> "het bestand is leeg"
 */
export function importText(lang: Language, id: ImportMessageId, data: ErrorData = {}): string {
  const slash = id.indexOf("/");
  return renderMessage(IMPORT_CATALOGUES[lang], id.slice(0, slash), id.slice(slash + 1), data);
}

/**
 * The `messageId` of a figure that `readFigureText` of `@ivp/model` refused,
 * with `data` `{ text, unit }`: its words are the plan reader's
 * (`figureTextWords`), so wordImportError reads the text again to word it.
 */
export const FIGURE_TEXT = "figure-text";

/** Where a refusal is, what caused it, and the id of its hint. */
interface ImportErrorTexts {
  readonly hintId?: ImportMessageId;
  readonly location?: SourceLocation;
  readonly cause?: unknown;
}

/**
 * An {@link ImportError} whose message (and hint) are texts of the catalogue:
 * in English as `message` and `hint`, and as ids with their data.
 *
 * @example
 * importError("malformed-file", "source-file/empty", {}).message //=> "the file is empty"
 */
export function importError(
  code: IssueCode,
  messageId: ImportMessageId,
  data: ErrorData,
  texts: ImportErrorTexts = {},
): ImportError {
  const { hintId, ...rest } = texts;
  return new ImportError(code, importText("en", messageId, data), {
    ...rest,
    messageId,
    data,
    ...(hintId && { hint: importText("en", hintId, data), hintId }),
  });
}

/** Whether `id` names a text of the importers' catalogue. */
export function isImportMessageId(id: string | undefined): id is ImportMessageId {
  if (id === undefined) return false;
  const slash = id.indexOf("/");
  const group = IMPORT_CATALOGUES.en.messages[id.slice(0, slash) as keyof Messages];
  return slash > 0 && group !== undefined && Object.hasOwn(group, id.slice(slash + 1));
}

/**
 * Items as a list in `lang`: "a, b and c" ("a, b en c"), or with "or".
 *
 * @example
 * joinList(["Boxtel", "Oss", "Vught"], "nl") //=> "Boxtel, Oss en Vught"
 * joinList(['"Laren"', '"Laren (NH.)"'], "en", "or") //=> '"Laren" or "Laren (NH.)"'
 */
export function joinList(
  items: readonly string[],
  lang: Language,
  conjunction: "and" | "or" = "and",
): string {
  if (items.length <= 1) return items[0] ?? "";
  const word = importText(lang, conjunction === "or" ? "words/or" : "words/and");
  return `${items.slice(0, -1).join(", ")}${word}${items.at(-1)}`;
}

/** Each name in double quotes, for {@link joinList}. */
export function quoted(names: readonly string[]): string[] {
  return names.map((name) => `"${name}"`);
}
