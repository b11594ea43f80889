/**
 * The CLI's languages, and the choice among them. The dispatcher
 * (dist/main.js) sets up the catalogue of the CLI's language only: the
 * messages when a message is first written ({@link cliCatalogue}; every
 * language's are part of dist/main.js, each built when first asked for), the
 * help only for `--help` or a missing argument ({@link loadHelpCatalogue}; a
 * file of its own per language, dist/messages/help/<lang>.js, see
 * tsup.config.ts). A command's bundle carries no catalogue at all (see
 * say.ts).
 *
 * Adding a language: a file next to `nl.ts` (its catalogue built by a
 * function, as `englishCatalogue` in en.ts, typed `CatalogueLike<DutchCatalogue>`)
 * and one next to `help/nl.ts` (typed `HelpCatalogueLike<typeof nl>`), and a
 * line for it in {@link CLI_CATALOGUES} and in {@link HELP_CATALOGUES}.
 */
import type { CliCatalogue } from "./catalogue.ts";
import { englishCatalogue } from "./en.ts";
import type { HelpCatalogue } from "./help/catalogue.ts";
import { dutchCatalogue } from "./nl.ts";

/**
 * Every language's CLI messages, each built when it is first asked for
 * (synchronously: `say` may need them anywhere, see say.ts).
 */
export const CLI_CATALOGUES = {
  nl: dutchCatalogue,
  en: englishCatalogue,
} as const satisfies Readonly<Record<string, () => CliCatalogue>>;

/** A language the CLI writes its own texts in. */
export type CliLanguage = keyof typeof CLI_CATALOGUES;

/** Every language's help texts, each imported only when it is asked for. */
export const HELP_CATALOGUES = {
  nl: async () => (await import("./help/nl.ts")).nl,
  en: async () => (await import("./help/en.ts")).en,
} as const satisfies Readonly<Record<CliLanguage, () => Promise<HelpCatalogue>>>;

/**
 * The language of the CLI's own texts: `IVP_LANG` when it names one, else
 * English. This is not `--lang`, which chooses the language of what a command
 * makes of the plan (findings, tables, statuses, reports) and defaults to the
 * plan's language.
 *
 * @example
 * cliLanguage({ IVP_LANG: "nl" }) //=> "nl"
 */
export function cliLanguage(env: NodeJS.ProcessEnv = process.env): CliLanguage {
  const wanted = env.IVP_LANG;
  return wanted !== undefined && Object.hasOwn(CLI_CATALOGUES, wanted)
    ? (wanted as CliLanguage)
    : "en";
}

/** The messages of the CLI in `lang`, built when first asked for. */
export function cliCatalogue(lang: CliLanguage = cliLanguage()): CliCatalogue {
  return CLI_CATALOGUES[lang]();
}

/** The help texts of the CLI in `lang`. */
export function loadHelpCatalogue(lang: CliLanguage = cliLanguage()): Promise<HelpCatalogue> {
  return HELP_CATALOGUES[lang]();
}
