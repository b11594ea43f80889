/**
 * The report's catalogues, one per language (`nl.ts`, `en.ts`; their shape is
 * `Messages` in catalogue.ts). Adding a language: a file typed `Messages`
 * and a line here.
 */
import type { Language } from "@ivp/model";
import type { Messages } from "./catalogue.ts";
import { englishMessages } from "./en.ts";
import { dutchMessages } from "./nl.ts";

export type { CalculationMessages, Messages, ProgressMessages } from "./catalogue.ts";

/** What builds each language's catalogue. */
const BUILDERS: Readonly<Record<Language, () => Messages>> = {
  nl: dutchMessages,
  en: englishMessages,
};

/** Each language's catalogue, built when first asked for. */
const BUILT: Partial<Record<Language, Messages>> = {};

/**
 * The fixed strings of one language.
 *
 * @example
 * messagesFor("en").sections.summary //=> "Summary"
 */
export function messagesFor(lang: Language): Messages {
  const built = BUILT[lang];
  if (built !== undefined) return built;
  const messages = BUILDERS[lang]();
  BUILT[lang] = messages;
  return messages;
}

/** The fixed strings of the report in Dutch and English (each built when first read). */
export const MESSAGES: Readonly<Record<Language, Messages>> = Object.freeze({
  get nl(): Messages {
    return messagesFor("nl");
  },
  get en(): Messages {
    return messagesFor("en");
  },
});
