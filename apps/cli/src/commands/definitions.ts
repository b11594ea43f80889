/**
 * Every command and option of the `ivp` CLI, as data. The help texts and the
 * CLI reference in the docs are generated from these definitions, so they
 * cannot drift from what the parser accepts.
 */

/** An option of a command. */
export interface OptionDefinition {
  readonly name: string;
  readonly short?: string;
  readonly type: "string" | "boolean";
  readonly description: string;
  /** Allowed values of a string option. */
  readonly choices?: readonly string[];
  readonly default?: string;
  /** Placeholder in the usage line, e.g. PERIOD. */
  readonly valueName?: string;
}

/** A positional argument. */
export interface ArgumentDefinition {
  readonly name: string;
  readonly description: string;
  readonly required: boolean;
  /** Takes all remaining arguments. */
  readonly variadic?: boolean;
}

/** A command of the CLI. */
export interface CommandDefinition {
  readonly name: string;
  readonly summary: string;
  readonly description: string;
  readonly arguments: readonly ArgumentDefinition[];
  readonly options: readonly OptionDefinition[];
  readonly examples: readonly { readonly command: string; readonly description: string }[];
  /** Exit codes and what they mean for this command. */
  readonly exitCodes: readonly { readonly code: number; readonly meaning: string }[];
}

/** Options every command accepts. */
export const COMMON_OPTIONS: readonly OptionDefinition[] = [
  { name: "help", short: "h", type: "boolean", description: "Show help for the command." },
];

const PLAN_ARGUMENT: ArgumentDefinition = {
  name: "plan",
  description: "A plan directory (containing plan.yaml) or a plan.yaml file.",
  required: true,
};

const LANG_OPTION: OptionDefinition = {
  name: "lang",
  type: "string",
  choices: ["nl", "en"],
  description: "Language of generated text; default the plan's language (Dutch).",
  valueName: "LANG",
};

const OUT_OPTION: OptionDefinition = {
  name: "out",
  short: "o",
  type: "string",
  description:
    "Write to FILE instead of standard output. The file is written atomically (a temporary file, then a rename); an input file is never overwritten.",
  valueName: "FILE",
};

/** Exit codes shared by all commands. */
export const EXIT = {
  ok: 0,
  invalidInput: 1,
  usage: 2,
  internal: 70,
} as const;

const COMMON_EXIT_CODES = [
  { code: EXIT.usage, meaning: "usage error: unknown command or option, missing or bad argument" },
  { code: EXIT.internal, meaning: "internal error (a bug in ivp; please report it)" },
];

