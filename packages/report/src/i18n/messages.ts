/**
 * The report's catalogues, one per language (`nl.ts`, `en.ts`; their shape is
 * `Messages` in catalogue.ts). Adding a language: a file typed `Messages`
 * and a line here.
 */
import type { Language } from "@ivp/model";
import type { Messages, StatusMessages } from "./catalogue.ts";
import { englishMessages, englishStatusMessages } from "./en.ts";
import { dutchMessages, dutchStatusMessages } from "./nl.ts";

export type { CalculationMessages, Messages, ProgressMessages } from "./catalogue.ts";

/** What builds the texts of `ivp status` in each language. */
const STATUS_BUILDERS: Readonly<Record<Language, () => StatusMessages>> = {
  nl: dutchStatusMessages,
  en: englishStatusMessages,
};

/** What builds the rest of each language's catalogue, around its texts of `ivp status`. */
const BUILDERS: Readonly<Record<Language, (status: StatusMessages) => Messages>> = {
  nl: dutchMessages,
  en: englishMessages,
};

/** Each language's texts of `ivp status`, built when first asked for. */
const BUILT_STATUS: Partial<Record<Language, StatusMessages>> = {};

/** Each language's catalogue, built when first asked for. */
const BUILT: Partial<Record<Language, Messages>> = {};

/**
 * The texts of `ivp status` in one language: the part of {@link messagesFor}
 * that a status reads, the same objects, without building the rest.
 *
 * @example
 * statusMessagesFor("en").statusText.title //=> "Progress"
 */
export function statusMessagesFor(lang: Language): StatusMessages {
  const built = BUILT_STATUS[lang];
  if (built !== undefined) return built;
  const messages = STATUS_BUILDERS[lang]();
  BUILT_STATUS[lang] = messages;
  return messages;
}

/**
 * The fixed strings of one language.
 *
 * @example
 * messagesFor("en").sections.summary //=> "Summary"
 */
export function messagesFor(lang: Language): Messages {
  const built = BUILT[lang];
  if (built !== undefined) return built;
  const messages = BUILDERS[lang](statusMessagesFor(lang));
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
