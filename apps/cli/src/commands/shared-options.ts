/**
 * The options, arguments and exit codes several commands share, defined once:
 * a command's `definition.ts` takes them from here. Their texts are in the
 * help catalogue's `shared` part (`messages/help/nl.ts`, `en.ts`).
 */

import { EXIT } from "../exit-codes.ts";
import type { ArgumentDefinition, OptionDefinition } from "./command.ts";

/** Options every command accepts. */
export const COMMON_OPTIONS: readonly OptionDefinition[] = [
  { name: "help", short: "h", type: "boolean" },
  { name: "no-cache", type: "boolean" },
];

/** The plan a command reads. */
export const PLAN_ARGUMENT: ArgumentDefinition = { name: "plan", required: true };

/** `--lang`: the language of what a command writes. */
export const LANG_OPTION: OptionDefinition = {
  name: "lang",
  type: "string",
  choices: ["nl", "en"],
  valueName: "LANG",
};

/** `--out FILE`: a file instead of standard output. */
export const OUT_OPTION: OptionDefinition = {
  name: "out",
  short: "o",
  type: "string",
  valueName: "FILE",
};

/** `ivp status` and `ivp report` read the same figures as of a period, by one rule. */
export const AS_OF_OPTION: OptionDefinition = {
  name: "as-of",
  type: "string",
  valueName: "PERIOD",
};

/** `--correction`: how `ivp status` and `ivp report` correct their verdicts for many tests. */
export const VERDICT_CORRECTION_OPTION: OptionDefinition = {
  name: "correction",
  type: "string",
  choices: ["benjamini-hochberg", "holm", "none"],
  valueName: "METHOD",
};

/** The exit codes of every command, after its own. */
/** `--format` of a report (`ivp report`, `ivp bulk`): HTML, Markdown or JSON. */
export const REPORT_FORMAT_OPTION: OptionDefinition = {
  name: "format",
  short: "f",
  type: "string",
  choices: ["html", "md", "json"],
  default: "html",
  valueName: "FORMAT",
};

export const COMMON_EXIT_CODES = [EXIT.usage, EXIT.internal];
