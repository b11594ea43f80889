/**
 * The CLI's catalogue of every language, and the choice among them. Only the
 * dispatcher (dist/ivp.js) imports this module: it installs the catalogue of
 * the CLI's language ({@link installCliMessages}) before a command runs, so a
 * command's bundle carries no catalogue at all.
 *
 * Adding a language: a file next to `nl.ts` (typed `CatalogueLike<typeof nl>`)
 * and a line in {@link CLI_CATALOGUES}.
 */
import type { CliCatalogue } from "./catalogue.ts";
import { en } from "./en.ts";
import { nl } from "./nl.ts";

/** Every language's CLI texts. */
export const CLI_CATALOGUES = { nl, en } as const satisfies Readonly<Record<string, CliCatalogue>>;

/** A language the CLI writes its own texts in. */
export type CliLanguage = keyof typeof CLI_CATALOGUES;

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