/** All commands, in the order `ivp --help` lists them. */
export const COMMANDS: readonly CommandDefinition[] = [
  {
    name: "validate",
    summary: "Check a plan's format, then lint its figures, targets and wording",
    description:
      "Reads the plan and its CSV data files and reports every problem as file:line:col  severity  code  message, with what was expected and how to fix it: YAML syntax, wrong types, unknown or missing fields, bad periods, references to ids that do not exist, duplicate ids. A plan that loads is then linted: figures that contradict each other, targets that do not match their percentage, sub-rows that do not add up, printed percentages that differ from the computed ones, claims the figures contradict, typos in labels and source names, indicators without source, baseline or target. Each finding lists the other places involved (also at file:line:col) and, where possible, a fix. Rules are set per plan under lint: { rules: { <rule-id>: off|info|warning|error } }.",
    arguments: [PLAN_ARGUMENT],
    options: [
      {
        name: "format",
        type: "string",
        choices: ["text", "json"],
        default: "text",
        description: "text: one line per problem; json: a machine-readable report.",
        valueName: "FORMAT",
      },
      {
        ...LANG_OPTION,
        description: "Language of the lint messages; default the plan's language.",
      },
    ],
    examples: [
      { command: "ivp validate examples/laren-2019-2022", description: "Check the Laren example." },
      {
        command: "ivp validate examples/laren-2019-2022 --lang en",
        description: "The same, with the findings in English.",
      },
      {
        command: "ivp validate my-plan/plan.yaml --format json",
        description: "Problems as JSON, for editors and CI.",
      },
    ],
    exitCodes: [
      { code: EXIT.ok, meaning: "the plan is valid (warnings and infos do not count)" },
      {
        code: EXIT.invalidInput,
        meaning: "the plan or a data file has errors, or a lint rule reports an error",
      },
      ...COMMON_EXIT_CODES,
    ],
  },
  {
    name: "table",
    summary: "Print a figure table of a plan with its percentage changes",
    description:
      "Computes a table of the plan from its raw counts: value columns, percentage changes (exact, rounded half away from zero, '+' for increases, empty when the base is 0) and supplied reference columns. July-December figures are derived as full year minus January-June.",
    arguments: [
      PLAN_ARGUMENT,
      { name: "table-id", description: "The id of the table, e.g. tabel-1.", required: true },
    ],
    options: [
      {
        name: "format",
        short: "f",
        type: "string",
        choices: ["tsv", "csv", "md", "json"],
        default: "tsv",
        description: "Output format. CSV and Markdown neutralise spreadsheet formulas in labels.",
        valueName: "FORMAT",
      },
      {
        name: "mark-chance",
        type: "boolean",
        description:
          "Mark with ° every percentage change of a count that is not distinguishable from chance (exact Poisson test, two-sided, p >= 0.05). Off by default: the cells stay as printed.",
      },
      LANG_OPTION,
      OUT_OPTION,
    ],
    examples: [
      {
        command: "ivp table examples/laren-2019-2022 tabel-2",
        description: "Laren's Tabel 2 as TSV.",
      },
      {
        command: "ivp table examples/laren-2019-2022 tabel-1 --format md",
        description: "Tabel 1 as a Markdown table.",
      },
      {
        command: "ivp table examples/laren-2019-2022 tabel-1 --mark-chance",
        description: "Tabel 1 with ° on the changes that chance alone could explain.",
      },
    ],
    exitCodes: [
      { code: EXIT.ok, meaning: "the table was written" },
      { code: EXIT.invalidInput, meaning: "the plan is invalid or has no such table" },
      ...COMMON_EXIT_CODES,
    ],
  },
  {
    name: "status",
    summary: "Show every indicator's progress toward its target, with significance",
    description:
      "One line per indicator: baseline, target, latest figure and its period, the change, the fraction of the way from baseline to target, the status (Open SDG / Statistics Canada: target achieved, substantial, moderate or limited progress, deterioration, or not assessable with the reason) and whether the change is distinguishable from chance (exact Poisson test for counts, supplied 95% intervals for survey figures). A part of a year is compared with the same months of the baseline year, or projected to a full year, never with a full year. The JSON output carries every component, so each status can be recomputed by hand.",
    arguments: [PLAN_ARGUMENT],
    options: [
      {
        name: "as-of",
        type: "string",
        description:
          "Use the figures up to the end of this period (2018, 2018-H1, 2018-01..2018-10, ...). Default: each indicator's latest figure.",
        valueName: "PERIOD",
      },
      {
        name: "format",
        short: "f",
        type: "string",
        choices: ["text", "json"],
        default: "text",
        description:
          "text: aligned lines with notes; json: every component (see docs/status-json.md).",
        valueName: "FORMAT",
      },
      LANG_OPTION,
      OUT_OPTION,
    ],
    examples: [
      {
        command: "ivp status examples/laren-2019-2022",
        description: "Laren's indicators as of the latest figures in the document.",
      },
      {
        command: "ivp status examples/laren-2019-2022 --as-of 2018-H1 --lang en",
        description: "As of the first half of 2018, in English.",
      },
      {
        command: "ivp status my-plan --format json --out status.json",
        description: "Every component as JSON, for dashboards.",
      },
    ],
    exitCodes: [
      { code: EXIT.ok, meaning: "the status was written" },
      { code: EXIT.invalidInput, meaning: "the plan or a data file is invalid" },
      ...COMMON_EXIT_CODES,
    ],
  },
];

/** The definition of a command, or `undefined`. */
export function findCommand(name: string): CommandDefinition | undefined {
  return COMMANDS.find((c) => c.name === name);
}
