/**
 * The options, arguments and exit codes several commands share, defined once:
 * a command's `definition.ts` takes them from here.
 */

import { EXIT } from "../exit-codes.ts";
import type { ArgumentDefinition, OptionDefinition } from "./command.ts";

/** Options every command accepts. */
export const COMMON_OPTIONS: readonly OptionDefinition[] = [
  { name: "help", short: "h", type: "boolean", description: "Show help for the command." },
  {
    name: "no-cache",
    type: "boolean",
    description:
      "Read the plan without the cache of validated plans and do not store it there (the cache is in $XDG_CACHE_HOME/ivp or ~/.cache/ivp; IVP_CACHE_DIR moves it, IVP_NO_CACHE=1 turns it off).",
  },
];

/** The CSV and xlsx convention, shared by every command that writes them. */
export const CSV_NOTE =
  "CSV is for spreadsheets, the same convention in every command: UTF-8 with a byte-order mark, and in Dutch (the default) ';' between fields and a decimal comma, as Dutch Excel and LibreOffice expect; with --lang en ',' and a decimal point. xlsx writes a workbook to --out with real numbers and number formats (counts, rates, changes as percentages), not text.";

/** The plan a command reads. */
export const PLAN_ARGUMENT: ArgumentDefinition = {
  name: "plan",
  description: "A plan directory (containing plan.yaml) or a plan.yaml file.",
  required: true,
};

/** `--lang`: the language of what a command writes. */
export const LANG_OPTION: OptionDefinition = {
  name: "lang",
  type: "string",
  choices: ["nl", "en"],
  description: "Language of generated text; default the plan's language (Dutch).",
  valueName: "LANG",
};

/** `--out FILE`: a file instead of standard output. */
export const OUT_OPTION: OptionDefinition = {
  name: "out",
  short: "o",
  type: "string",
  description:
    "Write to FILE instead of standard output. The file is written atomically (a temporary file, then a rename); an input file is never overwritten.",
  valueName: "FILE",
};

/** `ivp status` and `ivp report` read the same figures as of a period, by one rule. */
export const AS_OF_OPTION: OptionDefinition = {
  name: "as-of",
  type: "string",
  description:
    "Use only the figures known by the end of PERIOD: those whose period ends on or before it ends (2018, 2018-H1, 2018-01..2018-10, 2018MM10, ...). Default: every figure, so each indicator's latest.",
  valueName: "PERIOD",
};

/** `--correction`: how `ivp status` and `ivp report` correct their verdicts for many tests. */
export const VERDICT_CORRECTION_OPTION: OptionDefinition = {
  name: "correction",
  type: "string",
  choices: ["benjamini-hochberg", "holm", "none"],
  description:
    "The correction of the verdicts for testing many indicators at once: benjamini-hochberg (of the differences called, at most 5% are expected to be chance), holm (the chance of any false difference stays below 5%) or none. Default: the plan's conventions.multipleComparisons, else benjamini-hochberg.",
  valueName: "METHOD",
};

/** The exit codes of every command, after its own. */
export const COMMON_EXIT_CODES = [
  { code: EXIT.usage, meaning: "usage error: unknown command or option, missing or bad argument" },
  { code: EXIT.internal, meaning: "internal error (a bug in ivp; please report it)" },
];
