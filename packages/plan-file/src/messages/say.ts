/**
 * The plan reader's texts in a language: `say("files", "data-missing", { path })`.
 * Both languages' catalogues are small (a few kB), so the plan reader carries
 * them and a caller chooses the language per call (`loadPlan(target, { lang })`).
 */
import type { ErrorData, Language } from "@ivp/model";
import { type MessageCatalogue, renderMessage } from "./catalogue.ts";
import { en } from "./en.ts";
import { nl } from "./nl.ts";

/** Every language's texts of `@ivp/plan-file`. */
export const PLAN_FILE_CATALOGUES = { nl, en } as const satisfies Record<
  Language,
  MessageCatalogue
>;

type Messages = (typeof nl)["messages"];

/** A group of the plan reader's messages: `schema`, `files`, `csv`, ... */
export type PlanFileMessageGroup = keyof Messages;

/** Writes a message of the plan reader in one language; the group and the id are typed. */
export type PlanFileSay = <G extends PlanFileMessageGroup>(
  group: G,
  id: keyof Messages[G] & string,
  data?: ErrorData,
) => string;

/**
 * The plan reader's messages in `lang`.
 *
 * @param lang - the reader's language; English unless given
 * @example
 * planFileSay("nl")("csv", "unknown-series", { series: "inbraak" }) //=> 'onbekende reeks "inbraak"'
 */
export function planFileSay(lang: Language = "en"): PlanFileSay {
  const catalogue: MessageCatalogue = PLAN_FILE_CATALOGUES[lang];
  return (group, id, data) => renderMessage(catalogue, group, id, data);
}

/**
 * What a path is (`fileKind`'s word: `directory`, `named pipe (FIFO)`) in
 * `lang`; a word the catalogue lacks as it is.
 *
 * @example
 * fileKindText("directory", "nl") //=> "map"
 */
export function fileKindText(kind: string, lang: Language): string {
  const kinds: Readonly<Record<string, string>> = PLAN_FILE_CATALOGUES[lang].messages["file-kinds"];
  return Object.hasOwn(kinds, kind) ? (kinds[kind] as string) : kind;
}
