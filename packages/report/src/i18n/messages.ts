/**
 * The report's catalogues, one per language (`nl.ts`, `en.ts`; their shape is
 * `Messages` in catalogue.ts). Adding a language: a file typed `Messages`
 * and a line here.
 */
import type { Language } from "@ivp/model";
import type { Messages } from "./catalogue.ts";
import { en } from "./en.ts";
import { nl } from "./nl.ts";

export type { CalculationMessages, Messages, ProgressMessages } from "./catalogue.ts";

/** The fixed strings of the report in Dutch and English. */
export const MESSAGES: Readonly<Record<Language, Messages>> = { nl, en };

/**
 * The fixed strings of one language.
 *
 * @example
 * messagesFor("en").sections.summary //=> "Summary"
 */
export function messagesFor(lang: Language): Messages {
  return MESSAGES[lang];
}
