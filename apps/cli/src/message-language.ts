import { LANGUAGES, type Language } from "@ivp/model";

/**
 * The language of what the packages say about the user's input (a plan's
 * problems, a period that is no period, a table the plan does not have, an
 * import's refusal): `--lang` when the command has it and it is given, else
 * the CLI's own language, `IVP_LANG` (the rule of `cliLanguage` in
 * messages/catalogues.ts, which a command's bundle does not import: it would
 * carry every catalogue), else English. Never the plan's language: a plan
 * that cannot be read has none, and a Dutch plan's problems stay in the
 * language the CLI speaks.
 *
 * @param lang - the command's `--lang`, when given
 * @example
 * messageLanguage(undefined, { IVP_LANG: "nl" }) //=> "nl"
 * messageLanguage("en", { IVP_LANG: "nl" }) //=> "en"
 */
export function messageLanguage(lang?: unknown, env: NodeJS.ProcessEnv = process.env): Language {
  if (isLanguage(lang)) return lang;
  return isLanguage(env.IVP_LANG) ? env.IVP_LANG : "en";
}

function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}
